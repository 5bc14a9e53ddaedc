package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.newskg.export.ExportFormat;
import org.newskg.export.ExportFormats;
import org.newskg.export.ExportSource;
import org.newskg.export.GraphMlWriter;
import org.newskg.export.PropertyGraph;
import org.newskg.export.PropertyGraphBuilder;
import org.newskg.export.Subgraph;
import org.newskg.vocab.RelationInventory;

/**
 * The exports of the {@code export} command over HTTP, read from the served knowledge graph in a
 * read transaction:
 * <ul>
 *   <li>{@code GET /kg/export/graph.EXT} for each format ({@code graph.graphml}, {@code graph.gexf},
 *       {@code graph.cyjs}, {@code graph-nodes.csv}, {@code graph-edges.csv}, {@code graph.jsonld},
 *       {@code graph.ttl}, {@code graph.trig}, {@code graph.nq}; {@code void.ttl}, {@code quickstatements.tsv}), with the
 *       subgraph options as query parameters: {@code around}, {@code depth}, {@code properties} and
 *       {@code types} (comma-separated or repeated);</li>
 *   <li>{@code GET} or {@code POST /kg/export/construct.graphml?query=CONSTRUCT...}: the graph a
 *       CONSTRUCT query returns, as GraphML, under the endpoint's query timeout;</li>
 *   <li>{@code GET /.well-known/void}: the VoID description (RFC 5785, VoID section 7.2).</li>
 * </ul>
 */
final class ExportServlet extends HttpServlet {
    /** Where the exports are. */
    static final String PATH = KgServer.DATASET + "/export";
    /** Where VoID says a dataset's description is found on its host. */
    static final String WELL_KNOWN_VOID = "/.well-known/void";
    static final String CONSTRUCT_FILE = "construct.graphml";
    /** The file name the VoID description alone gets from {@link #filesByName()}. */
    private static final String VOID_FILE = "void.ttl";
    /** The endpoint the VoID description names, as {@link KgServer#sparqlUrl()} does. */
    static final String SPARQL_ENDPOINT = "sparql";

    private static final String QUERY = "query";
    private static final String AROUND = "around";
    private static final String DEPTH = "depth";
    private static final String PROPERTIES = "properties";
    private static final String TYPES = "types";
    private static final List<String> SUBGRAPH_PARAMETERS = List.of(AROUND, DEPTH, PROPERTIES, TYPES);
    /** The parameters that take a list; every other one takes a single value. */
    private static final Set<String> LIST_PARAMETERS = Set.of(PROPERTIES, TYPES);
    private static final String SPARQL_QUERY_TYPE = "application/sparql-query";

    private final RelationInventory inventory = RelationInventory.load();
    /** Each part of each format by the file name it is served under. */
    private final Map<String, ExportFormat.Part> files = filesByName();
    /** The parts written straight from the store when the whole graph is asked for. */
    private final Map<ExportFormat.Part, StoreStream.Format> streamed = Map.of(
            files.get("graph.nq"), StoreStream.Format.of(RDFFormat.NQUADS),
            files.get("graph.trig"), StoreStream.Format.of(RDFFormat.TRIG_BLOCKS),
            files.get("graph.ttl"), StoreStream.Format.of(RDFFormat.TURTLE_BLOCKS),
            files.get("graph.jsonld"), StoreStream.JSON_LD);
    private final ExportGate gate;

    private ExportServlet(ExportGate gate) {
        this.gate = gate;
    }

    /** Adds the export routes and the well-known VoID to a server being built. */
    static void register(FusekiServer.Builder fuseki, int maxConcurrentExports) {
        ExportServlet servlet = new ExportServlet(new ExportGate(maxConcurrentExports));
        fuseki.addServlet(PATH + "/*", servlet);
        fuseki.addServlet(WELL_KNOWN_VOID, servlet);
    }

