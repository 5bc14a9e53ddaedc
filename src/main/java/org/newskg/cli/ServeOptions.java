package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.newskg.server.KgServer;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Option;

/** {@code --port N}, {@code --timeout SECONDS}, {@code --wikidata-endpoint URL}, and serving, shared by {@code serve} and {@code up}. */
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

    /** Fails on a bad option; called before any slow work, so that a typo costs nothing. */
    void validate() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        if (wikidataEndpoint != null && !List.of("http", "https").contains(String.valueOf(wikidataEndpoint.getScheme()))) {
            throw new IllegalArgumentException("--wikidata-endpoint must be an http or https URL, got " + wikidataEndpoint);
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
                .timeout(Duration.ofSeconds(timeoutSeconds));
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
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "newskg-shutdown"));
        out.printf("SPARQL endpoint: %s%n", server.sparqlUrl());
        out.printf("Wikidata extract: %s (SERVICE <%s> -> %s)%n", server.datasetUrl(KgServer.WIKIDATA_DATASET) + "/sparql",
                KgServer.WIKIDATA_SERVICE, wikidataEndpoint != null ? wikidataEndpoint : "the local extract");
        out.printf("Fuseki UI: %s%n", server.baseUrl());
        out.printf("Explorer: %sexplore/%n", server.baseUrl());
        out.flush();
        server.join();
    }
}
