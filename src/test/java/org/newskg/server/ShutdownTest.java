package org.newskg.server;

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
        Thread.sleep(1000);

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
