package org.newskg.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.newskg.graph.Iris;
import org.newskg.graph.KnowledgeGraph;
import org.newskg.mentions.Lexicon;
import org.newskg.mentions.Mention;
import org.newskg.nlp.Sentence;
import org.newskg.relations.ArticleExtraction;
import org.newskg.relations.Evidence;
import org.newskg.relations.Fact;
import org.newskg.relations.FactObject;
import org.newskg.relations.Reading;
import org.newskg.relations.Signature;
import org.newskg.vocab.NKG;

/**
 * The corpus-wide step: merges the name mentions of all articles into entities and the readings
 * into facts. Names are one entity when they are the same up to case, punctuation and plural
 * ("Jane OkaFor", "Q900s"), when one is the other with its maker in front ("Acme X1" and "X1";
 * the maker then also becomes the fact "X1 developedBy Acme"), with a designator left off
 * ("Acme Quant"), as a person's first or last name alone, or a one-letter typo of a long name.
 * Names that differ otherwise ("X1" and "X1-Zero", "Llama" and "Llama 3.1") stay apart. An entity
 * takes the type most of its mentions and facts support; a reading whose entities do not fit its
 * relation's domain and range is dropped.
 */
public final class EntityResolver {
    private static final String MAKER_PREFIX_RULE = "maker-prefixed-name";

    /** A name mention: article index and mention index. */
    private record Ref(int article, int mention) {}

    public KnowledgeGraph resolve(List<ArticleExtraction> articles) {
        UnionFind<Ref> clusters = new UnionFind<>();
        Map<String, List<Ref>> byKey = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            List<Mention> mentions = articles.get(a).mentions();
            for (int i = 0; i < mentions.size(); i++) {
                if (mentions.get(i).isName()) {
                    Ref ref = new Ref(a, i);
                    clusters.add(ref);
                    byKey.computeIfAbsent(key(mentions.get(i).name()), k -> new ArrayList<>()).add(ref);
                }
            }
        }
        byKey.values().forEach(refs -> refs.forEach(r -> clusters.union(refs.get(0), r)));

        List<MakerName> makerNames = mergeMakerPrefixes(articles, byKey, clusters);
        mergeDesignators(articles, byKey, clusters);
        mergeTypos(articles, byKey, clusters);
        Map<Ref, Map<EntityType, Double>> votes = typeVotes(articles, clusters);
        mergePartialPersonNames(articles, byKey, clusters, votes);
        votes = typeVotes(articles, clusters);

