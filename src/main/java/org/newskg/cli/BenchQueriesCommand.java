package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newskg.bench.QueryLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "Load test of a running endpoint (serve or up): --clients clients send the queries of --queries one "
                + "after the other for --seconds, and it prints queries per second, errors by status, and the p50, p95 "
                + "and p99 latency of each query. Exit code 1 when any answer was not a complete 200.")
final class BenchQueriesCommand implements Callable<Integer> {
    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "SPARQL endpoint, e.g. http://localhost:3030/kg/sparql")
    URI endpoint;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of SPARQL queries (*.rq). Default: ${DEFAULT-VALUE}")
    Path queries;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "Concurrent clients. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "How long to send. Default: ${DEFAULT-VALUE}")
    long seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionChecks.atLeastOne("--clients", clients);
        OptionChecks.atLeastOne("--seconds", seconds);
        if (!List.of("http", "https").contains(String.valueOf(endpoint.getScheme()))) {
            throw new IllegalArgumentException("--endpoint must be an http or https URL, got " + endpoint);
        }
        QueryLoad.Report r = new QueryLoad(endpoint, read(queries)).run(clients, Duration.ofSeconds(seconds));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d clients, %.1f s: %d queries, %.1f queries/second, %d errors %s, p50 %.0f ms, p99 %.0f ms%n",
                r.clients(), r.seconds(), r.requests(), r.requestsPerSecond(), r.errors(),
                r.errorsByStatus().isEmpty() ? "" : "(by status, 0 = broken transfer: " + r.errorsByStatus() + ")",
                r.p50Millis(), r.p99Millis());
        out.printf("%-32s %8s %7s %9s %9s %9s%n", "query", "requests", "errors", "p50 ms", "p95 ms", "p99 ms");
        for (QueryLoad.QueryFigures q : r.perQuery()) {
            out.printf("%-32s %8d %7d %9.0f %9.0f %9.0f%n", q.query(), q.requests(), q.errors(), q.p50Millis(), q.p95Millis(), q.p99Millis());
        }
        out.flush();
        return r.errors() == 0 ? 0 : 1;
    }

    /** The queries of a folder by file name, in name order. */
    private static Map<String, String> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("--queries " + dir + ": no such folder");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                texts.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("--queries " + dir + ": no *.rq file");
        }
        return texts;
    }
}
