package org.newskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;

/**
 * The SPARQL endpoint: an embedded Fuseki serving the knowledge graph read-only at
 * {@value #DATASET} (query at {@code /kg/sparql} and {@code /kg/query}, Graph Store Protocol GET
 * at {@code /kg/data}), optionally a Wikidata extract at {@value #WIKIDATA_DATASET}, and the Fuseki
 * UI at {@code /}. {@code SERVICE} in queries is limited by {@link ServicePolicy}. No endpoint accepts updates or uploads,
 * and there is no admin API, so anonymous clients cannot change anything; {@code /$/server} lists
 * the datasets for the UI ({@link DatasetList}) and nothing else about the server is published.
 * Every query runs under a timeout and the {@link QueryGuards}; request bodies are capped
 * ({@link RequestLimits}); every response carries the {@link ResponseHeaders}; pages on other
 * origins may read the endpoint only if the operator lists them ({@link CorsPolicy}). The graph can also be
 * explored: exports at {@code /kg/export/} and VoID at {@code /.well-known/void}
 * ({@link ExportServlet}), and the explorer page at {@code /explore} ({@link ExplorerServlet}).
 *
 * <pre>{@code
 * try (KgServer server = KgServer.builder().dataset(ds).port(0).build().start()) {
 *     String endpoint = server.sparqlUrl();
 * }
 * }</pre>
 */
public final class KgServer implements AutoCloseable {
    /** Name of the knowledge-graph dataset. */
    public static final String DATASET = "/kg";
    /** Name of the Wikidata extract's dataset. */
    public static final String WIKIDATA_DATASET = "/wikidata";
    /**
     * The one {@code SERVICE} address queries may use: Wikidata's query service, answered from
     * the local extract unless {@link Builder#wikidataEndpoint} says otherwise.
     */
    public static final String WIKIDATA_SERVICE = "https://query.wikidata.org/sparql";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Largest request body accepted: a SPARQL query or a form is a few kilobytes. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;
    /** Largest query answer held back until it is complete, so that a cut one can still get 503: see {@link CompleteAnswers}. */
    public static final int DEFAULT_RESULT_BUFFER_BYTES = 4 << 20;
    /** Exports running at once: each reads much of the graph, and two keep two cores busy. */
    public static final int DEFAULT_MAX_CONCURRENT_EXPORTS = 2;

    /** The names of each dataset's query endpoints. */
    private static final List<String> QUERY_ENDPOINTS = List.of("sparql", "query");

    /** Where the jena-fuseki-ui jar keeps the UI (the same place Fuseki's own UI module looks). */
    private static final String UI_INDEX = "/webapp/index.html";

    private final FusekiServer fuseki;

