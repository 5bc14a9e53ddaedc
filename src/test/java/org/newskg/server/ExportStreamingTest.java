package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole-graph N-Quads and JSON-LD exports, from a real server on a real TDB2 store: written as the
 * store is read, not after reading it all. The served dataset counts the quads its readers take,
 * which says how much of the store an export has read whatever the heap and the clock.
 */
class ExportStreamingTest {
    /** About 8 MB of N-Quads: more than the socket buffers between a server and a client that does not read. */
    private static final int LABELS = 60_000;

    @TempDir
    static Path storeDir;

    private static ServedGraph served;
    /** Quads the server has taken from the store through {@code find()}. */
    private static final AtomicLong quadsRead = new AtomicLong();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws IOException {
        served = ServedGraph.start(storeDir, ServedGraph.labelledEntities(LABELS),
                dataset -> DatasetFactory.wrap(new CountingFinds(dataset.asDatasetGraph())),
                builder -> builder.timeout(Duration.ofMinutes(5)));
    }

    @AfterAll
    static void stop() {
        Optional.ofNullable(served).ifPresent(ServedGraph::close);
    }

    @Test
    void theStreamedNQuadsReadBackToAsManyQuadsAsTheStoreHolds() throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(served.server.baseUrl() + "kg/export/graph.nq"))
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        StreamRDFCounting counted = StreamRDFLib.count();
        try (InputStream body = r.body()) {
            RDFParser.source(body).lang(Lang.NQUADS).parse(counted);
        }
        assertTrue(storeQuads() > LABELS, "the store holds the labels and the ontology");
        assertEquals(storeQuads(), counted.countQuads());
    }

    @Test
    void theStreamedJsonLdReadsBackToAsManyTriplesAsTheStoreHolds() throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(served.server.baseUrl() + "kg/export/graph.jsonld"))
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertEquals("application/ld+json", r.headers().firstValue("Content-Type").orElse(""));
        StreamRDFCounting counted = StreamRDFLib.count();
        try (InputStream body = r.body()) {
            RDFParser.source(body).lang(Lang.JSONLD).parse(counted);
        }
        assertEquals(storeQuads(), counted.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"graph.nq", "graph.jsonld"})
    void theFirstBytesLeaveBeforeTheStoreIsReadToTheEnd(String file) throws Exception {
        String wholeStatement = file.endsWith(".nq") ? " .\n" : "\"@id\"";
        long before = quadsRead.get();
        try (Socket stalled = served.requestWithoutReading("/kg/export/" + file)) {
            String head = new String(stalled.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            // The status line, the headers, and whole statements of the body.
            assertTrue(head.startsWith("HTTP/1.1 200") && head.contains(wholeStatement), head);
            // The client reads no more, so the server's writes stop once the buffers are full, and
            // its reads of the store with them: an export built in memory would have read it all
            // before the status line.
            long read = quadsRead.get() - before;
            assertTrue(read > 0 && read < storeQuads(), "quads read from the store with the first bytes out: " + read);
        }
    }

    private static long storeQuads() {
        return Txn.calculateRead(served.store.dataset(), () -> Iter.count(served.store.dataset().asDatasetGraph().find()));
    }

    /** The store as the server sees it, counting the quads taken from {@link #find()}. */
    private static final class CountingFinds extends DatasetGraphWrapper {
        CountingFinds(DatasetGraph store) {
            super(store);
        }

        @Override
        public Iterator<Quad> find() {
            return Iter.map(super.find(), quad -> {
                quadsRead.incrementAndGet();
                return quad;
            });
        }
    }
}
