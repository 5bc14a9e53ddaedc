package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFormats;
import org.newskg.export.GexfWriter;
import org.newskg.export.NewsGraph;
import org.newskg.export.PropertyGraph;
import org.newskg.export.PropertyGraphBuilder;
import org.newskg.export.Readers;
import org.newskg.export.Subgraph;
import org.newskg.export.VoidDescription;
import org.newskg.store.GraphStore;
import org.newskg.vocab.NKG;
import org.newskg.vocab.RelationInventory;
import org.w3c.dom.Document;

/** The exports and the VoID description over HTTP, from a real server on a real TDB2 store. */
class ExportRoutesTest {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

    @TempDir
    static Path storeDir;

    private static ServedGraph served;
    private static GraphStore store;
    private static KgServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        // Exports run under the endpoint's timeout too: long enough for a cold JSON-LD writer on a busy machine.
        served = ServedGraph.start(storeDir, NewsGraph.model(), Duration.ofSeconds(5));
        store = served.store;
        server = served.server;
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void everyFormatIsServedWithItsMediaTypeAsADownload() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("graph.graphml", "application/graphml+xml"), Map.entry("graph.gexf", "application/gexf+xml"),
                Map.entry("graph.cyjs", "application/json"), Map.entry("graph-nodes.csv", "text/csv"),
                Map.entry("graph-edges.csv", "text/csv"), Map.entry("graph.jsonld", "application/ld+json"),
                Map.entry("graph.ttl", "text/turtle"), Map.entry("graph.trig", "application/trig"),
                Map.entry("graph.nq", "application/n-quads"), Map.entry("void.ttl", "text/turtle"),
                Map.entry("quickstatements.tsv", "text/tab-separated-values"));
        int parts = ExportFormats.ALL.stream().mapToInt(f -> f.parts().size()).sum();
        assertEquals(parts, expected.size(), "a format was added: give it a line here");
        for (var file : expected.entrySet()) {
            HttpResponse<byte[]> r = get(export(file.getKey()));
            assertEquals(200, r.statusCode(), file.getKey());
            assertTrue(header(r, "Content-Type").startsWith(file.getValue()), file.getKey() + ": " + header(r, "Content-Type"));
            assertEquals("attachment; filename=\"" + file.getKey() + "\"", header(r, "Content-Disposition"));
            // the test graph links nothing to Wikidata, so QuickStatements has no line to write
            assertTrue(r.body().length > 0 || file.getKey().equals("quickstatements.tsv"), file.getKey());
        }
    }

    @Test
    void graphMlAndGexfAreValidAndHoldEveryEntityAndFact() throws Exception {
        byte[] graphml = get(export("graph.graphml")).body();
        Readers.validate(graphml, Readers.GRAPHML_XSD);
        Document doc = Readers.dom(graphml);
        assertEquals(NewsGraph.ENTITIES, doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
        assertEquals(NewsGraph.RELATION_FACTS, doc.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength());

        byte[] gexf = get(export("graph.gexf")).body();
        Readers.validate(gexf, Readers.GEXF_XSD);
        assertEquals(NewsGraph.ENTITIES, Readers.dom(gexf).getElementsByTagNameNS(GexfWriter.NS, "node").getLength());
    }

    @Test
    void csvTablesAndCytoscapeJsonHoldEveryEntityAndFact() throws Exception {
        assertEquals(NewsGraph.ENTITIES, Readers.csv(get(export("graph-nodes.csv")).body()).size());
        assertEquals(NewsGraph.RELATION_FACTS, Readers.csv(get(export("graph-edges.csv")).body()).size());
        var cyjs = Readers.json(get(export("graph.cyjs")).body()).getAsJsonObject("elements");
        assertEquals(NewsGraph.ENTITIES, cyjs.getAsJsonArray("nodes").size());
        assertEquals(NewsGraph.RELATION_FACTS, cyjs.getAsJsonArray("edges").size());
    }

    @Test
    void rdfFormatsReadBackWithEveryTripleOfTheStore() throws Exception {
        Model stored = store.snapshot().getDefaultModel();
        // Blank nodes (the ontology's lists) are new ones after parsing: compare the ground triples, and the counts.
        Model ground = ModelFactory.createDefaultModel();
        stored.listStatements().filterKeep(s -> !s.getSubject().isAnon() && !s.getObject().isAnon()).forEachRemaining(ground::add);
        for (var file : Map.of("graph.ttl", Lang.TURTLE, "graph.jsonld", Lang.JSONLD, "graph.trig", Lang.TRIG, "graph.nq", Lang.NQUADS).entrySet()) {
            Dataset read = DatasetFactory.create();
            RDFParser.source(new ByteArrayInputStream(get(export(file.getKey())).body())).lang(file.getValue()).parse(read);
            Model all = ModelFactory.createDefaultModel().add(read.getDefaultModel());
            read.listModelNames().forEachRemaining(name -> all.add(read.getNamedModel(name)));
            assertTrue(all.containsAll(ground), file.getKey() + " lacks triples of the store");
            boolean hasVoid = all.contains(all.createResource(VoidDescription.DATASET), RDF.type, VOID.Dataset);
            // Streamed from the store: the store's triples and nothing else; VoID is served apart.
            assertEquals(stored.size(), all.size(), file.getKey() + " is not the store's triples");
            assertFalse(hasVoid, file.getKey() + " has VoID, which a streamed export cannot count first");
        }
    }

    @Test
    void subgraphParametersSelectTheSameAsTheExportCommand() throws Exception {
        RelationInventory inventory = RelationInventory.load();
        Model stored = store.snapshot().getDefaultModel();
        Map<String, Subgraph> cases = Map.of(
                "around=" + encode("liang wenfeng") + "&depth=1",
                new Subgraph(Optional.of("liang wenfeng"), 1, Set.of(), Set.of()),
                "around=" + encode(NewsGraph.H800) + "&depth=2&properties=manufacturedBy,usedChip",
                new Subgraph(Optional.of(NewsGraph.H800), 2, Set.of("manufacturedBy", "usedChip"), Set.of()),
                "types=Person&types=Organization",
                new Subgraph(Optional.empty(), 0, Set.of(), Set.of("Person", "Organization")));
        for (var c : cases.entrySet()) {
            PropertyGraph wanted = new PropertyGraphBuilder(inventory).build(stored, c.getValue());
            var cyjs = Readers.json(get(export("graph.cyjs?" + c.getKey())).body()).getAsJsonObject("elements");
            assertEquals(wanted.nodes().size(), cyjs.getAsJsonArray("nodes").size(), c.getKey());
            assertEquals(wanted.edges().size(), cyjs.getAsJsonArray("edges").size(), c.getKey());
            assertTrue(wanted.nodes().size() < NewsGraph.ENTITIES, c.getKey() + " should leave something out");
        }
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        Map<String, String> cases = Map.of(
                "graph.graphml?types=Planet", "types: unknown entity type 'Planet'",
                "graph.graphml?properties=marriedTo", "properties: unknown relation 'marriedTo'",
                "graph.graphml?around=Nobody", "around: no entity with IRI or label 'Nobody'",
                "graph.graphml?around=DeepSeek&depth=two", "depth: not a whole number",
                "graph.graphml?around=DeepSeek&depth=-1", "depth: must be 0 or more",
                "graph.graphml?depth=1", "depth needs around",
                "graph.gexf?colour=red", "unknown parameter 'colour'",
                "graph.graphml?around=DeepSeek&around=Nvidia", "around: given 2 times; it takes one value",
                "graph.graphml?around=DeepSeek&depth=1&depth=2", "depth: given 2 times; it takes one value",
                "construct.graphml?query=CONSTRUCT+WHERE+%7B%7D&query=CONSTRUCT+WHERE+%7B%7D", "query: given 2 times; it takes one value");
        for (var c : cases.entrySet()) {
            HttpResponse<byte[]> r = get(export(c.getKey()));
            assertEquals(400, r.statusCode(), c.getKey());
            assertTrue(text(r).startsWith(c.getValue()), c.getKey() + ": " + text(r));
        }
        HttpResponse<byte[]> post = send(HttpRequest.newBuilder(URI.create(export("graph.graphml"))).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", header(post, "Allow"));
        HttpResponse<byte[]> unknown = get(export("graph.svg"));
        assertEquals(404, unknown.statusCode());
        assertTrue(text(unknown).contains("graph.graphml"), text(unknown));
    }

    @Test
    void constructResultIsValidGraphMl() throws Exception {
        String construct = "PREFIX nkg: <" + NKG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "CONSTRUCT { ?org nkg:foundedBy ?person . ?org rdfs:label ?name . ?org nkg:foundingDate ?year . ?person a ?type }\n"
                + "WHERE { ?org nkg:foundedBy ?person ; rdfs:label ?name . ?person a ?type OPTIONAL { ?org nkg:foundingDate ?year } }";
        HttpResponse<byte[]> byGet = get(export("construct.graphml?query=" + encode(construct)));
        HttpResponse<byte[]> byPost = send(HttpRequest.newBuilder(URI.create(export("construct.graphml")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(construct)));
        for (HttpResponse<byte[]> r : List.of(byGet, byPost)) {
            assertEquals(200, r.statusCode(), text(r));
            assertTrue(header(r, "Content-Type").startsWith("application/graphml+xml"));
            Readers.validate(r.body(), Readers.GRAPHML_XSD);
            Document doc = Readers.dom(r.body());
            assertEquals(2, doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
            assertEquals(1, doc.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength());
            String xml = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("attr.name=\"foundingDate\"") && xml.contains(">2023<"), "literal values are node attributes");
            assertTrue(xml.contains(">Person<"), "the type comes from rdf:type");
        }
    }

    /** The README's founders example asks for the facts alone; the nodes still get their names and types. */
    @Test
    void constructNodesAreNamedAndTypedFromTheStore() throws Exception {
        String founders = "PREFIX nkg: <" + NKG.NS + ">\n"
                + "CONSTRUCT { ?org nkg:foundedBy ?person } WHERE { ?org nkg:foundedBy ?person }";
        HttpResponse<byte[]> r = get(export("construct.graphml?query=" + encode(founders)));
        assertEquals(200, r.statusCode(), text(r));
        Readers.validate(r.body(), Readers.GRAPHML_XSD);
        String xml = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains(">Liang Wenfeng<") && xml.contains(">Person<") && xml.contains(">Company<"), xml);
        assertFalse(xml.contains(">Resource<"), xml);
    }

    @Test
    void nonConstructOrMalformedQueriesAnswer400() throws Exception {
        HttpResponse<byte[]> select = get(export("construct.graphml?query=" + encode("SELECT * WHERE { ?s ?p ?o }")));
        assertEquals(400, select.statusCode());
        assertEquals("query: a CONSTRUCT query is needed, not SELECT", text(select).strip());
        HttpResponse<byte[]> malformed = get(export("construct.graphml?query=" + encode("CONSTRUCT WHERE { ?s ?p")));
        assertEquals(400, malformed.statusCode());
        assertTrue(text(malformed).startsWith("query: ") && text(malformed).contains("line 1"), text(malformed));
        HttpResponse<byte[]> missing = get(export("construct.graphml"));
        assertEquals(400, missing.statusCode());
        assertTrue(text(missing).startsWith("query: missing"), text(missing));
    }

    @Test
    void refusedServiceInConstructAnswers422LikeTheSparqlEndpoint() throws Exception {
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        HttpResponse<byte[]> export = get(export("construct.graphml?query=" + encode(construct)));
        assertEquals(422, export.statusCode(), text(export));
        assertTrue(header(export, "Content-Type").startsWith("text/plain"), header(export, "Content-Type"));
        assertTrue(text(export).startsWith("query: SERVICE <http://127.0.0.1:9/sparql> is not allowed"), text(export));
        HttpResponse<byte[]> sparql = get(server.sparqlUrl() + "?query=" + encode(construct));
        assertEquals(422, sparql.statusCode());
    }

    @Test
    void runawayConstructIsCancelledByTheEndpointTimeout() throws Exception {
        StringBuilder q = new StringBuilder("CONSTRUCT { ?s0 ?p0 ?o0 } WHERE {");
        for (int i = 0; i < 12; i++) {
            q.append(" ?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" .");
        }
        q.append(" }");
        HttpResponse<byte[]> r = get(export("construct.graphml?query=" + encode(q.toString())));
        assertEquals(503, r.statusCode(), text(r));
        assertTrue(text(r).startsWith("query: cancelled"), text(r));
        assertEquals(200, get(export("graph.graphml")).statusCode());
    }

    @Test
    void voidDescriptionIsAtTheWellKnownPlace() throws Exception {
        HttpResponse<byte[]> r = get(server.baseUrl() + ".well-known/void");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), header(r, "Content-Type"));
        Model description = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(description);
        Resource dataset = description.createResource(VoidDescription.DATASET);
        assertTrue(description.contains(dataset, RDF.type, VOID.Dataset));
        assertTrue(description.contains(dataset, VOID.sparqlEndpoint, description.createResource(server.sparqlUrl())));
        assertEquals(store.size(), dataset.getProperty(VOID.triples).getLong());
        assertEquals(NewsGraph.ENTITIES, dataset.getProperty(VOID.entities).getInt());
        assertEquals(1, description.createResource(VoidDescription.WIKIDATA_LINKSET).getProperty(VOID.triples).getInt());
        assertEquals(400, get(server.baseUrl() + ".well-known/void?format=x").statusCode());
    }

    @Test
    void explorerPageAndCytoscapeAreServedFromTheJar() throws Exception {
        HttpResponse<byte[]> page = get(server.baseUrl() + "explore/");
        assertEquals(200, page.statusCode());
        assertTrue(header(page, "Content-Type").startsWith("text/html"));
        assertTrue(text(page).contains("data-sparql-endpoint=\"/kg/sparql\""), "the page is told where the endpoint is");
        assertTrue(text(page).contains("data-ontology=\"" + NKG.NS + "\""));

        HttpResponse<byte[]> byName = get(server.baseUrl() + "explore/index.html");
        assertEquals(200, byName.statusCode());
        assertEquals(text(page), text(byName));
        assertFalse(text(byName).contains("{{"), "no template placeholder is left unfilled");

        HttpResponse<byte[]> redirect = get(server.baseUrl() + "explore");
        assertEquals(302, redirect.statusCode());
        assertTrue(header(redirect, "Location").endsWith("/explore/"), header(redirect, "Location"));

        for (String script : List.of("explore/lib/cytoscape.min.js", "explore/explorer.js")) {
            HttpResponse<byte[]> js = get(server.baseUrl() + script);
            assertEquals(200, js.statusCode(), script);
            assertTrue(header(js, "Content-Type").startsWith("text/javascript"), script);
        }
        assertTrue(text(get(server.baseUrl() + "explore/lib/cytoscape.min.js")).contains("Cytoscape Consortium"));
        assertEquals(404, get(server.baseUrl() + "explore/missing.js").statusCode());
        int outside = get(server.baseUrl() + "explore/%2e%2e/simplelogger.properties").statusCode();
        assertTrue(outside == 400 || outside == 404, "a path out of the page's folder answered " + outside);
    }

    private static String export(String file) {
        return server.baseUrl() + "kg/export/" + file;
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder req) throws IOException, InterruptedException {
        // A safety net so that a hanging server fails the test instead of blocking the build.
        return http.send(req.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