    private KgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns at once. */
    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** The port listened on: the actual one, also when the builder was given port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/}, where the UI is. */
    public String baseUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** {@code http://localhost:PORT/NAME} for a dataset name such as {@value #DATASET}. */
    public String datasetUrl(String name) {
        return "http://localhost:" + port() + DataAccessPoint.canonical(name);
    }

    /** The SPARQL query endpoint of the knowledge graph. */
    public String sparqlUrl() {
        return datasetUrl(DATASET) + "/sparql";
    }

    /** The underlying Fuseki server. */
    public FusekiServer fuseki() {
        return fuseki;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /**
     * Stops the server, closing every connection it holds, queries under way included: their
     * clients are told at once rather than waiting for their own timeouts. Jetty closes the
     * connections of its stopping selectors, but one its acceptor takes while they stop may be left
     * open (a race seen on a loaded machine), so what the connectors still hold is closed after.
     */
    @Override
    public void close() {
        List<EndPoint> held = connectedEndPoints();
        fuseki.stop();
        held.addAll(connectedEndPoints());
        held.forEach(EndPoint::close);
    }

    private List<EndPoint> connectedEndPoints() {
        List<EndPoint> endPoints = new ArrayList<>();
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                endPoints.addAll(c.getConnectedEndPoints());
            }
        }
        return endPoints;
    }

    /**
     * Read-only service of a dataset: query and Graph Store Protocol GET, with the query timeout
     * and the {@link ServicePolicy} for {@code SERVICE}.
     */
    static DataService readOnlyService(Dataset dataset, Duration timeout, ServicePolicy services) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        // A remote SERVICE waits no longer than the query may run.
        context.set(ARQ.httpQueryTimeout, Long.toString(timeout.toMillis()));
        services.applyTo(context);
        QueryGuards.applyTo(context);
        DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph());
        QUERY_ENDPOINTS.forEach(name -> service.addEndpoint(endpoint(Operation.Query, name, context)));
        return service.addEndpoint(endpoint(Operation.GSP_R, "data", context)).build();
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).build();
    }

    /** The folder URL of the UI's files, for Fuseki's static file handler. */
    private static String uiFileBase() {
        String url = uiIndex().toExternalForm();
        return url.substring(0, url.length() - "index.html".length());
    }

    private static URL uiIndex() {
        URL index = KgServer.class.getResource(UI_INDEX);
        if (index == null) {
            throw new IllegalStateException("the Fuseki UI (" + UI_INDEX + ") is not on the class path; "
                    + "is jena-fuseki-ui missing from the build?");
        }
        return index;
    }

    private static ReadOnlyUi readOnlyUi() {
        try (InputStream in = uiIndex().openStream()) {
            return new ReadOnlyUi(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Fuseki UI's page " + UI_INDEX, e);
        }
    }

    /** Builds a {@link KgServer}; only {@link #dataset} is required. */
    public static final class Builder {
        private final Map<String, Dataset> datasets = new LinkedHashMap<>();
        private final List<Consumer<FusekiServer.Builder>> extraSetup = new ArrayList<>();
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Dataset wikidata;
        private URI wikidataEndpoint;
        private final Set<String> corsOrigins = new LinkedHashSet<>();
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int maxConcurrentExports = DEFAULT_MAX_CONCURRENT_EXPORTS;
        private int resultBufferBytes = DEFAULT_RESULT_BUFFER_BYTES;

        private Builder() {}

        /** The knowledge graph, served at {@value #DATASET}. */
        public Builder dataset(Dataset kg) {
            return readOnlyDataset(DATASET, kg);
        }

        /**
         * Serves another dataset read-only, with the same endpoints as the knowledge graph
         * ({@code NAME/sparql}, {@code NAME/query}, {@code NAME/data}) and the same timeout.
         *
         * @param name dataset path such as {@code "/wikidata"}
         */
        public Builder readOnlyDataset(String name, Dataset dataset) {
            Objects.requireNonNull(dataset, "dataset");
            String canonical = DataAccessPoint.canonical(name);
            if (datasets.containsKey(canonical)) {
                throw new IllegalArgumentException("dataset " + canonical + " is already served");
            }
            datasets.put(canonical, dataset);
            return this;
        }

        /**
         * The Wikidata extract, served read-only at {@value KgServer#WIKIDATA_DATASET}; it also
         * answers {@code SERVICE <}{@value KgServer#WIKIDATA_SERVICE}{@code >} in queries unless
         * {@link #wikidataEndpoint} is set. Without it that SERVICE is refused like any other.
         */
        public Builder wikidata(Dataset extract) {
            readOnlyDataset(WIKIDATA_DATASET, extract);
            this.wikidata = extract;
            return this;
        }

        /** Sends {@code SERVICE <}{@value KgServer#WIKIDATA_SERVICE}{@code >} to this SPARQL endpoint instead of the extract. */
        public Builder wikidataEndpoint(URI endpoint) {
            String scheme = String.valueOf(endpoint.getScheme());
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("Wikidata endpoint must be an http or https URL, got " + endpoint);
            }
            this.wikidataEndpoint = endpoint;
            return this;
        }

        /** HTTP port; 0 picks a free one, see {@link KgServer#port()}. Default {@value KgServer#DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Longest a query may run before it is cancelled (the client gets 503). Default 30 s. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Lets pages from this origin ({@code https://example.org}: scheme, host and port if not the
         * default) read the endpoint from a visitor's browser. None by default; the built-in pages
         * are on this server and need none.
         */
        public Builder corsOrigin(String origin) {
            URI uri = URI.create(origin);
            boolean webOrigin = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null && uri.getRawFragment() == null;
            if (!webOrigin) {
                throw new IllegalArgumentException("CORS origin must be scheme://host[:port] with no path, got " + origin);
            }
            corsOrigins.add(origin);
            return this;
        }

        /** Largest request body accepted, in bytes; a larger one gets 413. Default 1 MiB. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("largest request body must be positive, got " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * Largest query answer held in memory until it is complete; a larger one is streamed, and if
         * the timeout cuts it the connection is closed before its end. Default 4 MiB.
         */
        public Builder resultBufferBytes(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("the result buffer cannot be negative, got " + bytes);
            }
            this.resultBufferBytes = bytes;
            return this;
        }

        /** Exports running at once; one more gets 503 with {@code Retry-After}. Default {@value KgServer#DEFAULT_MAX_CONCURRENT_EXPORTS}. */
        public Builder maxConcurrentExports(int exports) {
            if (exports <= 0) {
                throw new IllegalArgumentException("the number of concurrent exports must be positive, got " + exports);
            }
            this.maxConcurrentExports = exports;
            return this;
        }

        /**
         * Further configuration of the Fuseki builder, applied after the datasets and the UI are
         * set up, in the order given: extra servlets ({@code b.addServlet("/kg/export/*", ...)}),
         * filters, static pages. Whatever is added here is responsible for its own access rules.
         */
        public Builder extraSetup(Consumer<FusekiServer.Builder> setup) {
            extraSetup.add(Objects.requireNonNull(setup, "setup"));
            return this;
        }

        /** The server, not yet started. */
        public KgServer build() {
            if (!datasets.containsKey(DATASET)) {
                throw new IllegalStateException("no knowledge graph to serve: call dataset(...) first");
            }
            FusekiServer.Builder fuseki = FusekiServer.create()
                    // No module found on the class path may add endpoints (the admin module would
                    // let clients create and delete datasets).
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .staticFileBase(uiFileBase())
                    .addFilter("/*", new ResponseHeaders())
                    .addFilter("/*", new CorsPolicy(corsOrigins))
                    .addFilter("/*", new RequestLimits(maxRequestBytes))
                    .addFilter("/*", readOnlyUi())
                    .addServlet(DatasetList.PATH, new DatasetList());
            ServicePolicy services = ServicePolicy.of(Optional.ofNullable(wikidata), Optional.ofNullable(wikidataEndpoint));
            CompleteAnswers completeAnswers = new CompleteAnswers(resultBufferBytes);
            datasets.forEach((name, dataset) -> {
                fuseki.add(name, readOnlyService(dataset, timeout, services));
                QUERY_ENDPOINTS.forEach(endpoint -> fuseki.addFilter(name + "/" + endpoint, completeAnswers));
            });
            ExportServlet.register(fuseki, maxConcurrentExports);
            ExplorerServlet.register(fuseki);
            extraSetup.forEach(setup -> setup.accept(fuseki));
            return new KgServer(fuseki.build());
        }
    }
}
