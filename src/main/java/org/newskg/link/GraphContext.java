package org.newskg.link;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.model.Entity;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.vocab.NKG;

/**
 * The context of each entity in a graph: its countries ({@code nkg:country}), the entities it
 * shares a fact with, and the entities of the same articles.
 */
final class GraphContext {
    private final Map<String, Entity> byKey = new HashMap<>();
    private final Map<String, Set<String>> countries = new HashMap<>();
    private final Map<String, Set<String>> related = new HashMap<>();
    private final Map<String, Set<String>> articleEntities = new HashMap<>();

    GraphContext(KnowledgeGraph kg) {
        for (Entity e : kg.entities()) {
            byKey.put(e.key(), e);
            e.articleIds().forEach(a -> articleEntities.computeIfAbsent(a, k -> new TreeSet<>()).add(e.key()));
        }
        for (Fact f : kg.facts()) {
            if (f.object() instanceof FactObject.EntityRef ref && !ref.key().equals(f.subject())) {
                if (f.property().equals(NKG.country)) {
                    add(countries, f.subject(), ref.key());
                } else {
                    add(related, f.subject(), ref.key());
                    add(related, ref.key(), f.subject());
                }
            }
        }
    }

    /** The query for an entity, given the items already linked (entity key -> QID). */
    LinkQuery query(Entity e, Map<String, String> linked) {
        Set<String> countryKeys = countries.getOrDefault(e.key(), Set.of());
        Set<String> countryItems = items(countryKeys, linked);
        Set<String> relatedKeys = related.getOrDefault(e.key(), Set.of());
        Set<String> cooccurringKeys = new TreeSet<>();
        e.articleIds().forEach(a -> cooccurringKeys.addAll(articleEntities.getOrDefault(a, Set.of())));
        cooccurringKeys.remove(e.key());
        cooccurringKeys.removeAll(relatedKeys);
        cooccurringKeys.removeAll(countryKeys);
        LinkQuery.Context context = new LinkQuery.Context(countryItems,
                labels(relatedKeys), items(relatedKeys, linked),
                labels(cooccurringKeys), items(cooccurringKeys, linked));
        return new LinkQuery(e.label(), e.altLabels().stream().toList(), e.type(), context);
    }

    private Set<String> labels(Set<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            Entity e = byKey.get(k);
            if (e != null) {
                out.add(e.label());
            }
        }
        return out;
    }

    private static Set<String> items(Set<String> keys, Map<String, String> linked) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            String qid = linked.get(k);
            if (qid != null) {
                out.add(qid);
            }
        }
        return out;
    }

    private static void add(Map<String, Set<String>> map, String from, String to) {
        map.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
    }
}
