package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.vocab.NKG;

/** Starts the real server on a free port and talks to it over HTTP. */
class KgServerTest {
    private static final String ORG = NKG.DATA + "entity/acme";
    private static final String PERSON = NKG.DATA + "entity/jane_doe";
    private static final String ALLOWED_ORIGIN = "https://pages.example.org";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long MAX_REQUEST_BYTES = 64 * 1024;
    private static final int RESULT_BUFFER_BYTES = 256 * 1024;
    private static final String LABELS = "SELECT ?label WHERE { ?s <" + RDFS.label.getURI() + "> ?label } ORDER BY ?label";

    private static KgServer server;
    private static Dataset dataset;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Model m = dataset.getDefaultModel();
            Resource org = m.createResource(ORG, NKG.Company).addProperty(RDFS.label, "Acme");
            Resource person = m.createResource(PERSON, NKG.Person).addProperty(RDFS.label, "Jane Doe");
            org.addProperty(NKG.foundedBy, person);
        });
        server = KgServer.builder()
                .dataset(dataset)
                .port(0)
                // Short, for the tests of the timeout; long enough for the first query of a cold JVM on a busy machine.
                .timeout(TIMEOUT)
                .corsOrigin(ALLOWED_ORIGIN)
                .maxRequestBytes(MAX_REQUEST_BYTES)
                .resultBufferBytes(RESULT_BUFFER_BYTES)
                .extraSetup(b -> b.addServlet("/kg/hello", new HelloServlet()))
                .build()
                .start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void reportsTheActualPortWhenAskedForAFreeOne() {
        assertNotEquals(0, server.port());
        assertEquals("http://localhost:" + server.port() + "/kg/sparql", server.sparqlUrl());
    }

    @Test
    void selectByGetReturnsJsonResults() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(LABELS), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals("Acme,Jane Doe", labels(r.body()));
    }

    @Test
    void selectByPostReturnsJsonResults() throws Exception {
        for (String endpoint : new String[] {"/kg/sparql", "/kg/query"}) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + endpoint.substring(1)))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(LABELS))
                    .build();
            HttpResponse<String> r = send(req);
            assertEquals(200, r.statusCode(), endpoint);
            assertEquals("Acme,Jane Doe", labels(r.body()), endpoint);
        }
    }

    @Test
    void corsLetsOnlyTheListedOriginsReadAndNeverWithCredentials() throws Exception {
        HttpResponse<String> listed = send(fromOrigin(ALLOWED_ORIGIN).GET().build());
        assertEquals(200, listed.statusCode());
        assertEquals(ALLOWED_ORIGIN, listed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(listed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), listed.headers().toString());

        HttpResponse<String> other = send(fromOrigin("https://evil.example").GET().build());
        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), other.headers().toString());
    }

    @Test
    void corsPreflightIsAnsweredForListedOriginsOnly() throws Exception {
        HttpResponse<String> listed = send(fromOrigin(ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(listed.statusCode() < 300, "preflight answered " + listed.statusCode());
        assertEquals(ALLOWED_ORIGIN, listed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(listed.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(listed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpResponse<String> other = send(fromOrigin("https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"", "explore/", "explore/index.html", "kg/sparql?query=" + encode(LABELS),
                "kg/export/void.ttl", "kg/export/nothing.txt", "no/such/page", "$/server"}) {
            HttpResponse<String> r = get(server.baseUrl() + path, "*/*");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": CSP " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    /** The UI's page gets the style sheet that hides adding and editing data and says the endpoint is read-only. */
    @Test
    void theUiPageSaysTheEndpointIsReadOnly() throws Exception {
        for (String path : new String[] {"", "index.html"}) {
            HttpResponse<String> page = get(server.baseUrl() + path, "text/html");
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(page.body().contains("<link rel=\"stylesheet\" href=\"./read-only-ui.css\">"), page.body());
            assertTrue(page.body().contains("<div id=\"app\">"), "the UI's own page, with the sheet added: " + page.body());
        }
        HttpResponse<String> style = get(server.baseUrl() + "read-only-ui.css", "text/css");
        assertEquals(200, style.statusCode());
        assertTrue(style.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(style.body().contains(".dataset-add-data") && style.body().contains("read-only"), style.body());
    }

    @Test
    void javaExtensionFunctionsAreNotLoaded() throws Exception {
        String function = "SELECT ?v WHERE { BIND(<java:org.apache.jena.sparql.function.library.FN_Abs>(-3) AS ?v) }";
        String propertyFunction = "SELECT ?v WHERE { ?v <java:org.apache.jena.sparql.pfunction.library.assign> \"loaded\" }";
        // Plain ARQ loads both classes by name: the queries would bind ?v.
        assertEquals(1, Txn.calculateRead(dataset, () -> rowsWithV(QueryExecutionFactory.create(function, dataset).execSelect())));
        assertEquals(1, Txn.calculateRead(dataset, () -> rowsWithV(QueryExecutionFactory.create(propertyFunction, dataset).execSelect())));

        HttpResponse<String> f = get(server.sparqlUrl() + "?query=" + encode(function), "application/sparql-results+json");
        assertEquals(200, f.statusCode());
        assertEquals(0, rowsWithV(results(f.body())), f.body());
        HttpResponse<String> pf = get(server.sparqlUrl() + "?query=" + encode(propertyFunction), "application/sparql-results+json");
        assertEquals(0, pf.statusCode() == 200 ? rowsWithV(results(pf.body())) : 0, pf.body());
    }

    @Test
    void catastrophicRegexStopsAtTheTimeout() throws Exception {
        assertAnswers503AtTheTimeout("ASK { FILTER(REGEX(\"" + "a".repeat(32) + "!\", \"^(a+)+\\\\1$\")) }");
        assertEquals(200, get(server.sparqlUrl() + "?query=" + encode(LABELS), "application/sparql-results+json").statusCode());
    }

    @Test
    void regexStillMatchesWithinTheTimeout() throws Exception {
        String select = "SELECT ?label WHERE { ?s <" + RDFS.label.getURI() + "> ?label FILTER(REGEX(?label, \"^ja\", \"i\")) }";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(select), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("Jane Doe", labels(r.body()));
    }

    @Test
    void catastrophicReplaceStopsAtTheTimeout() throws Exception {
        assertAnswers503AtTheTimeout("SELECT (REPLACE(\"" + "a".repeat(32) + "!\", \"^(a+)+\\\\1$\", \"x\") AS ?r) WHERE {}");
    }

    /** A query whose match alone would take minutes answers 503, within a bound generous for a shared machine. */
    private void assertAnswers503AtTheTimeout(String query) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(query), "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(took.compareTo(TIMEOUT.multipliedBy(10)) < 0, "answered after " + took);
    }

    @Test
    void replaceStillReplacesWithinTheTimeout() throws Exception {
        String select = "SELECT (REPLACE(?l, \"Doe\", \"Roe\") AS ?label) WHERE { ?s <" + RDFS.label.getURI()
                + "> ?l FILTER(REGEX(?l, \"^Jane\")) }";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(select), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("Jane Roe", labels(r.body()));
    }

    @Test
    void requestBodyOverTheLimitIsRefusedWith413() throws Exception {
        String padded = LABELS + " #" + "x".repeat((int) MAX_REQUEST_BYTES);
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(padded))
                .build();
        HttpResponse<String> r = sendOnNewConnection(req);
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("limit of " + MAX_REQUEST_BYTES + " bytes"), r.body());

        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(LABELS.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> c = sendOnNewConnection(chunked);
        assertEquals(411, c.statusCode());
        assertTrue(c.body().contains("Content-Length"), c.body());
    }

    @Test
    void graphStoreGetReturnsTurtle() throws Exception {
        HttpResponse<String> r = get(server.datasetUrl("kg") + "/data?default", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(ORG), NKG.foundedBy, m.createResource(PERSON)));
        assertTrue(m.contains(m.createResource(PERSON), RDF.type, NKG.Person));
    }

    @Test
    void sparqlUpdateIsRefused() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:p> \"hacked\" }";
        for (String endpoint : new String[] {"kg/sparql", "kg/query", "kg/data", "kg", "kg/update"}) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update))
                    .build();
            assertRefused(sendOnNewConnection(req).statusCode(), "update at " + endpoint);
        }
        assertUnchanged();
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        String turtle = "<urn:x> <urn:p> \"hacked\" .";
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            for (String endpoint : new String[] {"kg/data?default", "kg?default", "kg/upload"}) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + endpoint))
                        .header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString(turtle))
                        .build();
                assertRefused(sendOnNewConnection(req).statusCode(), method + " " + endpoint);
            }
        }
        assertUnchanged();
    }

    @Test
    void noAdminApiToCreateOrDeleteDatasets() throws Exception {
        HttpRequest create = HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem"))
                .build();
        assertRefused(sendOnNewConnection(create).statusCode(), "POST /$/datasets");
        HttpRequest delete = HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/datasets/kg")).DELETE().build();
        assertRefused(send(delete).statusCode(), "DELETE /$/datasets/kg");
        assertUnchanged();
    }

    @Test
    void uiIsServedAtTheRootAndFindsTheDataset() throws Exception {
        HttpResponse<String> root = get(server.baseUrl(), "text/html");
        assertEquals(200, root.statusCode());
        assertTrue(root.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(root.body().contains("<html"), root.body());

        HttpResponse<String> status = get(server.baseUrl() + "$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        assertFalse(status.body().contains("version") || status.body().contains("uptime"), status.body());
    }

    @Test
    void statisticsAndPingAreNotServed() throws Exception {
        for (String path : new String[] {"$/stats", "$/stats/kg", "$/ping", "$/metrics", "$/tasks"}) {
            assertEquals(404, get(server.baseUrl() + path, "application/json").statusCode(), path);
        }
    }

    @Test
    void badQueryAnswers400AndTheServerKeepsAnswering() throws Exception {
        HttpResponse<String> bad = get(server.sparqlUrl() + "?query=" + encode("SELECT WHERE { ?s ?p"), "application/sparql-results+json");
        assertEquals(400, bad.statusCode());
        HttpResponse<String> next = get(server.sparqlUrl() + "?query=" + encode(LABELS), "application/sparql-results+json");
        assertEquals(200, next.statusCode());
        assertEquals("Acme,Jane Doe", labels(next.body()));
    }

    @Test
    void runawayQueryIsCancelledAndTheServerKeepsAnswering() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { " + runawayJoin(20) + " }";
        HttpResponse<String> slow = get(server.sparqlUrl() + "?query=" + encode(count), "application/sparql-results+json");
        assertEquals(503, slow.statusCode());
        assertEquals(200, get(server.sparqlUrl() + "?query=" + encode(LABELS), "application/sparql-results+json").statusCode());
    }

    @Test
    void answerCutByTheTimeoutWithinTheBufferIsA503NotATruncated200() throws Exception {
        // The five triples come at once, then counting the runaway join keeps the query busy until the timeout.
        String query = "SELECT * WHERE { { ?s ?p ?o } UNION { SELECT (COUNT(*) AS ?n) WHERE { " + runawayJoin(20) + " } } }";
        for (String accept : new String[] {"application/sparql-results+json", "text/csv", "application/sparql-results+xml"}) {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(query), accept);
            assertEquals(503, r.statusCode(), accept + ": " + r.body());
            assertTrue(r.body().startsWith("query: cancelled"), r.body());
        }
        HttpResponse<String> whole = get(server.sparqlUrl() + "?query=" + encode(LABELS), "application/sparql-results+json");
        assertEquals(String.valueOf(whole.body().getBytes(StandardCharsets.UTF_8).length),
                whole.headers().firstValue("Content-Length").orElse(""), "a complete answer says its length");
    }

    @Test
    void answerCutByTheTimeoutBeyondTheBufferEndsInATransferError() {
        // 5^8 rows of 24 bindings, many megabytes of JSON, come before the runaway join.
        String rows = runawayJoin(8).replace("?s", "?t").replace("?p", "?q").replace("?o", "?u");
        String query = "SELECT * WHERE { { " + rows + " } UNION { SELECT (COUNT(*) AS ?n) WHERE { " + runawayJoin(20) + " } } }";
        IOException cut = assertThrows(IOException.class,
                () -> get(server.sparqlUrl() + "?query=" + encode(query), "application/sparql-results+json"));
        assertFalse(cut instanceof java.net.http.HttpTimeoutException, "the server answered: " + cut);
    }

    @Test
    void extraSetupAddsRoutes() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "kg/hello", "text/plain");
        assertEquals(200, r.statusCode());
        assertEquals("hello", r.body());
    }

    @Test
    void builderRejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().port(70000));
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().timeout(Duration.ZERO));
        assertThrows(IllegalStateException.class, () -> KgServer.builder().build());
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().dataset(dataset).readOnlyDataset("kg", dataset));
    }

    /** The 5 triples joined with themselves {@code n} times: 5^n rows, days of work for n = 20 unless cancelled. */
    private static String runawayJoin(int n) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < n; i++) {
            q.append(" ?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" .");
        }
        return q.toString();
    }

    private static HttpRequest.Builder fromOrigin(String origin) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode(LABELS)))
                .header("Origin", origin)
                .header("Accept", "application/sparql-results+json");
    }

    private static ResultSet results(String json) {
        return ResultSetMgr.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    private static int rowsWithV(ResultSet rs) {
        int rows = 0;
        while (rs.hasNext()) {
            rows += rs.next().contains("v") ? 1 : 0;
        }
        return rows;
    }

    private static void assertRefused(int status, String request) {
        assertTrue(status >= 400 && status < 500, request + " answered " + status);
    }

    private static void assertUnchanged() {
        long size = Txn.calculateRead(dataset, () -> dataset.getDefaultModel().size());
        assertEquals(5, size);
        assertEquals(0, Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().size()));
    }

    private static String labels(String json) {
        ResultSet rs = results(json);
        StringBuilder sb = new StringBuilder();
        rs.forEachRemaining(row -> sb.append(sb.length() == 0 ? "" : ",").append(row.getLiteral("label").getString()));
        return sb.toString();
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest req) throws IOException, InterruptedException {
        // A safety net so that a hanging server fails the test instead of blocking the build.
        HttpRequest bounded = HttpRequest.newBuilder(req, (k, v) -> true).timeout(Duration.ofSeconds(60)).build();
        // Jetty closes a connection whose request body it refused without reading; a pooled
        // connection could be picked for the next request just as it closes, and that request would
        // get no answer at all. A request with a body gets a connection of its own.
        HttpClient client = req.bodyPublisher().isPresent() ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build() : http;
        return client.send(bounded, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Jetty may close the connection after refusing a request whose body it did not read, and
     * HttpClient does not retry a POST or PUT on a pooled connection that turns out closed.
     */
    private static HttpResponse<String> sendOnNewConnection(HttpRequest req) throws IOException, InterruptedException {
        HttpRequest bounded = HttpRequest.newBuilder(req, (k, v) -> true).timeout(Duration.ofSeconds(60)).build();
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(bounded, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A route added through {@link KgServer.Builder#extraSetup}. */
    private static final class HelloServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().print("hello");
        }
    }
}