    /** Each part of each format by the name {@link ExportFormat#servedFile} gives it. */
    private static Map<String, ExportFormat.Part> filesByName() {
        Map<String, ExportFormat.Part> files = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormats.ALL) {
            for (ExportFormat.Part part : format.parts()) {
                files.put(format.servedFile(part), part);
            }
        }
        return files;
    }

    /** The file names served under {@link #PATH}, for the help of a 404. */
    private List<String> fileNames() {
        List<String> names = new ArrayList<>(files.keySet());
        names.add(CONSTRUCT_FILE);
        return names;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, () -> get(req, resp));
    }

    /** POST is for CONSTRUCT queries too long for a URL: a form with {@code query}, or the query itself. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, () -> post(req, resp));
    }

    /** The one error path of every route here: see {@link HttpProblem}. */
    private static void answer(HttpServletRequest req, HttpServletResponse resp, Route route) throws IOException {
        try {
            route.run();
        } catch (HttpProblem problem) {
            problem.send(req, resp);
        } catch (RuntimeException e) {
            HttpProblem.of(e, req.getRequestURI()).send(req, resp);
        }
    }

    private interface Route {
        void run() throws IOException, HttpProblem;
    }

    private void get(HttpServletRequest req, HttpServletResponse resp) throws IOException, HttpProblem {
        if (WELL_KNOWN_VOID.equals(req.getServletPath())) {
            checkParameters(req, List.of());
            // Shown in the browser rather than saved: it is a description, not a download.
            export(req, resp, files.get(VOID_FILE), Subgraph.WHOLE, Optional.empty());
            return;
        }
        String file = fileName(req);
        if (file.equals(CONSTRUCT_FILE)) {
            construct(req, resp, queryParameter(req));
            return;
        }
        ExportFormat.Part part = files.get(file);
        if (part == null) {
            throw HttpProblem.notFound("no export named '" + file + "' (known: " + String.join(", ", fileNames()) + ")");
        }
        checkParameters(req, SUBGRAPH_PARAMETERS);
        export(req, resp, part, subgraph(req), Optional.of(file));
    }

    private void post(HttpServletRequest req, HttpServletResponse resp) throws IOException, HttpProblem {
        if (!(req.getServletPath().equals(PATH) && CONSTRUCT_FILE.equals(fileName(req)))) {
            resp.setHeader("Allow", "GET, HEAD");
            throw new HttpProblem(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "only " + PATH + "/" + CONSTRUCT_FILE + " accepts POST");
        }
        String contentType = Optional.ofNullable(req.getContentType()).orElse("");
        String query = contentType.startsWith(SPARQL_QUERY_TYPE)
                ? new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                : queryParameter(req);
        construct(req, resp, query);
    }

    private static String fileName(HttpServletRequest req) throws HttpProblem {
        String info = req.getPathInfo();
        if (info == null || info.equals("/")) {
            throw HttpProblem.notFound("name an export file, such as " + PATH + "/graph.graphml");
        }
        return info.substring(1);
    }

    private static void checkParameters(HttpServletRequest req, List<String> known) throws HttpProblem {
        for (Map.Entry<String, String[]> parameter : req.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!known.contains(name)) {
                throw HttpProblem.badRequest("unknown parameter '" + name + "'"
                        + (known.isEmpty() ? "; this resource takes none" : " (known: " + String.join(", ", known) + ")"));
            }
            if (parameter.getValue().length > 1 && !LIST_PARAMETERS.contains(name)) {
                throw HttpProblem.badRequest(name + ": given " + parameter.getValue().length + " times; it takes one value");
            }
        }
    }

    private static Subgraph subgraph(HttpServletRequest req) throws HttpProblem {
        Optional<String> around = Optional.ofNullable(req.getParameter(AROUND)).map(String::strip).filter(s -> !s.isEmpty());
        String depthText = req.getParameter(DEPTH);
        int depth = 1;
        if (depthText != null) {
            if (around.isEmpty()) {
                throw HttpProblem.badRequest(DEPTH + " needs " + AROUND + "=ENTITY");
            }
            try {
                depth = Integer.parseInt(depthText.strip());
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest(DEPTH + ": not a whole number: '" + depthText + "'");
            }
            if (depth < 0) {
                throw HttpProblem.badRequest(DEPTH + ": must be 0 or more, not " + depth);
            }
        }
        return new Subgraph(around, depth, names(req, PROPERTIES), names(req, TYPES));
    }

    /** A list parameter: comma-separated, repeated, or both. */
    private static Set<String> names(HttpServletRequest req, String parameter) {
        Set<String> names = new LinkedHashSet<>();
        String[] values = req.getParameterValues(parameter);
        if (values != null) {
            for (String value : values) {
                for (String name : value.split(",")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            }
        }
        return names;
    }

    /**
     * Writes one part in a read transaction. The names of the subgraph are checked before the
     * first byte, each against its own parameter, so that a bad one gets a 400 that says which.
     */
    private void export(HttpServletRequest req, HttpServletResponse resp, ExportFormat.Part part, Subgraph subgraph,
                        Optional<String> attachment) throws IOException, HttpProblem {
        checkNames(subgraph);
        // The timeout counts from the request, as for a query: building the export is part of it.
        long deadlineNanos = System.nanoTime() + timeout(queryEndpointContext(knowledgeGraph())).toNanos();
        try (ExportGate.Permit permit = gate.enter()) {
            write(req, resp, part, subgraph, attachment, deadlineNanos);
        }
    }

    private void write(HttpServletRequest req, HttpServletResponse resp, ExportFormat.Part part, Subgraph subgraph,
                       Optional<String> attachment, long deadlineNanos) throws IOException, HttpProblem {
        DatasetGraph data = knowledgeGraph().getDataset();
        Dataset dataset = DatasetFactory.wrap(data);
        ExportSource source = new ExportSource(dataset, subgraph, sparqlEndpoint(req), inventory);
        HttpProblem refused = Txn.calculateRead(data, () -> {
            if (!subgraph.isWhole()) {
                try {
                    source.propertyGraph();
                } catch (IllegalArgumentException e) {
                    // Types and properties were checked above: what is left is the entity.
                    return HttpProblem.badRequest(AROUND + ": " + e.getMessage());
                }
            }
            try {
                startBody(resp, part.mediaType(), attachment);
                DeadlineOutputStream out = new DeadlineOutputStream(resp.getOutputStream(), deadlineNanos);
                if (subgraph.isWhole() && streamed.containsKey(part)) {
                    // Without its VoID description, which is served apart: counting needs the whole graph.
                    StoreStream.write(data, streamed.get(part), out);
                } else {
                    // A subgraph is bounded by its depth and filters; it and the property graph are built in memory.
                    part.writer().write(source, out);
                }
                // Flushed, not closed: closing the servlet's stream ends the body as if complete,
                // which must not happen when the writer has failed.
                out.flush();
            } catch (IOException e) {
                // The client went away: the failed write has stopped the export, and there is nobody to tell.
                log("export " + part.suffix() + " not sent: " + e.getMessage());
            }
            return null;
        });
        if (refused != null) {
            throw refused;
        }
    }

    private void checkNames(Subgraph subgraph) throws HttpProblem {
        try {
            subgraph.types().forEach(inventory::entityClass);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(TYPES + ": " + e.getMessage());
        }
        try {
            subgraph.properties().forEach(inventory::relation);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(PROPERTIES + ": " + e.getMessage());
        }
    }

    private static String queryParameter(HttpServletRequest req) throws HttpProblem {
        checkParameters(req, List.of(QUERY));
        String query = req.getParameter(QUERY);
        if (query == null || query.isBlank()) {
            throw HttpProblem.badRequest(QUERY + ": missing; give a CONSTRUCT query");
        }
        return query;
    }

    /** Runs a CONSTRUCT query with the context of the SPARQL endpoint (its timeout) and sends the result as GraphML. */
    private void construct(HttpServletRequest req, HttpServletResponse resp, String queryText) throws IOException, HttpProblem {
        Query query;
        try {
            query = QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            throw HttpProblem.of(e, QUERY);
        }
        if (!query.isConstructType()) {
            throw HttpProblem.badRequest(QUERY + ": a CONSTRUCT query is needed, not " + query.queryType());
        }
        try (ExportGate.Permit permit = gate.enter()) {
            constructGraphMl(resp, query);
        }
    }

    private void constructGraphMl(HttpServletResponse resp, Query query) throws IOException, HttpProblem {
        DataService kg = knowledgeGraph();
        Context context = Context.mergeCopy(kg.getDataset().getContext(), queryEndpointContext(kg));
        Model result = ModelFactory.createDefaultModel();
        PropertyGraph graph;
        try {
            // built in the query's transaction: the nodes' labels, types and counts are read from the store
            graph = Txn.calculateRead(kg.getDataset(), () -> {
                try (QueryExec exec = QueryExec.newBuilder().dataset(kg.getDataset()).query(query).context(context).build()) {
                    result.getGraph().getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
                    exec.construct(result.getGraph());
                }
                return new PropertyGraphBuilder(inventory)
                        .buildAny(result, ModelFactory.createModelForGraph(kg.getDataset().getDefaultGraph()));
            });
        } catch (RuntimeException e) {
            throw HttpProblem.of(e, QUERY);
        }
        startBody(resp, "application/graphml+xml", Optional.of(CONSTRUCT_FILE));
        OutputStream out = resp.getOutputStream();
        GraphMlWriter.write(graph, out);
        out.flush();
    }

    private static void startBody(HttpServletResponse resp, String mediaType, Optional<String> attachment) {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType);
        attachment.ifPresent(name -> resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\""));
    }

    private DataService knowledgeGraph() {
        DataAccessPoint access = DataAccessPointRegistry.get(getServletContext()).get(KgServer.DATASET);
        return access.getDataService();
    }

    /** The settings the query endpoints run under (they share one): the timeout, and any other policy. */
    private static Context queryEndpointContext(DataService kg) {
        return kg.getEndpoints(Operation.Query).stream()
                .map(Endpoint::getContext)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(KgServer.DATASET + " has no query endpoint"));
    }

    /** The query timeout of an endpoint's context, which the exports keep too. */
    private static Duration timeout(Context endpoint) {
        return Duration.ofMillis(Long.parseLong(endpoint.getAsString(ARQ.queryTimeout)));
    }

    /** The SPARQL endpoint as the client reached this server, for the VoID description. */
    private static String sparqlEndpoint(HttpServletRequest req) {
        return URI.create(req.getRequestURL().toString()).resolve(KgServer.DATASET + "/" + SPARQL_ENDPOINT).toString();
    }
}
