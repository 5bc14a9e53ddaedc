package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.newskg.vocab.NKG;

/**
 * One fold of the KnowledgeNet benchmark as its folder holds it ({@code articles/DOC.txt} and
 * {@code facts.tsv}: doc, property, subject, object, subject_wikidata), read into newskg's
 * properties by the mapping of the fold's README. A row with an empty subject and object says the
 * document was annotated for the property and has no fact of it; rows of properties outside the
 * mapping are skipped. CEO facts are turned round into {@code ceoOf} (person to organization).
 */
public final class KnowledgeNetFold {
    public static final String FACTS_FILE = "facts.tsv";
    public static final String ARTICLES_FOLDER = "articles";

    /** KnowledgeNet's properties that newskg shares, and which way round they map. */
    private enum Mapping {
        FOUNDED_BY(NKG.foundedBy, false),
        CEO(NKG.ceoOf, true),
        SUBSIDIARY_OF(NKG.parentOrganization, false),
        DATE_FOUNDED(NKG.foundingDate, false),
        EMPLOYEE_OR_MEMBER_OF(NKG.employedBy, false);

        final Property property;
        final boolean inverse;

        Mapping(Property property, boolean inverse) {
            this.property = property;
            this.inverse = inverse;
        }
    }

    /**
     * Words that stand for an entity named elsewhere; facts with one of them at either end are
     * left out of scoring (the scoring rules' step 2), since the passages do not always name it.
     */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "its", "they", "them", "their", "theirs",
            "him", "his", "her", "hers", "which", "who", "whom", "whose", "that", "our", "we", "us", "i", "me", "my",
            "you", "your", "this", "these", "those", "itself", "himself", "herself", "themselves");
    private static final Pattern TAB = Pattern.compile("\t", Pattern.LITERAL);

    /**
     * A fact of the fold in newskg's direction.
     *
     * @param doc      the document it was annotated in
     * @param property newskg's property
     * @param subject  the subject as written in the passage
     * @param object   the object as written (a date as written for {@code foundingDate})
     */
    public record Fact(String doc, Property property, String subject, String object) {
        /** Whether either end is a pronoun, which the scoring rules leave out. */
        public boolean hasPronoun() {
            return isPronoun(subject) || isPronoun(object);
        }
    }

    private final Path folder;
    private final Map<String, Set<Property>> annotated;
    private final List<Fact> facts;

    private KnowledgeNetFold(Path folder, Map<String, Set<Property>> annotated, List<Fact> facts) {
        this.folder = folder;
        this.annotated = annotated;
        this.facts = List.copyOf(facts);
    }

    /** Reads a fold folder; an exception naming the file and line when it is not in the fold format. */
    public static KnowledgeNetFold read(Path folder) throws IOException {
        Path file = folder.resolve(FACTS_FILE);
        if (!Files.isRegularFile(file) || !Files.isDirectory(folder.resolve(ARTICLES_FOLDER))) {
            throw new IOException(folder + ": not a KnowledgeNet fold (needs " + FACTS_FILE + " and " + ARTICLES_FOLDER + "/)");
        }
        Map<String, Set<Property>> annotated = new TreeMap<>();
        List<Fact> facts = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = TAB.split(line, -1);
            if (cells.length < 4) {
                throw new IOException(file + " line " + (n + 1) + ": expected doc, property, subject, object separated by tabs");
            }
            Optional<Mapping> mapping = mapping(cells[1]);
            if (mapping.isEmpty()) {
                continue;
            }
            Mapping m = mapping.get();
            annotated.computeIfAbsent(cells[0], d -> new java.util.LinkedHashSet<>()).add(m.property);
            if (cells[2].isBlank() || cells[3].isBlank()) {
                continue;
            }
            facts.add(m.inverse ? new Fact(cells[0], m.property, cells[3], cells[2]) : new Fact(cells[0], m.property, cells[2], cells[3]));
        }
        return new KnowledgeNetFold(folder, annotated, facts);
    }

    private static Optional<Mapping> mapping(String name) {
        for (Mapping m : Mapping.values()) {
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** newskg's properties the benchmark annotates. */
    public static List<Property> properties() {
        return java.util.Arrays.stream(Mapping.values()).map(m -> m.property).toList();
    }

    public static boolean isPronoun(String text) {
        return PRONOUNS.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    public Path folder() {
        return folder;
    }

    public Path articles() {
        return folder.resolve(ARTICLES_FOLDER);
    }

    /** Every fact of the fold, pronoun ones included (training reads them through references). */
    public List<Fact> facts() {
        return facts;
    }

    /** The properties each document was annotated for, by document. */
    public Map<String, Set<Property>> annotated() {
        return annotated;
    }

    /** The facts of one document, by document, in file order. */
    public Map<String, List<Fact>> factsByDoc() {
        Map<String, List<Fact>> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            out.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** The documents of the fold (the ids of its article files). */
    public Set<String> docs() {
        return new TreeSet<>(annotated.keySet());
    }
}
