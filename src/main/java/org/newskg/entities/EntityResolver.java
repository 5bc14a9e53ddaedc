package org.newskg.entities;

import java.util.ArrayList;
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
import org.newskg.mentions.Lexicon;
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
 * parts in order; it is the only step that needs all articles at once.
 */
public final class EntityResolver {
    private final NameClusterer clusterer = new NameClusterer();
    private final TypeVoter voter = new TypeVoter();
    private final FactAssembler assembler = new FactAssembler();

    public KnowledgeGraph resolve(List<ArticleExtraction> articles) {
        NameClusters clusters = clusterer.cluster(articles);
        // a single first or last name joins a person only once the full names are typed
        clusterer.mergePartialPersonNames(clusters, voter.vote(clusters));
        TypeVotes votes = voter.vote(clusters);

        Map<MentionRef, Entity> entities = name(clusters, votes);
        List<Fact> facts = assembler.assemble(articles, (a, m) -> entities.get(clusters.clusterOf(a, m)));
        List<KnowledgeGraph.Source> sources = new ArrayList<>();
        for (ArticleExtraction a : articles) {
            sources.add(new KnowledgeGraph.Source(a.article().id(), a.article().sourceFile(), a.metadata().title(), a.metadata().published()));
        }
        List<Entity> sorted = entities.values().stream().sorted(Comparator.comparing(Entity::key)).toList();
        return new KnowledgeGraph(sources, sorted, facts);
    }

    /** An entity for every typed cluster: its label, other names, a key unique in the graph, its mention count and articles. */
    private static Map<MentionRef, Entity> name(NameClusters clusters, TypeVotes votes) {
        Map<MentionRef, Integer> references = new HashMap<>();
        List<ArticleExtraction> articles = clusters.articles();
        for (int a = 0; a < articles.size(); a++) {
            List<Mention> mentions = articles.get(a).mentions();
            for (int i = 0; i < mentions.size(); i++) {
                if (!mentions.get(i).isName()) {
                    references.merge(clusters.clusterOf(a, i), 1, Integer::sum);
                }
            }
        }
        Map<MentionRef, Entity> out = new LinkedHashMap<>();
        Set<String> usedKeys = new HashSet<>();
        for (Map.Entry<MentionRef, List<MentionRef>> e : clusters.members().entrySet()) {
            EntityType type = votes.type(e.getKey());
            if (type == null) {
                continue;
            }
            Map<String, Integer> forms = new TreeMap<>();
            TreeSet<String> alt = new TreeSet<>();
            TreeSet<String> articleIds = new TreeSet<>();
            for (MentionRef r : e.getValue()) {
                Mention m = clusters.mention(r);
                forms.merge(m.name(), 1, Integer::sum);
                // a name written otherwise than it is known ("U.S." for United States) is another name of it;
                // a demonym ("American") is a word about it, not a name
                String surface = Names.withoutPossessive(m.text());
                if (!Lexicon.DEMONYMS.containsKey(surface)) {
                    alt.add(surface);
                }
                articleIds.add(articles.get(r.article()).article().id());
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
            out.put(e.getKey(), new Entity(key, label, alt, type, e.getValue().size() + references.getOrDefault(e.getKey(), 0), articleIds));
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
