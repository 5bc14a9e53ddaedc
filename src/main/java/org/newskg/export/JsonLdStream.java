package org.newskg.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD written as the triples arrive: a {@link StreamRDF} that writes the expanded document
 * form of JSON-LD 1.1 (full IRIs, no {@code @context}), one node object per run of triples with
 * the same subject and one {@code {"@id": G, "@graph": [...]}} object per run of quads in the same
 * named graph. It holds one subject's triples at a time, not the graph: Jena's JSON-LD writers
 * build the whole document first. Triples of one subject that do not arrive together give two
 * node objects with the same {@code @id}, which JSON-LD processors merge, so the document means
 * the same whatever the order of the stream.
 */
public final class JsonLdStream implements StreamRDF {
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final JsonWriter json;
    private Node graph;
    private Node subject;
    private final List<String> types = new ArrayList<>();
    private final Map<String, List<Node>> properties = new LinkedHashMap<>();

    public JsonLdStream(OutputStream out) {
        this.json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void start() {
        io(json::beginArray);
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.isDefaultGraph() ? null : quad.getGraph();
        if (!quad.getSubject().equals(subject) || !Objects.equals(g, graph)) {
            endNode();
            if (!Objects.equals(g, graph)) {
                endGraph();
                startGraph(g);
            }
            subject = quad.getSubject();
        }
        if (quad.getPredicate().equals(RDF.Nodes.type) && (quad.getObject().isURI() || quad.getObject().isBlank())) {
            types.add(id(quad.getObject()));
        } else {
            properties.computeIfAbsent(quad.getPredicate().getURI(), p -> new ArrayList<>()).add(quad.getObject());
        }
    }

    @Override
    public void base(String base) {
        // Expanded form has full IRIs: nothing to declare.
    }

    @Override
    public void prefix(String prefix, String iri) {
        // Expanded form has full IRIs: nothing to declare.
    }

    @Override
    public void finish() {
        endNode();
        endGraph();
        io(() -> {
            json.endArray();
            json.flush();
        });
    }

    private void startGraph(Node g) {
        graph = g;
        if (g != null) {
            io(() -> {
                json.beginObject().name("@id").value(id(g));
                json.name("@graph").beginArray();
            });
        }
    }

    private void endGraph() {
        if (graph != null) {
            io(() -> json.endArray().endObject());
        }
        graph = null;
    }

    private void endNode() {
        if (subject == null) {
            return;
        }
        io(() -> {
            json.beginObject().name("@id").value(id(subject));
            if (!types.isEmpty()) {
                json.name("@type").beginArray();
                for (String t : types) {
                    json.value(t);
                }
                json.endArray();
            }
            for (Map.Entry<String, List<Node>> p : properties.entrySet()) {
                json.name(p.getKey()).beginArray();
                for (Node o : p.getValue()) {
                    value(o);
                }
                json.endArray();
            }
            json.endObject();
        });
        subject = null;
        types.clear();
        properties.clear();
    }

    private void value(Node o) throws IOException {
        json.beginObject();
        if (o.isLiteral()) {
            json.name("@value").value(o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) {
                json.name("@language").value(o.getLiteralLanguage());
            } else if (!XSD_STRING.equals(o.getLiteralDatatypeURI())) {
                json.name("@type").value(o.getLiteralDatatypeURI());
            }
        } else {
            json.name("@id").value(id(o));
        }
        json.endObject();
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    private interface JsonStep {
        void run() throws IOException;
    }

    /** A failed write (the client went away) ends the stream like a failed write of Jena's writers. */
    private static void io(JsonStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
