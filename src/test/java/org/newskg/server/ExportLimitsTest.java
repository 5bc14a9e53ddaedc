package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of a store too large to send at once, from a real server on a real TDB2 store: how many
 * run at once, what a client that goes away or reads too slowly gets.
 */
class ExportLimitsTest {
    /** Enough triples that an N-Quads export (about 8 MB) fills the socket buffers of a client that does not read. */
    private static final int LABELS = 60_000;
    /** Long enough for the export to start on a busy machine, short enough for a slow reader to outlast. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    static Path storeDir;

    private static ServedGraph served;
    private static KgServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws IOException {
        served = ServedGraph.start(storeDir, ServedGraph.labelledEntities(LABELS), builder -> builder.timeout(TIMEOUT).maxConcurrentExports(1));
        server = served.server;
    }

    @AfterAll
    static void stop() {
        Optional.ofNullable(served).ifPresent(ServedGraph::close);
    }

    @Test
    void anExportBeyondTheLimitGets503WithRetryAfterAndAGoneClientFreesItsPlace() throws Exception {
        try (Socket stalled = served.requestWithoutReading("/kg/export/graph.nq")) {
            // Its status line has come: the export holds its place, and waits for the client to read.
            assertEquals("HTTP/1.1 200", new String(stalled.getInputStream().readNBytes(12), StandardCharsets.US_ASCII));
            HttpResponse<String> refused = awaitStatus(503, Duration.ofSeconds(60));
            assertEquals(String.valueOf(ExportGate.RETRY_AFTER_SECONDS), refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(refused.body().contains("exports are running"), refused.body());
            // Queries are not exports: they still run.
            assertEquals(200, get(server.sparqlUrl() + "?query=ASK%7B%7D").statusCode());
        }
        // The client has gone: the server's next write fails and the export stops.
        assertEquals(200, awaitStatus(200, Duration.ofSeconds(60)).statusCode());
    }

    @Test
    void anExportOverTheTimeoutIsCutNotCompletedWith200() throws Exception {
        try (Socket slow = served.requestWithoutReading("/kg/export/graph.nq")) {
            InputStream in = slow.getInputStream();
            assertEquals("HTTP/1.1 200", new String(in.readNBytes(12), StandardCharsets.US_ASCII));
            // Read slowly, so that the export outlives its timeout: the server then closes the
            // connection before the chunk that ends the body. After the timeout, read at full speed
            // what the operating system still holds.
            byte[] chunk = new byte[4 * 1024];
            byte[] tail = new byte[0];
            long slowUntil = System.nanoTime() + TIMEOUT.toNanos();
            long until = System.nanoTime() + TIMEOUT.multipliedBy(20).toNanos();
            int n = 0;
            while (n >= 0 && System.nanoTime() < until) {
                try {
                    n = in.read(chunk);
                } catch (SocketException reset) {
                    n = -1;
                }
                if (n > 0) {
                    tail = lastBytes(tail, chunk, n);
                }
                if (System.nanoTime() < slowUntil) {
                    Thread.sleep(50);
                }
            }
            assertEquals(-1, n, "the connection was still open after 20 times the timeout");
            assertFalse(new String(tail, StandardCharsets.US_ASCII).endsWith("0\r\n\r\n"), "the body was ended as if complete");
        }
    }

    private static byte[] lastBytes(byte[] tail, byte[] chunk, int n) {
        byte[] joined = Arrays.copyOf(tail, tail.length + n);
        System.arraycopy(chunk, 0, joined, tail.length, n);
        return Arrays.copyOfRange(joined, Math.max(0, joined.length - 16), joined.length);
    }

    /** Asks for an export until it gets the status: the export before it needs a moment to start, or to stop. */
    private static HttpResponse<String> awaitStatus(int status, Duration patience) throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            HttpResponse<String> r = get(server.baseUrl() + "kg/export/void.ttl");
            if (r.statusCode() == status || System.nanoTime() > until) {
                assertEquals(status, r.statusCode(), r.body());
                return r;
            }
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
