package org.newskg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The knowledge graph as tools such as Gephi and Cytoscape see it: entities as nodes, relations
 * between entities as directed edges, value facts as node attributes. Articles, evidence,
 * statements and rules are not nodes; they show as counts (articles mentioning a node, evidence
 * sentences of an edge). Nodes are sorted by IRI, edges by source, property and target.
 *
 * @param valueAttributes names of the value attributes every node may carry (local names of the
 *                        ontology's value properties), in column order
 */
public record PropertyGraph(List<String> valueAttributes, List<Node> nodes, List<Edge> edges) {
    public PropertyGraph {
        valueAttributes = List.copyOf(valueAttributes);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An entity.
     *
     * @param iri      the entity's IRI, its id
     * @param label    its rdfs:label
     * @param type     local name of its most specific ontology class
     * @param wikidata Wikidata QID from owl:sameAs, when linked
     * @param articles number of articles that mention it (nkg:mentionedIn)
     * @param values   value facts by attribute name; several values of one property are joined with "; "
     */
    public record Node(String iri, String label, String type, Optional<String> wikidata, int articles,
                       Map<String, String> values) {
        public Node {
            values = Map.copyOf(values);
        }
    }

    /**
     * A fact between two entities.
     *
     * @param source        subject IRI
     * @param target        object IRI
     * @param property      property IRI
     * @param label         the property's label in the ontology
     * @param confidence    the fact's confidence, from its rdf:Statement; empty when it has none
     * @param evidenceCount number of evidence sentences of the fact
     * @param statement     IRI of the rdf:Statement that carries confidence and evidence, when there is one
     */
    public record Edge(String source, String target, String property, String label, OptionalDouble confidence,
                       int evidenceCount, Optional<String> statement) {}

    /** Node attributes besides the id and the label, which each format writes in its own way. */
    public List<Attribute<Node>> nodeAttributes() {
        List<Attribute<Node>> attributes = new ArrayList<>(List.of(
                new Attribute<>("type", Attribute.Type.STRING, Node::type),
                new Attribute<>("wikidata", Attribute.Type.STRING, n -> n.wikidata().orElse(null)),
                new Attribute<>("articles", Attribute.Type.INTEGER, Node::articles)));
        for (String name : valueAttributes) {
            attributes.add(new Attribute<>(name, Attribute.Type.STRING, n -> n.values().get(name)));
        }
        return attributes;
    }

    /** Edge attributes besides the endpoints and the label, which each format writes in its own way. */
    public List<Attribute<Edge>> edgeAttributes() {
        return List.of(
                new Attribute<>("property", Attribute.Type.STRING, Edge::property),
                new Attribute<>("confidence", Attribute.Type.DOUBLE,
                        e -> e.confidence().isPresent() ? e.confidence().getAsDouble() : null),
                new Attribute<>("evidenceCount", Attribute.Type.INTEGER, Edge::evidenceCount),
                new Attribute<>("statement", Attribute.Type.STRING, e -> e.statement().orElse(null)));
    }
}
