package org.newskg.model;

import java.io.Serializable;
import java.util.List;
import java.util.SortedSet;

/**
 * One thing the corpus talks about, after corpus-wide resolution of its mentions.
 *
 * @param key          stable key, unique in the graph, used to mint the entity's IRI
 * @param label        canonical name
 * @param altLabels    other surface forms found in the articles
 * @param type         most specific type the evidence supports
 * @param mentionCount how many mentions (names and references) resolve to it
 * @param articleIds   articles that mention it
 *
 * <p>Serializable, for the entities of a corpus to be sent to the executors of the Spark job.
 */
public record Entity(String key, String label, SortedSet<String> altLabels, EntityType type,
                     int mentionCount, SortedSet<String> articleIds) implements Serializable {
    public Entity {
        altLabels = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(altLabels));
        articleIds = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(articleIds));
    }

    /** Every name of the entity, canonical first. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        names.add(label);
        names.addAll(altLabels);
        return names;
    }
}
