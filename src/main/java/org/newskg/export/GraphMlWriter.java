package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link PropertyGraph} as GraphML (http://graphml.graphdrawing.org/), which Gephi,
 * Cytoscape and yEd open. Every attribute is declared with a {@code <key>}. GraphML ids must be
 * XML name tokens, which IRIs are not, so nodes are {@code n0, n1, ...} and carry their IRI in the
 * {@code iri} attribute; edges are {@code e0, e1, ...}.
 */
public final class GraphMlWriter {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String SCHEMA_URL = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private GraphMlWriter() {}

    public static void write(PropertyGraph graph, OutputStream out) throws IOException {
        List<Attribute<PropertyGraph.Node>> nodeAttributes = graph.nodeAttributes();
        List<Attribute<PropertyGraph.Edge>> edgeAttributes = graph.edgeAttributes();
        try {
            XmlOut xml = new XmlOut(out);
            xml.root(NS, "graphml", SCHEMA_URL);
            key(xml, "node", "iri", Attribute.Type.STRING);
            key(xml, "node", "label", Attribute.Type.STRING);
            for (Attribute<?> a : nodeAttributes) {
                key(xml, "node", a.name(), a.type());
            }
            key(xml, "edge", "label", Attribute.Type.STRING);
            for (Attribute<?> a : edgeAttributes) {
                key(xml, "edge", a.name(), a.type());
            }
            xml.start("graph", "id", "newskg", "edgedefault", "directed");
            Ids ids = new Ids(graph);
            for (PropertyGraph.Node n : graph.nodes()) {
                xml.start("node", "id", ids.node(n.iri()));
                data(xml, "node", "iri", n.iri());
                data(xml, "node", "label", n.label());
                for (Attribute<PropertyGraph.Node> a : nodeAttributes) {
                    data(xml, "node", a.name(), a.of(n));
                }
                xml.end();
            }
            for (int i = 0; i < graph.edges().size(); i++) {
                PropertyGraph.Edge e = graph.edges().get(i);
                xml.start("edge", "id", Ids.edge(i), "source", ids.node(e.source()), "target", ids.node(e.target()));
                data(xml, "edge", "label", e.label());
                for (Attribute<PropertyGraph.Edge> a : edgeAttributes) {
                    data(xml, "edge", a.name(), a.of(e));
                }
                xml.end();
            }
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    /** Key ids are unique across nodes and edges, which both have a label. */
    private static String keyId(String domain, String name) {
        return domain + "_" + name;
    }

    private static void key(XmlOut xml, String domain, String name, Attribute.Type type) throws XMLStreamException {
        String graphMlType = switch (type) {
            case STRING -> "string";
            case INTEGER -> "int";
            case DOUBLE -> "double";
        };
        xml.empty("key", "id", keyId(domain, name), "for", domain, "attr.name", name, "attr.type", graphMlType);
    }

    private static void data(XmlOut xml, String domain, String name, Object value) throws XMLStreamException {
        if (value != null) {
            xml.text("data", value.toString(), "key", keyId(domain, name));
        }
    }
}
