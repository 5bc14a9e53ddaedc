package org.newskg.export;

import java.util.Optional;
import java.util.Set;

/**
 * Which part of the graph to export. Each part narrows the one before:
 * <ol>
 *   <li>{@code types}: only entities of these classes or their subclasses (empty: all);</li>
 *   <li>{@code properties}: only facts of these relations, and only the entities that take part in
 *       one of them (empty: all relations, all entities);</li>
 *   <li>{@code around}: only the entities at most {@code depth} facts away from this entity, in
 *       either direction; the entity itself is always kept.</li>
 * </ol>
 * Types and relations are named by local name, {@code nkg:} name or IRI; the entity by IRI or by
 * label (rdfs:label, else skos:altLabel; case does not matter).
 */
public record Subgraph(Optional<String> around, int depth, Set<String> properties, Set<String> types) {
    public static final Subgraph WHOLE = new Subgraph(Optional.empty(), 0, Set.of(), Set.of());

    public Subgraph {
        properties = Set.copyOf(properties);
        types = Set.copyOf(types);
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more, not " + depth);
        }
    }

    /** True when nothing is left out. */
    public boolean isWhole() {
        return around.isEmpty() && properties.isEmpty() && types.isEmpty();
    }
}
