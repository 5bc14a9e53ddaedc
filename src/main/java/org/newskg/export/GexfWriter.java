package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link PropertyGraph} as GEXF 1.2draft (https://gexf.net/), Gephi's own format, with the
 * node and edge attributes declared. Node ids are the entities' IRIs. 1.2draft rather than 1.3
 * because both Gephi and networkx read it, and networkx reads no 1.3. 1.2draft has no edge
 * {@code kind} (1.3 added it): each edge has its own id, its property as label and as the
 * {@code property} attribute, and a reader that joins edges between the same two nodes (Gephi's
 * import, by its merge strategy) can still tell which facts it joined.
 */
public final class GexfWriter {
    public static final String NS = "http://www.gexf.net/1.2draft";
    static final String SCHEMA_URL = "http://www.gexf.net/1.2draft/gexf.xsd";

    private GexfWriter() {}

    public static void write(PropertyGraph graph, OutputStream out) throws IOException {
        List<Attribute<PropertyGraph.Node>> nodeAttributes = graph.nodeAttributes();
        List<Attribute<PropertyGraph.Edge>> edgeAttributes = graph.edgeAttributes();
        try {
            XmlOut xml = new XmlOut(out);
            xml.root(NS, "gexf", SCHEMA_URL, "version", "1.2");
            xml.start("meta");
            xml.text("creator", "newskg");
            xml.text("description", "Entities and the facts between them, extracted from news articles");
            xml.end();
            xml.start("graph", "defaultedgetype", "directed", "mode", "static");
            declare(xml, "node", nodeAttributes);
            declare(xml, "edge", edgeAttributes);

            xml.start("nodes", "count", Integer.toString(graph.nodes().size()));
            for (PropertyGraph.Node n : graph.nodes()) {
                xml.start("node", "id", n.iri(), "label", n.label());
                values(xml, nodeAttributes, n);
                xml.end();
            }
            xml.end();

            xml.start("edges", "count", Integer.toString(graph.edges().size()));
            for (int i = 0; i < graph.edges().size(); i++) {
                PropertyGraph.Edge e = graph.edges().get(i);
                xml.start("edge", "id", Ids.edge(i), "source", e.source(), "target", e.target(), "label", e.label());
                values(xml, edgeAttributes, e);
                xml.end();
            }
            xml.end();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void declare(XmlOut xml, String attributeClass, List<? extends Attribute<?>> attributes) throws XMLStreamException {
        xml.start("attributes", "class", attributeClass, "mode", "static");
        for (Attribute<?> a : attributes) {
            String gexfType = switch (a.type()) {
                case STRING -> "string";
                case INTEGER -> "integer";
                case DOUBLE -> "double";
            };
            xml.empty("attribute", "id", a.name(), "title", a.name(), "type", gexfType);
        }
        xml.end();
    }

    private static <T> void values(XmlOut xml, List<Attribute<T>> attributes, T element) throws XMLStreamException {
        xml.start("attvalues");
        for (Attribute<T> a : attributes) {
            Object value = a.of(element);
            if (value != null) {
                xml.empty("attvalue", "for", a.name(), "value", value.toString());
            }
        }
        xml.end();
    }
}
