package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.Entity;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.model.Names;
import org.newskg.vocab.NKG;

/**
 * Scores a graph extracted from a KnowledgeNet fold by the rules of the fold's README: a fact
 * belongs to the documents of its evidence; gold facts with a pronoun at either end are left out;
 * a prediction matches a gold fact of its document and property when one of the subject's names
 * equals or contains the gold subject text (without case and punctuation), likewise the object,
 * and dates by year; precision counts a prediction as wrong only in a document whose remaining
 * gold has a fact of that property.
 *
 * <p>Two readings of the graph follow from the ontology: {@code ceoOf} is a sub-property of
 * {@code employedBy}, so a chief executive counts as an employee too; and
 * {@code chiefExecutive} (organization to person) is {@code ceoOf} turned round.
 */
public final class KnowledgeNetScorer {
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    /**
     * A prediction in one document, in the benchmark's terms; {@code readBy} names the reader and
     * rule of the fact's first evidence in that document and the reading's confidence, so an error
     * says where it came from.
     */
    public record Prediction(String doc, Property property, List<String> subjectNames, List<String> objectNames,
                             String sentence, String readBy) {
        public String describe() {
            return doc + ": " + subjectNames.get(0) + " " + property.getLocalName() + " " + objectNames.get(0)
                    + "  [" + readBy + "]  «" + sentence + "»";
        }
    }

    /** The scores per property and overall, with the wrong predictions and the missed facts. */
    public record Result(Map<Property, Score> byProperty, Score overall, List<Prediction> wrong,
                         List<KnowledgeNetFold.Fact> missed) {}

    public Result score(KnowledgeGraph graph, KnowledgeNetFold fold) {
        Map<String, List<KnowledgeNetFold.Fact>> gold = new HashMap<>();
        for (KnowledgeNetFold.Fact f : fold.facts()) {
            if (!f.hasPronoun()) {
                gold.computeIfAbsent(f.doc() + "\u0000" + f.property().getURI(), k -> new ArrayList<>()).add(f);
            }
        }
        Set<KnowledgeNetFold.Fact> found = new LinkedHashSet<>();
        Map<Property, int[]> falsePositives = new LinkedHashMap<>();
        List<Prediction> wrong = new ArrayList<>();
        for (Prediction p : predictions(graph)) {
            List<KnowledgeNetFold.Fact> candidates = gold.get(p.doc() + "\u0000" + p.property().getURI());
            if (candidates == null) {
                continue;
            }
            List<KnowledgeNetFold.Fact> matched = candidates.stream().filter(f -> matches(p, f)).toList();
            if (matched.isEmpty()) {
                falsePositives.computeIfAbsent(p.property(), q -> new int[1])[0]++;
                wrong.add(p);
            }
            found.addAll(matched);
        }
        Map<Property, Score> byProperty = new LinkedHashMap<>();
        Score overall = Score.ZERO;
        List<KnowledgeNetFold.Fact> missed = new ArrayList<>();
        for (Property property : KnowledgeNetFold.properties()) {
            List<KnowledgeNetFold.Fact> required = fold.facts().stream()
                    .filter(f -> f.property().equals(property) && !f.hasPronoun()).toList();
            int tp = (int) required.stream().filter(found::contains).count();
            required.stream().filter(f -> !found.contains(f)).forEach(missed::add);
            Score s = new Score(tp, falsePositives.getOrDefault(property, new int[1])[0], required.size() - tp);
            byProperty.put(property, s);
            overall = overall.plus(s);
        }
        return new Result(byProperty, overall, wrong, missed);
    }

    /** Every fact of the graph once per document of its evidence, under the benchmark's properties. */
    static List<Prediction> predictions(KnowledgeGraph graph) {
        Map<String, Entity> entities = new HashMap<>();
        graph.entities().forEach(e -> entities.put(e.key(), e));
        Set<String> seen = new LinkedHashSet<>();
        List<Prediction> out = new ArrayList<>();
        for (Fact fact : graph.facts()) {
            Entity subject = entities.get(fact.subject());
            List<String> objectNames = fact.object() instanceof FactObject.EntityRef ref
                    ? entities.get(ref.key()).names() : List.of(((FactObject.Value) fact.object()).lexical());
            for (Property property : benchmarkProperties(fact.property())) {
                boolean inverse = fact.property().equals(NKG.chiefExecutive);
                List<String> s = inverse ? objectNames : subject.names();
                List<String> o = inverse ? subject.names() : objectNames;
                for (Evidence e : fact.evidence()) {
                    if (seen.add(e.articleId() + "\u0000" + property.getURI() + "\u0000" + fact.subject() + "\u0000" + fact.object())) {
                        out.add(new Prediction(e.articleId(), property, s, o, e.sentenceText(),
                                String.format(Locale.ROOT, "%s %s %.2f", e.reader(), e.rule(), e.confidence())));
                    }
                }
            }
        }
        return out;
    }

    /** The benchmark properties a graph property states, by the ontology's entailments. */
    private static List<Property> benchmarkProperties(Property p) {
        if (p.equals(NKG.ceoOf) || p.equals(NKG.chiefExecutive)) {
            return List.of(NKG.ceoOf, NKG.employedBy);
        }
        return KnowledgeNetFold.properties().contains(p) ? List.of(p) : List.of();
    }

    private static boolean matches(Prediction p, KnowledgeNetFold.Fact f) {
        if (!names(p.subjectNames(), f.subject())) {
            return false;
        }
        if (f.property().equals(NKG.foundingDate)) {
            String year = year(f.object());
            return year != null && year.equals(year(p.objectNames().get(0)));
        }
        return names(p.objectNames(), f.object());
    }

    private static boolean names(List<String> names, String goldText) {
        String gold = Names.words(goldText);
        return !gold.isEmpty() && names.stream().map(Names::words).anyMatch(n -> n.contains(gold));
    }

    private static String year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
