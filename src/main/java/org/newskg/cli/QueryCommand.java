package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.Context;
import org.newskg.server.KgServer;
import org.newskg.server.ServicePolicy;
import org.newskg.store.GraphStore;
import org.newskg.store.QueryAnswer;
import org.newskg.store.StoreInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query file against the local TDB2 store (no server needed), or against the "
                + "running server that holds the store (found in the store, or given with --endpoint), and prints the answer: SELECT as a table, CSV, TSV or JSON; ASK as true or "
                + "false; CONSTRUCT and DESCRIBE as Turtle. On the store, SERVICE <" + KgServer.WIKIDATA_SERVICE
                + "> is answered from the Wikidata extract (--wikidata); any other SERVICE is refused.")
final class QueryCommand implements Callable<Integer> {
    /** How SELECT results are printed; the constants are spelled as typed on the command line. */
    enum Format { table, csv, tsv, json }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?i)\\bline (\\d+)");

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "SPARQL query file (UTF-8)")
    Path file;

    @Mixin
    StoreOptions store;

    @Mixin
    WikidataOptions wikidata;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "SELECT result format: ${COMPLETION-CANDIDATES}. The table shows typed values by their "
                    + "lexical form (12, 2024-01-02); the others keep their datatypes. Default: ${DEFAULT-VALUE}")
    Format format = Format.table;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Ask this SPARQL endpoint instead of the store, such as the "
                    + "http://localhost:3030/kg/sparql of a running `newskg up` or `serve`, which holds the store")
    URI endpoint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Query query = parse(file);
        QueryAnswer answer = endpoint != null ? ask(endpoint, query) : askStore(query);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        print(query, answer, printed);
        spec.commandLine().getOut().print(printed.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private QueryAnswer askStore(Query query) throws IOException {
        // As on the server: SERVICE <Wikidata> is answered from the extract, any other is refused.
        Context context = new Context();
        ServicePolicy.of(Optional.of(wikidata.dataset()), Optional.empty()).applyTo(context);
        try (GraphStore graphStore = GraphStore.openLoaded(store.data)) {
            return graphStore.query(query, context);
        } catch (StoreInUseException held) {
            return ask(RemoteEndpoint.servedInstead(store.data, held, spec.commandLine().getErr(), "query"), query);
        }
    }

    /** The answer of a remote endpoint; a refusal or an unreachable server is one line naming it. */
    private static QueryAnswer ask(URI endpoint, Query query) throws IOException {
        RemoteEndpoint.check(endpoint);
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint.toString()).query(query).build()) {
            return QueryAnswer.of(query, exec);
        } catch (QueryExceptionHTTP e) {
            throw new IOException("--endpoint " + endpoint + ": " + RemoteEndpoint.reason(e), e);
        }
    }

    /** Reads and parses the query; a syntax error names the file and the line. */
    static Query parse(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such query file");
        } else if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not a file; expected a SPARQL query file (.rq)");
        } else if (!Files.isReadable(file)) {
            throw new IOException(file + ": query file is not readable");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a UTF-8 text file", e);
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            // Jena's message runs over several lines ("Was expecting one of: ..."); the first says what
            // went wrong and where the parser choked, which can be a line after e.getLine() (the last
            // good token), so the message's line wins.
            String what = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            Matcher at = LINE_IN_MESSAGE.matcher(what);
            int line = at.find() ? Integer.parseInt(at.group(1)) : e.getLine();
            throw new IOException((line > 0 ? file + ":" + line : file) + ": SPARQL syntax error: " + what, e);
        }
    }

    private void print(Query query, QueryAnswer answer, ByteArrayOutputStream out) {
        if (answer instanceof QueryAnswer.Rows rows) {
            switch (format) {
                case table -> out.writeBytes(ResultTable.format(rows.rows(), query.getPrefixMapping()).getBytes(StandardCharsets.UTF_8));
                case csv -> ResultSetFormatter.outputAsCSV(out, rows.rows());
                case tsv -> ResultSetFormatter.outputAsTSV(out, rows.rows());
                case json -> ResultSetFormatter.outputAsJSON(out, rows.rows());
            }
        } else if (answer instanceof QueryAnswer.Bool bool) {
            if (format == Format.json) {
                ResultSetFormatter.outputAsJSON(out, bool.value());
            } else {
                out.writeBytes((bool.value() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            }
        } else if (answer instanceof QueryAnswer.Graph graph) {
            RDFDataMgr.write(out, graph.model(), RDFFormat.TURTLE_PRETTY);
        }
    }
}
