package org.newskg.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Fact;
import org.newskg.model.KnowledgeGraph;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.vocab.Iris;

/**
 * The corpus-wide step: merges the name mentions of all articles into entities and the readings
 * into facts, in three parts that can be tested alone: {@link NameClusterer} decides which names
 * are one entity, {@link TypeVoter} types each cluster, {@link FactAssembler} turns readings into
 * facts with their evidence. This class names the entities (label, other names, key) and runs the
 * parts in order.
 *
 * <p>It runs in three steps, so that the work on each article can be done wherever the article is
 * (on the threads of one process, or on the executors of a Spark cluster), and only one small
 * record per name key has to come together: {@link #names} of each article, one
 * {@link NameRecord} per key; the records of a key from all articles added up in article order;
 * {@link #entities} of all records; then, with those, {@link #facts} of each article, and the
 * parts of one fact from several articles {@link #mergeFact merged}. {@link #resolve} runs the
 * steps on a list of articles.
 */
public final class EntityResolver {
    private final NameClusterer clusterer = new NameClusterer();
    private final TypeVoter voter = new TypeVoter();
    private final FactAssembler assembler = new FactAssembler();

    public KnowledgeGraph resolve(List<ArticleExtraction> articles) {
        Map<String, Entity> entities = entities(names(articles));
        Map<String, List<Fact>> parts = new LinkedHashMap<>();
        for (ArticleExtraction a : articles) {
            facts(a, entities).forEach(f -> parts.computeIfAbsent(factKey(f), k -> new ArrayList<>()).add(f));
        }
        List<Fact> facts = parts.values().stream().map(EntityResolver::mergeFact).toList();
        return new KnowledgeGraph(articles.stream().map(EntityResolver::source).toList(), sorted(entities.values()), facts);
    }

    /**
     * The name keys of one article, the article at index {@code article} in corpus order: a
     * record per key, with the key's names, references and type votes in this article.
     */
    public static List<NameRecord> names(ArticleExtraction ax, long article) {
        List<String> keys = keys(ax);
        Map<String, NameRecord> records = new LinkedHashMap<>();
        List<Mention> mentions = ax.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int index = i;
            NameRecord r = records.computeIfAbsent(keys.get(i), k -> new NameRecord(k, article, index, m.name()));
            if (m.isName()) {
                r.addName(m, ax.article().id());
            } else {
                r.addReference();
            }
        }
        TypeVoter.countSlotVotes(ax, records, keys);
        return List.copyOf(records.values());
    }

    /** The record of each name key of the articles, the records of each article added up in the articles' order. */
    static Collection<NameRecord> names(List<ArticleExtraction> articles) {
        Map<String, NameRecord> corpus = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            names(articles.get(a), a).forEach(r -> corpus.merge(r.key(), r, NameRecord::plus));
        }
        return corpus.values();
    }

    /**
     * The entity of each name key of the corpus, from the records of all its keys (one per key,
     * in any order); a key whose names became no entity (nothing typed them) has none.
     */
    public Map<String, Entity> entities(Collection<NameRecord> corpus) {
        NameClusters clusters = clusterer.cluster(List.copyOf(corpus));
        // a single first or last name joins a person only once the full names are typed
        clusterer.mergePartialPersonNames(clusters, voter.vote(clusters));
        TypeVotes votes = voter.vote(clusters);
        Map<String, List<NameRecord>> members = clusters.members();
        Map<String, Entity> byKey = new HashMap<>();
        name(members, votes).forEach((cluster, entity) -> members.get(cluster).forEach(r -> byKey.put(r.key(), entity)));
        return byKey;
    }

    /**
     * The facts one article states, between the entities of the corpus ({@link #entities}); a fact
     * other articles state too is a part of it, with this article's evidence only.
     */
    public List<Fact> facts(ArticleExtraction ax, Map<String, Entity> entities) {
        List<String> keys = keys(ax);
        return assembler.assemble(ax, m -> entities.get(keys.get(m)));
    }

    /** What identifies a fact, so that its parts from several articles can be found: subject, property and object. */
    public static String factKey(Fact part) {
        return FactAssembler.key(part);
    }

    /** The parts of one fact (one {@link #factKey}) from several articles as one fact. */
    public static Fact mergeFact(List<Fact> parts) {
        return FactAssembler.merge(parts);
    }

    /** The article as the graph describes it. */
    public static KnowledgeGraph.Source source(ArticleExtraction a) {
        return new KnowledgeGraph.Source(a.article().id(), a.article().sourceFile(), a.metadata().title(), a.metadata().published(),
                a.body().text());
    }

    /** Entities in the graph's order: by key. */
    public static List<Entity> sorted(Collection<Entity> entities) {
        return entities.stream().distinct().sorted(Comparator.comparing(Entity::key)).toList();
    }

    /** The name key of each mention of an article: a name's own, a reference's that of the name it refers to. */
    private static List<String> keys(ArticleExtraction ax) {
        List<Mention> mentions = ax.mentions();
        List<String> keys = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            keys.add(Names.key(m.isName() ? m.name() : mentions.get(m.antecedent()).name()));
        }
        return keys;
    }

    /** An entity for every typed cluster: its label, other names, a key unique in the graph, its mention count and articles. */
    private static Map<String, Entity> name(Map<String, List<NameRecord>> members, TypeVotes votes) {
        Map<String, Entity> out = new LinkedHashMap<>();
        Set<String> usedKeys = new HashSet<>();
        for (Map.Entry<String, List<NameRecord>> e : members.entrySet()) {
            EntityType type = votes.type(e.getKey());
            if (type == null) {
                continue;
            }
            Map<String, Integer> forms = new TreeMap<>();
            TreeSet<String> alt = new TreeSet<>();
            TreeSet<String> articleIds = new TreeSet<>();
            int mentionCount = 0;
            for (NameRecord r : e.getValue()) {
                r.forms().forEach((form, n) -> forms.merge(form, n, Integer::sum));
                alt.addAll(r.surfaces());
                articleIds.addAll(r.articleIds());
                mentionCount += r.mentionCount();
            }
            String label = chooseLabel(forms, type);
            alt.addAll(forms.keySet());
            alt.remove(label);
            String key = Iris.slug(label);
            if (!usedKeys.add(key)) {
                // another entity has this label: the type, then a number, tell them apart
                String typed = key + "_" + type.name().toLowerCase(Locale.ROOT);
                key = typed;
                for (int n = 2; !usedKeys.add(key); n++) {
                    key = typed + "_" + n;
                }
            }
            out.put(e.getKey(), new Entity(key, label, alt, type, mentionCount, articleIds));
        }
        return out;
    }

    /**
     * The canonical name: the most frequent of the full forms, longer forms winning ties. A full
     * form is one with the maker for models and chips ("Acme X1" over "X1"), and a name of more
     * than one word for people (news copy calls people by surname after the first mention).
     */
    static String chooseLabel(Map<String, Integer> forms, EntityType type) {
        boolean fullFormsFirst = type == EntityType.AI_MODEL || type == EntityType.CHIP || type == EntityType.PERSON;
        Comparator<Map.Entry<String, Integer>> preference = Comparator.comparingInt(
                (Map.Entry<String, Integer> f) -> fullFormsFirst && Names.makerBreak(f.getKey()) > 0 ? 1 : 0)
                .thenComparing(Map.Entry::getValue)
                .thenComparingInt(f -> f.getKey().length())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return forms.entrySet().stream().max(preference).map(Map.Entry::getKey).orElseThrow();
    }
}
