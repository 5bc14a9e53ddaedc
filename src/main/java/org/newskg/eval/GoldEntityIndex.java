package org.newskg.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.vocab.NKG;

/**
 * Tells which gold entities a graph node stands for, from its labels (rule 2 of the gold README),
 * matched against each entity's aliases and its canonical name.
 */
final class GoldEntityIndex {
    private final Map<String, Set<String>> entitiesByAliasKey = new HashMap<>();

    GoldEntityIndex(GoldSet gold) {
        for (GoldEntity e : gold.entities()) {
            // the canonical name stands for the entity too, though annotators list only the text's
            // surface forms as aliases ("United States" with "U.S.|US|America")
            entitiesByAliasKey.computeIfAbsent(NameKey.of(e.name()), k -> new TreeSet<>()).add(e.name());
            for (String alias : e.aliases()) {
                entitiesByAliasKey.computeIfAbsent(NameKey.of(alias), k -> new TreeSet<>()).add(e.name());
            }
        }
    }

    /**
     * The node's reading: the entities its rdfs:labels match; failing that, the one entity its
     * skos:altLabels match. Ontology terms are vocabulary, not things the news talks about, so a
     * class that shares a name with a gold entity (a graph that embeds the ontology) stands for nothing.
     */
    NodeReading read(Resource node) {
        if (node.isURIResource() && node.getURI().startsWith(NKG.NS)) {
            return NodeReading.NONE;
        }
        SortedSet<String> byLabel = matches(node, RDFS.label);
        if (!byLabel.isEmpty()) {
            return new NodeReading(byLabel, Set.of());
        }
        SortedSet<String> byAltLabel = matches(node, SKOS.altLabel);
        return byAltLabel.size() == 1 ? new NodeReading(byAltLabel, Set.of()) : new NodeReading(Set.of(), byAltLabel);
    }

    private SortedSet<String> matches(Resource node, Property labelProperty) {
        SortedSet<String> entities = new TreeSet<>();
        node.listProperties(labelProperty).forEachRemaining(s -> {
            RDFNode label = s.getObject();
            if (label.isLiteral()) {
                entities.addAll(entitiesByAliasKey.getOrDefault(NameKey.of(label.asLiteral().getLexicalForm()), Set.of()));
            }
        });
        return entities;
    }

    /**
     * The gold entities a node stands for (usually none or one), and the candidates when its
     * altLabels fit several, which then means none.
     */
    record NodeReading(Set<String> entities, Set<String> ambiguous) {
        static final NodeReading NONE = new NodeReading(Set.of(), Set.of());

        /** How reports show the reading after the node's label. */
        String describe() {
            if (!entities.isEmpty()) {
                return "[= " + String.join(" | ", entities) + "]";
            }
            return ambiguous.isEmpty() ? "[not in gold]" : "[ambiguous: " + String.join(" | ", ambiguous) + "]";
        }
    }
}
