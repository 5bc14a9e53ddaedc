package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SERVICE over HTTP against real servers: Wikidata's address answered from the local extract, or
 * forwarded to a loopback Fuseki standing in for Wikidata; every other address refused without a
 * request reaching it.
 */
class ServicePolicyTest {
    private static final String PREFIXES = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            """;
    private static final String LABEL_FROM_WIKIDATA = PREFIXES + """
            SELECT ?name ?wikidataLabel WHERE {
              ?e rdfs:label ?name ; owl:sameAs ?item .
              SERVICE <https://query.wikidata.org/sparql> { ?item rdfs:label ?wikidataLabel }
            }""";

    private static KgServer local;
    private static KgServer standIn;
    private static KgServer remote;
    private static final AtomicInteger canaryHits = new AtomicInteger();
    private static HttpClient http;

    @BeforeAll
    static void start() {
        Dataset kg = dataset("""
                <https://w3id.org/newskg/entity/acme> <http://www.w3.org/2000/01/rdf-schema#label> "Acme" ;
                    <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1000001> .
                """);
        Dataset extract = dataset("""
                <http://www.wikidata.org/entity/Q1000001> <http://www.w3.org/2000/01/rdf-schema#label> "Acme Corporation"@en ;
                    <http://schema.org/description> "invented company"@en .
                """);
        local = KgServer.builder().dataset(kg).wikidata(extract).port(0)
                .extraSetup(b -> b.addServlet("/canary/*", new Canary()))
                .build().start();
        // Another Fuseki on loopback plays Wikidata's query service, with its own answer.
        standIn = KgServer.builder().dataset(dataset("""
                <http://www.wikidata.org/entity/Q1000001> <http://www.w3.org/2000/01/rdf-schema#label> "Acme from the remote endpoint"@en .
                """)).port(0).build().start();
        remote = KgServer.builder().dataset(kg).wikidata(extract).wikidataEndpoint(URI.create(standIn.sparqlUrl()))
                .port(0).build().start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        for (KgServer s : new KgServer[] {local, standIn, remote}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @BeforeEach
    void resetCanary() {
        canaryHits.set(0);
    }

    @Test
    void wikidataServiceIsAnsweredFromTheLocalExtract() throws Exception {
        HttpResponse<String> response = query(local.sparqlUrl(), LABEL_FROM_WIKIDATA);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("Acme | Acme Corporation"), rows(response, "name", "wikidataLabel"));
    }

    @Test
    void theExtractIsAlsoADatasetOfItsOwn() throws Exception {
        HttpResponse<String> response = query(local.datasetUrl(KgServer.WIKIDATA_DATASET) + "/sparql",
                PREFIXES + "SELECT ?d WHERE { ?item schema:description ?d }");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("invented company"), rows(response, "d"));
    }

    @Test
    void anyOtherServiceIsRefusedWithoutARequest() throws Exception {
        String canary = local.baseUrl() + "canary/sparql";
        HttpResponse<String> response = query(local.sparqlUrl(), "SELECT * WHERE { SERVICE <" + canary + "> { ?s ?p ?o } }");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("is not allowed here"), response.body());

        HttpResponse<String> byVariable = query(local.sparqlUrl(),
                "SELECT * WHERE { BIND (<" + canary + "> AS ?where) SERVICE ?where { ?s ?p ?o } }");
        assertTrue(byVariable.statusCode() >= 400, byVariable.body());
        assertEquals(0, canaryHits.get(), "a refused SERVICE must not reach its address");
    }

    @Test
    void silentServiceToAnotherAddressLeavesTheSolutionUnchanged() throws Exception {
        String canary = local.baseUrl() + "canary/sparql";
        HttpResponse<String> response = query(local.sparqlUrl(), PREFIXES
                + "SELECT ?name WHERE { ?e rdfs:label ?name . SERVICE SILENT <" + canary + "> { ?e ?p ?o } }");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("Acme"), rows(response, "name"));
        assertEquals(0, canaryHits.get());
    }

    @Test
    void aServiceNestedInTheWikidataServiceObeysThePolicyToo() throws Exception {
        String canary = local.baseUrl() + "canary/sparql";
        HttpResponse<String> response = query(local.sparqlUrl(), "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> {"
                + " ?item ?p ?o . SERVICE <" + canary + "> { ?s ?q ?v } } }");
        assertEquals(422, response.statusCode(), response.body());
        assertEquals(0, canaryHits.get());
    }

    @Test
    void theOperatorCanSendTheWikidataServiceToARemoteEndpoint() throws Exception {
        HttpResponse<String> response = query(remote.sparqlUrl(), LABEL_FROM_WIKIDATA);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("Acme | Acme from the remote endpoint"), rows(response, "name", "wikidataLabel"));
    }

    @Test
    void remoteModeStillRefusesOtherAddresses() throws Exception {
        HttpResponse<String> response = query(remote.sparqlUrl(), "SELECT * WHERE { SERVICE <" + standIn.sparqlUrl() + "> { ?s ?p ?o } }");
        assertEquals(422, response.statusCode(), response.body());
    }

    @Test
    void withoutAnExtractTheWikidataServiceIsRefused() throws Exception {
        try (KgServer bare = KgServer.builder().dataset(dataset("<https://example.org/a> <https://example.org/b> <https://example.org/c> .")).port(0).build().start()) {
            HttpResponse<String> response = query(bare.sparqlUrl(), "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }");
            assertEquals(422, response.statusCode(), response.body());
            assertTrue(response.body().contains("no Wikidata dataset"), response.body());
        }
    }

    private static Dataset dataset(String ntriplesOrTurtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ntriplesOrTurtle, Lang.TURTLE).parse(m);
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> ds.getDefaultModel().add(m));
        return ds;
    }

    private static HttpResponse<String> query(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Each row as its values joined by " | ", in the order of {@code vars}. */
    private static List<String> rows(HttpResponse<String> response, String... vars) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(row -> {
            List<String> values = new ArrayList<>();
            for (String v : vars) {
                values.add(row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm() : row.get(v).toString());
            }
            out.add(String.join(" | ", values));
        });
        return out;
    }

    /** Counts the requests that reach it: a host the server must never be made to call. */
    static final class Canary extends HttpServlet {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            canaryHits.incrementAndGet();
            resp.setStatus(200);
            resp.setContentType("application/sparql-results+json");
            resp.getWriter().write("{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[{}]}}");
        }
    }
}
