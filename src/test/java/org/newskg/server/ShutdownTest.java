package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.jetty.server.AbstractConnector;
import org.junit.jupiter.api.Test;
import org.newskg.vocab.NKG;

/** Stopping the server while queries keep every worker busy, as SIGTERM or {@code docker stop} does. */
class ShutdownTest {
    @Test
    void stopsUnderLoadWithoutWaitingForTheQueries() throws Exception {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Model m = dataset.getDefaultModel();
            for (int i = 0; i < 5; i++) {
                m.add(m.createResource(NKG.DATA + "entity/e" + i), RDFS.label, "e" + i);
            }
        });
        // Queries that would run for days, under a timeout far longer than the test may wait.
        KgServer server = KgServer.builder().dataset(dataset).port(0).timeout(Duration.ofMinutes(10)).build().start();
        StringBuilder join = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE {");
        for (int i = 0; i < 20; i++) {
            join.append(" ?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" .");
        }
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(join.append(" }").toString(), StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        // Stop only once the server holds all four connections: a connection the acceptor takes while
        // Jetty stops its selectors is never closed (a race of Jetty's, seen on a loaded machine), and
        // its client would wait for its own timeout whatever the server does.
        AbstractConnector connector = (AbstractConnector) server.fuseki().getJettyServer().getConnectors()[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (connector.getConnectedEndPoints().size() < running.size() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(running.size(), connector.getConnectedEndPoints().size(), "connections open before the stop");
        Thread.sleep(500);  // the queries under way

        long start = System.nanoTime();
        server.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // About 3 s on a 2-core machine; the queries alone would hold it for ten minutes.
        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "stopping took " + took);
        for (CompletableFuture<HttpResponse<String>> query : running) {
            // Each client is told at once, by a closed connection or an error status, instead of
            // waiting for the ten minutes of the query's timeout or of its own.
            assertTrue(query.handle((r, e) -> e != null || r.statusCode() != 200).get(60, TimeUnit.SECONDS),
                    "a query answered 200 after the stop");
        }
    }
}
