package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.newskg.server.KgServer;
import org.newskg.store.GraphStore;
import org.newskg.store.ServedAddress;
import picocli.CommandLine.Option;

/**
 * {@code --port N}, {@code --timeout SECONDS}, {@code --wikidata-endpoint URL}, {@code --cors-origin},
 * {@code --max-request-bytes}, {@code --max-exports}, {@code --result-buffer-bytes}, and serving,
 * shared by {@code serve} and {@code up}.
 */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N",
            description = "HTTP port; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port = KgServer.DEFAULT_PORT;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Longest a query may run before it is cancelled. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds = KgServer.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--wikidata-endpoint", paramLabel = "URL",
            description = "Send SERVICE <" + KgServer.WIKIDATA_SERVICE + "> in queries to this SPARQL endpoint, such as "
                    + "that address itself, instead of answering it from the local /wikidata dataset. "
                    + "Any other SERVICE is always refused.")
    URI wikidataEndpoint;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let web pages from this origin (scheme://host[:port]) read the endpoint from a visitor's browser; "
                    + "repeat for several. Default: none (the built-in pages are on this server and need none).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-request-bytes", paramLabel = "N",
            description = "Largest request body (a POSTed query or form); larger ones get HTTP 413. Default: ${DEFAULT-VALUE}")
    long maxRequestBytes = KgServer.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--max-exports", paramLabel = "N",
            description = "Exports (/kg/export/...) running at once; one more gets HTTP 503 with Retry-After. Default: ${DEFAULT-VALUE}")
    int maxExports = KgServer.DEFAULT_MAX_CONCURRENT_EXPORTS;

    @Option(names = "--result-buffer-bytes", paramLabel = "N",
            description = "Largest query answer held until it is complete, so that one cut by the timeout gets HTTP 503; "
                    + "a larger answer is streamed and, if cut, ends in a broken transfer. Default: ${DEFAULT-VALUE}")
    int resultBufferBytes = KgServer.DEFAULT_RESULT_BUFFER_BYTES;

    /** Fails on a bad option; called before any slow work, so that a typo costs nothing. */
    void validate() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("--max-request-bytes must be positive, got " + maxRequestBytes);
        }
        if (maxExports <= 0) {
            throw new IllegalArgumentException("--max-exports must be positive, got " + maxExports);
        }
        if (resultBufferBytes < 0) {
            throw new IllegalArgumentException("--result-buffer-bytes cannot be negative, got " + resultBufferBytes);
        }
        for (String origin : corsOrigins) {
            try {
                KgServer.builder().corsOrigin(origin);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--cors-origin: " + e.getMessage(), e);
            }
        }
        if (wikidataEndpoint != null && !List.of("http", "https").contains(String.valueOf(wikidataEndpoint.getScheme()))) {
            throw new IllegalArgumentException("--wikidata-endpoint must be an http or https URL, got " + wikidataEndpoint);
        }
    }

    /**
     * Fails when another program listens on the port, for {@code up} to find out before it extracts.
     * The server's own start still reports a port taken in between.
     */
    void checkPortFree() throws IOException {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port)) {
            // bound, so free: closed again at once for the server
        } catch (IOException e) {
            throw new IOException("cannot listen on --port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Serves the store and the Wikidata extract, prints where, and blocks until the process is
     * stopped. Call {@link #validate} first.
     */
    void serveUntilStopped(GraphStore store, Dataset wikidata, PrintWriter out) throws IOException {
        KgServer.Builder builder = KgServer.builder()
                .dataset(store.dataset())
                .wikidata(wikidata)
                .port(port)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .maxRequestBytes(maxRequestBytes)
                .maxConcurrentExports(maxExports)
                .resultBufferBytes(resultBufferBytes);
        corsOrigins.forEach(builder::corsOrigin);
        if (wikidataEndpoint != null) {
            builder.wikidataEndpoint(wikidataEndpoint);
        }
        KgServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IOException("cannot listen on --port " + port + ": " + root.getMessage(), e);
        }
        // Ctrl-C or `docker stop`: stop Jetty in order. The store needs nothing: TDB2 commits are
        // durable and the operating system drops its lock with the process.
        ServedAddress.write(store.dir(), server.sparqlUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ServedAddress.remove(store.dir());
        }, "newskg-shutdown"));
        out.printf("SPARQL endpoint: %s%n", server.sparqlUrl());
        out.printf("Wikidata extract: %s (SERVICE <%s> -> %s)%n", server.datasetUrl(KgServer.WIKIDATA_DATASET) + "/sparql",
                KgServer.WIKIDATA_SERVICE, wikidataEndpoint != null ? wikidataEndpoint : "the local extract");
        out.printf("Fuseki UI: %s%n", server.baseUrl());
        out.printf("Explorer: %sexplore/%n", server.baseUrl());
        out.flush();
        server.join();
    }
}
