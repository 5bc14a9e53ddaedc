package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.newskg.eval.GitRevision;
import org.newskg.eval.GoldSet;
import org.newskg.eval.ScoreReport;
import org.newskg.eval.Scorer;
import org.newskg.eval.Scores;
import org.newskg.graph.GraphWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {
            "Scores a knowledge graph against the gold set: precision, recall and F1 per property and overall, and entity typing.",
            "Extracts the articles (--input) or scores an existing RDF file (--graph). Scoring rules: gold/README.md."
        })
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Gold set folder with entities.tsv and triples.tsv. Default: gold/ in the working directory.")
    Path gold = Path.of("gold");

    @Option(names = "--graph", paramLabel = "FILE",
            description = "Score this RDF file (all its graphs) instead of extracting articles; not with --input or --threads.")
    Path graph;

    @Option(names = "--report", paramLabel = "FILE.md",
            description = "Also write a Markdown report (per property, overall, typing, false positives, misses), e.g. docs/QUALITY.md.")
    Path report;

    @Option(names = "--show-errors",
            description = "List the false positives, missed facts, wrongly typed and missing entities.")
    boolean showErrors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (graph != null && (input.input != null || input.threads != null)) {
            throw new IllegalArgumentException("--graph scores an existing file; it cannot be combined with --input or --threads");
        }
        if (!Files.isDirectory(gold)) {
            throw new IOException("gold folder " + gold.toAbsolutePath().normalize()
                    + " not found; run from the project folder or pass --gold DIR");
        }
        GoldSet goldSet = GoldSet.read(gold);
        if (report != null) {
            checkWritable(report);
        }
        PrintWriter out = spec.commandLine().getOut();
        Scorer scorer = new Scorer();
        Scores scores;
        String source;
        if (graph != null) {
            scores = scorer.score(readGraph(graph), goldSet);
            source = "the file `" + graph + "`";
        } else {
            scores = scorer.score(new GraphWriter().write(input.extract(spec.commandLine().getErr())), goldSet);
            source = "extracted from " + (input.input == null ? "the bundled corpus" : "the articles in `" + input.input + "`");
        }
        out.print(ScoreReport.text(scores, showErrors));
        if (report != null) {
            Files.writeString(report, ScoreReport.markdown(scores, source, gold.toString(), GitRevision.shortHead()), StandardCharsets.UTF_8);
            out.println("report -> " + report);
        }
        out.flush();
        return 0;
    }

    private static Dataset readGraph(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        Dataset dataset = DatasetFactory.create();
        try {
            // Errors become the exception below rather than log lines on top of it.
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(dataset);
        } catch (RiotException e) {
            throw new IOException(file + ": not readable as RDF: " + e.getMessage(), e);
        }
        return dataset;
    }

    /** Fails before the extraction, which takes a while, when the report could not be written. */
    private static void checkWritable(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException(file + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, expected a file name");
        }
    }
}
