package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.newskg.eval.GitRevision;
import org.newskg.eval.KnowledgeNetFold;
import org.newskg.eval.KnowledgeNetReport;
import org.newskg.eval.KnowledgeNetScorer;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Article;
import org.newskg.model.KnowledgeGraph;
import org.newskg.eval.GoldSet;
import org.newskg.eval.ScoreReport;
import org.newskg.eval.Scorer;
import org.newskg.eval.Scores;
import org.newskg.link.LinkEvaluation;
import org.newskg.link.WikidataTable;
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

    @Mixin
    LinkOptions link;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Gold set folder with entities.tsv and triples.tsv. Default: gold/ in the working directory.")
    Path gold = Path.of("gold");

    @Option(names = "--link-gold", paramLabel = "TSV",
            description = "Verified Wikidata table to score the graph's owl:sameAs links against. "
                    + "Default: wikidata/entities.tsv in the working directory.")
    Path linkGold = Path.of("wikidata", "entities.tsv");

    @Option(names = "--graph", paramLabel = "FILE",
            description = "Score this RDF file (all its graphs) instead of extracting articles; not with --input or --threads.")
    Path graph;

    @Option(names = "--report", paramLabel = "FILE.md",
            description = "Also write a Markdown report (per property, overall, typing, false positives, misses), e.g. docs/QUALITY.md.")
    Path report;

    @Option(names = "--show-errors",
            description = "List the false positives, missed facts, wrongly typed and missing entities.")
    boolean showErrors;

    @Option(names = "--knowledgenet", paramLabel = "DIR",
            description = "Score a KnowledgeNet fold (facts.tsv and articles/) by the rules of its README instead of the gold set; "
                    + "extracts its articles (not with --input or --graph).")
    Path knowledgeNet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (graph != null && (input.input != null || input.threads != null)) {
            throw new IllegalArgumentException("--graph scores an existing file; it cannot be combined with --input or --threads");
        }
        if (knowledgeNet != null) {
            return knowledgeNet();
        }
        if (!Files.isDirectory(gold)) {
            throw new IOException("gold folder " + gold.toAbsolutePath().normalize()
                    + " not found; run from the project folder or pass --gold DIR");
        }
        GoldSet goldSet = GoldSet.read(gold);
        if (!Files.isRegularFile(linkGold)) {
            throw new IOException("Wikidata table " + linkGold.toAbsolutePath().normalize()
                    + " not found; run from the project folder or pass --link-gold TSV");
        }
        WikidataTable wikidata = WikidataTable.read(linkGold);
        link.validate();
        if (report != null) {
            OutputFiles.checkWritable(report);
        }
        PrintWriter out = spec.commandLine().getOut();
        Scorer scorer = new Scorer();
        Model scored;
        String source;
        if (graph != null) {
            scored = readGraph(graph);
            source = "the file `" + graph + "`";
        } else {
            scored = input.run(spec.commandLine().getErr(), link).model();
            source = "extracted from " + (input.input == null ? "the bundled corpus" : "the articles in `" + input.input + "`");
        }
        Scores scores = scorer.score(scored, goldSet);
        LinkEvaluation linking = LinkEvaluation.evaluate(wikidata, scored);
        out.print(ScoreReport.text(scores, showErrors));
        out.println("linking to Wikidata: " + linking.summary());
        if (showErrors) {
            linking.wrong().forEach(w -> out.println("  wrong link: " + w));
            linking.missed().forEach(m -> out.println("  missed link: " + m));
        }
        if (report != null) {
            Files.writeString(report, ScoreReport.markdown(scores, source, gold.toString(), GitRevision.shortHead())
                    + linkingMarkdown(linking), StandardCharsets.UTF_8);
            out.println("report -> " + report);
        }
        out.flush();
        return 0;
    }

    private int knowledgeNet() throws IOException {
        if (graph != null || input.input != null) {
            throw new IllegalArgumentException("--knowledgenet extracts the fold's own articles; it cannot be combined with --input or --graph");
        }
        KnowledgeNetFold fold = KnowledgeNetFold.read(knowledgeNet);
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = new ArticleReader(p -> err.println("skipped " + p)).readFolder(fold.articles());
        KnowledgeGraph kg = input.pipeline(err, Optional.empty(), link.wikidata.knownNames()).extract(articles);
        KnowledgeNetScorer.Result result = new KnowledgeNetScorer().score(kg, fold);
        String text = KnowledgeNetReport.text(result, knowledgeNet, showErrors);
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        if (report != null) {
            Files.writeString(report, KnowledgeNetReport.markdown(result, knowledgeNet, GitRevision.shortHead()), StandardCharsets.UTF_8);
            out.println("report -> " + report);
        }
        out.flush();
        return 0;
    }

    private String linkingMarkdown(LinkEvaluation linking) {
        StringBuilder md = new StringBuilder();
        md.append("\n## Linking to Wikidata\n\n")
                .append("The graph's `owl:sameAs` links against `").append(linkGold)
                .append("` (rules in `wikidata/README.md`): ").append(linking.summary()).append(".\n");
        if (!linking.wrong().isEmpty()) {
            md.append("\nWrong links:\n\n");
            linking.wrong().forEach(w -> md.append("- ").append(w).append('\n'));
        }
        if (!linking.missed().isEmpty()) {
            md.append("\nTargets not linked:\n\n");
            linking.missed().forEach(m -> md.append("- ").append(m).append('\n'));
        }
        return md.toString();
    }

    /** All the graphs of an RDF file in one model. */
    private static Model readGraph(Path file) throws IOException {
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
        Model all = ModelFactory.createDefaultModel().add(dataset.getDefaultModel());
        dataset.listModelNames().forEachRemaining(name -> all.add(dataset.getNamedModel(name)));
        return all;
    }

}
