package org.newskg.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.model.EntityType;

/**
 * Candidates from a Wikidata extract on disk, in Wikidata's own RDF shape: {@code wd:Q…} items
 * with {@code rdfs:label}, {@code skos:altLabel}, {@code schema:description} (English), and
 * {@code wdt:} statements, of which {@code P31} and {@code P17} matter most. The bundled extract is
 * small; any larger file of that shape (a filtered dump, a CONSTRUCT from the query service) works
 * the same. The file is streamed, keeping only what linking needs.
 */
public final class OfflineSource implements CandidateSource {
    /** The extract packaged on the class path, built by {@code newskg wikidata-extract}. */
    public static final String BUNDLED = "/wikidata/extract.ttl";

    private final Map<String, Candidate> items;
    /** Normalised key of a label or alias -> items that have it. */
    private final Map<String, Set<String>> byKey = new HashMap<>();
    /** Fuzzy look-up narrowed to names with the same first letter and word count. */
    private final Map<String, List<NameEntry>> fuzzyBlocks = new HashMap<>();

    private record NameEntry(String name, String qid) {}

    private OfflineSource(Map<String, Candidate> items) {
        this.items = items;
        for (Candidate c : items.values()) {
            index(c.label(), c.qid());
            c.aliases().forEach(a -> index(a, c.qid()));
        }
    }

    public static OfflineSource bundled() {
        try (InputStream in = OfflineSource.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the Wikidata extract " + BUNDLED + " is not on the class path");
            }
            return new OfflineSource(read(RDFParser.source(in).lang(Lang.TURTLE), BUNDLED));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Wikidata extract " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    /** Loads an extract; the syntax follows the extension (.ttl, .nt, also gzipped). */
    public static OfflineSource load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        OfflineSource source = new OfflineSource(read(RDFParser.source(file), file.toString()));
        if (source.items.isEmpty()) {
            throw new IOException(file + ": no Wikidata item with an English label (wd:Q… rdfs:label \"…\"@en)");
        }
        return source;
    }

    /**
     * The kind of thing each name of the extract names, for typing names in text: a label or alias
     * whose items are all of one kind ({@link ItemTyping#kindOf}) that an entity type stands for.
     * Names shared by items of different kinds ("Amazon" the company and the river), and names of
     * items of no kind newskg knows, are left out.
     */
    public Map<String, EntityType> knownNames(ItemTyping typing) {
        Map<String, EntityType> types = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Candidate c : items.values()) {
            Optional<EntityType> type = typing.kindOf(c).entityType();
            List<String> names = new ArrayList<>(c.aliases());
            names.add(c.label());
            for (String name : names) {
                EntityType before = type.isEmpty() ? null : types.putIfAbsent(name, type.get());
                if (type.isEmpty() || before != null && before != type.get()) {
                    ambiguous.add(name);
                }
            }
        }
        types.keySet().removeAll(ambiguous);
        return Map.copyOf(types);
    }

    /** How many items the extract has. */
    public int size() {
        return items.size();
    }

    @Override
    public List<Candidate> candidates(LinkQuery query) {
        Set<String> qids = new LinkedHashSet<>();
        for (String name : query.searchNames()) {
            qids.addAll(byKey.getOrDefault(Names.key(name), Set.of()));
            for (NameEntry e : fuzzyBlocks.getOrDefault(block(name), List.of())) {
                if (Names.fuzzySimilarity(name, e.name()) > 0) {
                    qids.add(e.qid());
                }
            }
        }
        List<Candidate> out = new ArrayList<>(qids.size());
        qids.forEach(q -> out.add(items.get(q)));
        return out;
    }

    private void index(String name, String qid) {
        String key = Names.key(name);
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new HashSet<>()).add(qid);
            fuzzyBlocks.computeIfAbsent(block(name), k -> new ArrayList<>()).add(new NameEntry(name, qid));
        }
    }

    private static String block(String name) {
        List<String> tokens = Names.tokens(name);
        return tokens.isEmpty() ? "" : tokens.get(0).charAt(0) + "/" + tokens.size();
    }

    private static Map<String, Candidate> read(RDFParserBuilder parser, String where) throws IOException {
        ItemCollector collector = new ItemCollector();
        try {
            parser.parse(collector);
        } catch (RiotException e) {
            throw new IOException(where + ": not readable as RDF: " + e.getMessage(), e);
        }
        return collector.items();
    }

    /** Gathers, per item, the triples linking reads; ignores the rest of the file. */
    private static final class ItemCollector extends StreamRDFBase {
        private static final class Item {
            String label;
            String mulLabel;
            final List<String> aliases = new ArrayList<>();
            String description = "";
            final Set<String> instanceOf = new LinkedHashSet<>();
            final Set<String> countries = new LinkedHashSet<>();
            final Set<String> related = new LinkedHashSet<>();
            OptionalInt sitelinks = OptionalInt.empty();
        }

        private final Map<String, Item> items = new LinkedHashMap<>();

        @Override
        public void triple(Triple t) {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Wikidata.ENTITY)) {
                return;
            }
            String qid = s.getURI().substring(Wikidata.ENTITY.length());
            if (!Wikidata.isQid(qid)) {
                return;
            }
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (o.isLiteral()) {
                literal(qid, p, o);
            } else if (o.isURI() && o.getURI().startsWith(Wikidata.ENTITY) && p.startsWith(Wikidata.PROP_DIRECT)) {
                String value = o.getURI().substring(Wikidata.ENTITY.length());
                Item item = item(qid);
                switch (p.substring(Wikidata.PROP_DIRECT.length())) {
                    case "P31" -> item.instanceOf.add(value);
                    case "P17" -> item.countries.add(value);
                    default -> item.related.add(value);
                }
            }
        }

        private void literal(String qid, String p, Node o) {
            String lang = o.getLiteralLanguage();
            String text = o.getLiteralLexicalForm();
            // "mul" is Wikidata's language-independent label, used for names the same in every language.
            boolean english = lang.equals("en");
            if (p.equals(Wikidata.sitelinks.getURI())) {
                try {
                    item(qid).sitelinks = OptionalInt.of(Integer.parseInt(text));
                } catch (NumberFormatException ignored) {
                    // not a count: the triple tells nothing usable
                }
            } else if (p.equals(RDFS.label.getURI())) {
                if (english) {
                    item(qid).label = text;
                } else if (lang.equals("mul")) {
                    item(qid).mulLabel = text;
                }
            } else if (p.equals(SKOS.altLabel.getURI()) && (english || lang.equals("mul"))) {
                item(qid).aliases.add(text);
            } else if (english && (p.equals(Wikidata.description.getURI()) || p.equals("https://schema.org/description"))) {
                item(qid).description = text;
            }
        }

        private Item item(String qid) {
            return items.computeIfAbsent(qid, q -> new Item());
        }

        Map<String, Candidate> items() {
            Map<String, Candidate> out = new LinkedHashMap<>();
            items.forEach((qid, i) -> {
                String label = i.label != null ? i.label : i.mulLabel;
                if (label != null) {
                    List<String> aliases = new ArrayList<>(new LinkedHashSet<>(i.aliases));
                    aliases.remove(label);
                    out.put(qid, new Candidate(qid, label, aliases, i.description, i.instanceOf, i.countries,
                            i.related, i.sitelinks));
                }
            });
            return out;
        }
    }
}
