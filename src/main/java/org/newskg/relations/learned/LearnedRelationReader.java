package org.newskg.relations.learned;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.DependencyParse;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.model.Signature;
import org.newskg.nlp.DependencyParser;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.RelationReader;
import org.newskg.relations.Values;

/**
 * Reads relations with a statistical model learned from annotated text ({@link RelationModel}):
 * every candidate pair of a sentence ({@link PairCandidates}) is classified for every property the
 * model knows, and a pair whose probability reaches the property's threshold is a reading with that
 * probability as its confidence. With a model that reads a parse, a pair is first classified by its
 * words alone; one under the model's screen is dropped, and for the others the sentence is parsed
 * (once) and the pair classified again with the parse's path between its ends. The reader's name
 * carries the model's version, so every fact it reads says which model read it.
 */
public final class LearnedRelationReader implements RelationReader {
    public static final String NAME = "learned";
    static final String RULE = "classifier";

    private final RelationModel model;
    private final DependencyParser parser;
    private final String name;

    /**
     * @param model  the model
     * @param parser the parser of the model's paths when it {@link RelationModel#parses() reads a parse}; null otherwise
     */
    public LearnedRelationReader(RelationModel model, DependencyParser parser) {
        if (model.parses() && parser == null) {
            throw new IllegalArgumentException("relation model " + model.version() + " reads a dependency parse: give it a parser");
        }
        this.model = model;
        this.parser = model.parses() ? parser : null;
        this.name = NAME + "@" + model.version();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Reading> read(ArticleSentence s) {
        List<Reading> out = new ArrayList<>();
        SentencePairs pairs = new SentencePairs(s);
        for (Property p : model.properties()) {
            double threshold = model.threshold(p);
            if (PairCandidates.YEAR_VALUED.contains(p)) {
                for (PairCandidates.YearPair pair : PairCandidates.years(s, Signature.of(p))) {
                    double probability = pairs.probability(p, pair, s.mentions().get(pair.subject()), pair.year(),
                            () -> PairFeatures.ofValue(s, pair.subject(), pair.year(), PairFeatures.YEAR));
                    if (probability >= threshold) {
                        out.add(new Reading(pair.subject(), p, -1, Values.yearLiteral(pair.year().text()).orElseThrow(),
                                s.sentence().index(), name, p.getLocalName() + "/" + RULE, -1, false, probability));
                    }
                }
                continue;
            }
            for (PairCandidates.Pair pair : PairCandidates.of(s, Signature.of(p))) {
                double probability = pairs.probability(p, pair, s.mentions().get(pair.subject()), s.mentions().get(pair.object()),
                        () -> PairFeatures.of(s, pair.subject(), pair.object()));
                if (probability >= threshold) {
                    out.add(new Reading(pair.subject(), p, pair.object(), null, s.sentence().index(), name,
                            p.getLocalName() + "/" + RULE, -1, false, probability));
                }
            }
        }
        return out;
    }

    /**
     * The features of one sentence's pairs, each described once: most pairs fit several properties'
     * signatures (a person and an organization: ceoOf, employedBy, foundedBy); and its parse, made
     * when a pair first passes the screen.
     */
    private final class SentencePairs {
        private final ArticleSentence sentence;
        private final Map<Object, String[]> words = new HashMap<>();
        private final Map<Object, String[]> withPath = new HashMap<>();
        private DependencyParse parse;

        SentencePairs(ArticleSentence sentence) {
            this.sentence = sentence;
        }

        /** The pair's probability for the property; {@code key} names the pair, {@code features} describes it by its words. */
        double probability(Property p, Object key, Mention subject, Mention object, Supplier<List<String>> features) {
            String[] f = words.computeIfAbsent(key, k -> features.get().toArray(String[]::new));
            double byWords = model.probability(p, f);
            if (parser == null) {
                return byWords;
            }
            if (byWords < model.screen()) {
                return 0;
            }
            String[] g = withPath.computeIfAbsent(key, k -> {
                if (parse == null) {
                    parse = parser.parse(sentence.sentence().text());
                }
                List<String> all = new ArrayList<>(List.of(f));
                all.addAll(PathFeatures.of(parse, sentence, subject, object));
                return all.toArray(String[]::new);
            });
            return model.parsedProbability(p, g);
        }
    }
}
