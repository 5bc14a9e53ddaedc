package org.newskg.entities;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/** The summed type votes of each cluster (by its representative key), and the type they elect. */
final class TypeVotes {
    private final Map<String, Map<EntityType, Double>> byCluster = new HashMap<>();

    void add(String cluster, EntityType type, double weight) {
        byCluster.computeIfAbsent(cluster, k -> new EnumMap<>(EntityType.class)).merge(type, weight, Double::sum);
    }

    /** The votes of a cluster (empty when nothing typed it). */
    Map<EntityType, Double> of(String cluster) {
        return byCluster.getOrDefault(cluster, Map.of());
    }

    /** The most general kind the votes elect (Person, Organization, ...), summing subtypes into their root; null without votes. */
    EntityType rootType(String cluster) {
        Map<EntityType, Double> byRoot = new EnumMap<>(EntityType.class);
        of(cluster).forEach((t, w) -> byRoot.merge(t.root(), w, Double::sum));
        return byRoot.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The root type when its votes add up to at least {@link Mention#FIRM_WEIGHT}; null when they are only a guess. */
    EntityType firmRootType(String cluster) {
        EntityType root = rootType(cluster);
        double weight = of(cluster).entrySet().stream().filter(e -> e.getKey().root() == root).mapToDouble(Map.Entry::getValue).sum();
        return weight >= Mention.FIRM_WEIGHT ? root : null;
    }

    /** The heaviest subtype of the elected root that has votes, or the root itself; null without votes. */
    EntityType type(String cluster) {
        EntityType root = rootType(cluster);
        if (root == null) {
            return null;
        }
        EntityType best = root;
        double bestWeight = -1;
        for (Map.Entry<EntityType, Double> e : of(cluster).entrySet()) {
            if (e.getKey().root() == root && e.getKey() != root && e.getValue() > bestWeight) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return best;
    }
}