        Map<Ref, Entity> entities = buildEntities(articles, clusters, votes);
        List<Fact> facts = buildFacts(articles, clusters, entities, makerNames);
        List<KnowledgeGraph.Source> sources = new ArrayList<>();
        for (ArticleExtraction a : articles) {
            sources.add(new KnowledgeGraph.Source(a.article().id(), a.article().sourceFile(), a.metadata().title(), a.metadata().published()));
        }
        List<Entity> sorted = entities.values().stream().sorted(Comparator.comparing(Entity::key)).toList();
        return new KnowledgeGraph(sources, sorted, facts);
    }

    /** Lower case, letters and digits only: "Harbor-Point" and "harbor point" are one key. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A model or chip named with its maker in front: "Acme X1" is X1 by Acme. */
    private record MakerName(Ref product, String makerKey) {}

    private List<MakerName> mergeMakerPrefixes(List<ArticleExtraction> articles, Map<String, List<Ref>> byKey, UnionFind<Ref> clusters) {
        List<MakerName> out = new ArrayList<>();
        for (List<Ref> refs : byKey.values()) {
            for (Ref ref : refs) {
                String name = mention(articles, ref).name();
                int cut = firstBreak(name);
                if (cut < 0) {
                    continue;
                }
                String maker = name.substring(0, cut);
                String product = name.substring(cut + 1);
                if (!product.matches(".*\\d.*") || !byKey.containsKey(key(maker))) {
                    continue;
                }
                List<Ref> same = byKey.get(key(product));
                if (same != null) {
                    clusters.union(ref, same.get(0));
                }
                out.add(new MakerName(ref, key(maker)));
            }
        }
        return out;
    }

    /** Where a maker prefix would end: the first space, or the first hyphen before a part with a digit. */
    private static int firstBreak(String name) {
        int space = name.indexOf(' ');
        int hyphen = name.indexOf('-');
        if (hyphen > 0 && (space < 0 || hyphen < space) && name.substring(hyphen + 1).matches("^\\p{L}{0,4}\\d.*")) {
            return hyphen;
        }
        return space;
    }

    private void mergeDesignators(List<ArticleExtraction> articles, Map<String, List<Ref>> byKey, UnionFind<Ref> clusters) {
        for (List<Ref> refs : byKey.values()) {
            String name = mention(articles, refs.get(0)).name();
            int space = name.lastIndexOf(' ');
            if (space > 0 && Lexicon.DESIGNATORS.contains(name.substring(space + 1))) {
                List<Ref> shorter = byKey.get(key(name.substring(0, space)));
                if (shorter != null) {
                    clusters.union(refs.get(0), shorter.get(0));
                }
            }
        }
    }

    /** "Acme Labz" for "Acme Labs": one substituted letter in a long, purely alphabetic name of a compatible type. */
    private void mergeTypos(List<ArticleExtraction> articles, Map<String, List<Ref>> byKey, UnionFind<Ref> clusters) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (a.length() >= 7 && a.length() == b.length() && a.matches("\\p{L}+") && b.matches("\\p{L}+")
                        && substitutions(a, b) == 1 && a.charAt(0) == b.charAt(0)) {
                    clusters.union(byKey.get(a).get(0), byKey.get(b).get(0));
                }
            }
        }
    }

    private static int substitutions(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }

    /** "Okafor" is "Jane Okafor" when exactly one person of the corpus (preferably of the same article) has that first or last name. */
    private void mergePartialPersonNames(List<ArticleExtraction> articles, Map<String, List<Ref>> byKey, UnionFind<Ref> clusters,
                                         Map<Ref, Map<EntityType, Double>> votes) {
        Map<String, List<Ref>> personsByPart = new HashMap<>();
        for (List<Ref> refs : byKey.values()) {
            String name = mention(articles, refs.get(0)).name();
            if (name.contains(" ") && EntityType.PERSON == rootType(votes.get(clusters.find(refs.get(0))))) {
                String[] parts = name.split(" ");
                for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                    personsByPart.computeIfAbsent(key(part), k -> new ArrayList<>()).add(refs.get(0));
                }
            }
        }
        for (Map.Entry<String, List<Ref>> e : byKey.entrySet()) {
            List<Ref> candidates = personsByPart.get(e.getKey());
            if (candidates == null || mention(articles, e.getValue().get(0)).name().contains(" ")) {
                continue;
            }
            EntityType own = rootType(votes.get(clusters.find(e.getValue().get(0))));
            if (own != null && own != EntityType.PERSON) {
                continue;
            }
            Set<Ref> distinct = new java.util.HashSet<>();
            candidates.forEach(c -> distinct.add(clusters.find(c)));
            if (distinct.size() == 1) {
                clusters.union(e.getValue().get(0), candidates.get(0));
            }
        }
    }

    /** Summed type weights of each cluster's names, plus one vote per relation slot that types an untyped name. */
    private Map<Ref, Map<EntityType, Double>> typeVotes(List<ArticleExtraction> articles, UnionFind<Ref> clusters) {
        Map<Ref, Map<EntityType, Double>> votes = new HashMap<>();
        for (Ref ref : clusters.elements()) {
            Mention m = mention(articles, ref);
            if (m.type() != null) {
                votes.computeIfAbsent(clusters.find(ref), k -> new EnumMap<>(EntityType.class)).merge(m.type(), m.weight(), Double::sum);
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            for (Reading r : articles.get(a).readings()) {
                Signature sig = Signature.of(r.property());
                voteFromSlot(articles, clusters, votes, a, r.subject(), sig.domain());
                if (r.object() >= 0) {
                    voteFromSlot(articles, clusters, votes, a, r.object(), sig.range());
                }
            }
        }
        return votes;
    }

    private void voteFromSlot(List<ArticleExtraction> articles, UnionFind<Ref> clusters, Map<Ref, Map<EntityType, Double>> votes,
                              int article, int mentionIndex, Set<EntityType> types) {
        Ref ref = nameRef(articles, article, mentionIndex);
        Mention m = articles.get(article).mentions().get(mentionIndex);
        if (ref == null || m.type() != null || types.size() != 1) {
            return;
        }
        EntityType t = types.iterator().next();
        if (t == EntityType.PERSON || t.isOrganization()) {
            votes.computeIfAbsent(clusters.find(ref), k -> new EnumMap<>(EntityType.class)).merge(t, 1.0, Double::sum);
        }
    }

    private static EntityType rootType(Map<EntityType, Double> votes) {
        if (votes == null || votes.isEmpty()) {
            return null;
        }
        Map<EntityType, Double> byRoot = new EnumMap<>(EntityType.class);
        votes.forEach((t, w) -> byRoot.merge(t.root(), w, Double::sum));
        return byRoot.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The most specific subtype of the winning root that has votes; the heaviest among equals. */
    private static EntityType specificType(Map<EntityType, Double> votes) {
        EntityType root = rootType(votes);
        if (root == null) {
            return null;
        }
        EntityType best = root;
        double bestWeight = -1;
        for (Map.Entry<EntityType, Double> e : votes.entrySet()) {
            if (e.getKey().root() == root && e.getKey() != root && e.getValue() > bestWeight) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return best;
    }

    private Map<Ref, Entity> buildEntities(List<ArticleExtraction> articles, UnionFind<Ref> clusters, Map<Ref, Map<EntityType, Double>> votes) {
        Map<Ref, List<Ref>> members = new LinkedHashMap<>();
        for (Ref ref : clusters.elements()) {
            members.computeIfAbsent(clusters.find(ref), k -> new ArrayList<>()).add(ref);
        }
        Map<Ref, Integer> references = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            for (Mention m : articles.get(a).mentions()) {
                if (!m.isName()) {
                    references.merge(clusters.find(new Ref(a, m.antecedent())), 1, Integer::sum);
                }
            }
        }
        Map<Ref, Entity> out = new LinkedHashMap<>();
        Set<String> usedKeys = new java.util.HashSet<>();
        for (Map.Entry<Ref, List<Ref>> e : members.entrySet()) {
            EntityType type = specificType(votes.get(e.getKey()));
            if (type == null) {
                continue;
            }
            Map<String, Integer> forms = new TreeMap<>();
            TreeSet<String> articleIds = new TreeSet<>();
            for (Ref r : e.getValue()) {
                forms.merge(mention(articles, r).name(), 1, Integer::sum);
                articleIds.add(articles.get(r.article()).article().id());
            }
            String label = chooseLabel(forms, type);
            TreeSet<String> alt = new TreeSet<>(forms.keySet());
            alt.remove(label);
            String key = Iris.slug(label);
            if (!usedKeys.add(key)) {
                key = key + "_" + type.name().toLowerCase(Locale.ROOT);
                usedKeys.add(key);
            }
            out.put(e.getKey(), new Entity(key, label, alt, type, e.getValue().size() + references.getOrDefault(e.getKey(), 0), articleIds));
        }
        return out;
    }

    /**
     * The canonical name: the most frequent of the full forms, longer forms winning ties. A full
     * form is one with the maker for models and chips ("Acme X1" over "X1"), and a name of more
     * than one word for people (news copy calls people by surname after the first mention).
     */
    private static String chooseLabel(Map<String, Integer> forms, EntityType type) {
        boolean product = type == EntityType.AI_MODEL || type == EntityType.CHIP;
        return forms.entrySet().stream()
                .max((x, y) -> {
                    if (product || type == EntityType.PERSON) {
                        int px = firstBreak(x.getKey()) > 0 ? 1 : 0;
                        int py = firstBreak(y.getKey()) > 0 ? 1 : 0;
                        if (px != py) {
                            return px - py;
                        }
                    }
                    if (!x.getValue().equals(y.getValue())) {
                        return x.getValue() - y.getValue();
                    }
                    return x.getKey().length() != y.getKey().length() ? x.getKey().length() - y.getKey().length() : y.getKey().compareTo(x.getKey());
                })
                .map(Map.Entry::getKey).orElseThrow();
    }

    private List<Fact> buildFacts(List<ArticleExtraction> articles, UnionFind<Ref> clusters, Map<Ref, Entity> entities, List<MakerName> makerNames) {
        Map<String, FactBuilder> facts = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            ArticleExtraction ax = articles.get(a);
            for (Reading r : ax.readings()) {
                Entity subject = entity(articles, clusters, entities, a, r.subject());
                Signature sig = Signature.of(r.property());
                if (subject == null || !sig.subjectFits(subject.type())) {
                    continue;
                }
                FactObject object;
                if (r.value() != null) {
                    object = r.value();
                } else {
                    Entity o = entity(articles, clusters, entities, a, r.object());
                    if (o == null || o == subject || !sig.objectFits(o.type())) {
                        continue;
                    }
                    object = new FactObject.EntityRef(o.key());
                }
                Entity asserter = r.assertedBy() < 0 ? null : entity(articles, clusters, entities, a, r.assertedBy());
                Evidence ev = evidence(ax, r.sentence(), r.rule(), asserter == null ? null : asserter.key(), r.hedged(), r.confidence());
                add(facts, subject.key(), r.property(), object, ev);
            }
        }
        Map<String, Entity> byNameKey = new HashMap<>();
        entities.values().forEach(e -> e.names().forEach(n -> byNameKey.putIfAbsent(key(n), e)));
        for (MakerName mk : makerNames) {
            Entity product = entities.get(clusters.find(mk.product()));
            Entity maker = byNameKey.get(mk.makerKey());
            if (product == null || maker == null || maker == product || !maker.type().isOrganization()) {
                continue;
            }
            Property p = product.type() == EntityType.CHIP ? NKG.manufacturedBy : product.type() == EntityType.AI_MODEL ? NKG.developedBy : null;
            if (p != null) {
                Mention m = mention(articles, mk.product());
                add(facts, product.key(), p, new FactObject.EntityRef(maker.key()),
                        evidence(articles.get(mk.product().article()), m.sentence(), p.getLocalName() + "/" + MAKER_PREFIX_RULE, null, false, 0.8));
            }
        }
        List<Fact> out = new ArrayList<>();
        facts.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static void add(Map<String, FactBuilder> facts, String subject, Property p, FactObject object, Evidence ev) {
        String objectKey = object instanceof FactObject.EntityRef ref ? ref.key() : ((FactObject.Value) object).lexical();
        facts.computeIfAbsent(subject + "\u0000" + p.getURI() + "\u0000" + objectKey, k -> new FactBuilder(subject, p, object)).add(ev);
    }

    private static Evidence evidence(ArticleExtraction ax, int sentenceIndex, String rule, String assertedBy, boolean hedged, double confidence) {
        Sentence s = ax.sentences().get(sentenceIndex);
        return new Evidence(ax.article().id(), sentenceIndex, ax.body().originalOffset(s.start()), ax.body().originalEnd(s.end()),
                s.text(), rule, assertedBy, hedged, confidence);
    }

    /** Collects the evidence of one fact; one evidence per sentence, the most confident reading kept. */
    private static final class FactBuilder {
        private final String subject;
        private final Property property;
        private final FactObject object;
        private final Map<String, Evidence> bySentence = new LinkedHashMap<>();

        FactBuilder(String subject, Property property, FactObject object) {
            this.subject = subject;
            this.property = property;
            this.object = object;
        }

        void add(Evidence e) {
            bySentence.merge(e.articleId() + "#" + e.sentenceIndex(), e, (x, y) -> x.confidence() >= y.confidence() ? x : y);
        }

        Fact build() {
            List<Evidence> evidence = new ArrayList<>(bySentence.values());
            evidence.sort((x, y) -> x.articleId().equals(y.articleId())
                    ? Integer.compare(x.sentenceIndex(), y.sentenceIndex()) : x.articleId().compareTo(y.articleId()));
            return new Fact(subject, property, object, evidence, Fact.combine(evidence));
        }
    }

    private static Mention mention(List<ArticleExtraction> articles, Ref ref) {
        return articles.get(ref.article()).mentions().get(ref.mention());
    }

    /** The name a mention stands for: itself, or its antecedent for a reference. */
    private static Ref nameRef(List<ArticleExtraction> articles, int article, int mentionIndex) {
        Mention m = articles.get(article).mentions().get(mentionIndex);
        return new Ref(article, m.isName() ? mentionIndex : m.antecedent());
    }

    private static Entity entity(List<ArticleExtraction> articles, UnionFind<Ref> clusters, Map<Ref, Entity> entities, int article, int mentionIndex) {
        Ref ref = nameRef(articles, article, mentionIndex);
        return entities.get(clusters.find(ref));
    }
}
