package org.newskg.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link PropertyGraph} as Cytoscape.js JSON ({@code .cyjs}): {@code {"elements":
 * {"nodes": [{"data": {...}}], "edges": [...]}}}, which Cytoscape.js loads directly and Cytoscape
 * desktop imports. Node ids are the entities' IRIs, edge ids {@code e0, e1, ...}. Nodes carry their
 * label twice, as {@code label} and as {@code name}, the column Cytoscape desktop shows by default.
 */
public final class CytoscapeJsonWriter {
    private CytoscapeJsonWriter() {}

    public static void write(PropertyGraph graph, OutputStream out) throws IOException {
        // Not closed: the stream belongs to the caller (a file, or a servlet response).
        JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        json.setIndent("  ");
        json.beginObject();
        json.name("format_version").value("1.0");
        json.name("generated_by").value("newskg");
        json.name("target_cytoscapejs_version").value("~3");
        json.name("data").beginObject().name("name").value("newskg").endObject();
        json.name("elements").beginObject();

        List<Attribute<PropertyGraph.Node>> nodeAttributes = graph.nodeAttributes();
        json.name("nodes").beginArray();
        for (PropertyGraph.Node n : graph.nodes()) {
            json.beginObject().name("data").beginObject();
            json.name("id").value(n.iri());
            json.name("label").value(n.label());
            json.name("name").value(n.label());
            values(json, nodeAttributes, n);
            json.endObject().endObject();
        }
        json.endArray();

        List<Attribute<PropertyGraph.Edge>> edgeAttributes = graph.edgeAttributes();
        json.name("edges").beginArray();
        for (int i = 0; i < graph.edges().size(); i++) {
            PropertyGraph.Edge e = graph.edges().get(i);
            json.beginObject().name("data").beginObject();
            json.name("id").value(Ids.edge(i));
            json.name("source").value(e.source());
            json.name("target").value(e.target());
            json.name("label").value(e.label());
            values(json, edgeAttributes, e);
            json.endObject().endObject();
        }
        json.endArray();

        json.endObject();
        json.endObject();
        json.flush();
    }

    private static <T> void values(JsonWriter json, List<Attribute<T>> attributes, T element) throws IOException {
        for (Attribute<T> a : attributes) {
            Object value = a.of(element);
            if (value instanceof Number number) {
                json.name(a.name()).value(number);
            } else if (value != null) {
                json.name(a.name()).value(value.toString());
            }
        }
    }
}
