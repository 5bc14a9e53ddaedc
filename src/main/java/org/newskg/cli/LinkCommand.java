package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.newskg.link.EntityLinker;
import org.newskg.link.GraphEntities;
import org.newskg.link.LinkDecision;
import org.newskg.link.LinkEvaluation;
import org.newskg.link.ScoredCandidate;
import org.newskg.link.WikidataTable;
import org.newskg.model.Entity;
import org.newskg.model.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links each entity to its Wikidata item, or leaves it unlinked (NIL), and lists the decisions "
                + "with the runner-up and the scores for review.")
final class LinkCommand implements Callable<Integer> {
    enum Format { table, tsv }

    @Mixin
    InputOptions input;

    @Option(names = "--graph", paramLabel = "FILE",
            description = "Link the entities of a graph file written by `extract` instead of extracting articles.")
    Path graph;

    @Mixin
    LinkOptions link;

    @Option(names = "--gold", paramLabel = "TSV",
            description = "Also report linking precision and recall against a verified table (wikidata/entities.tsv).")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or tsv. Default: ${DEFAULT-VALUE}")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (link.source == LinkOptions.Source.none) {
            throw new ParameterException(spec.commandLine(), "--link none leaves nothing to report; use offline or online");
        }
        link.validate();
        if (graph != null && input.input != null) {
            throw new ParameterException(spec.commandLine(), "use either --graph FILE or --input DIR, not both");
        }
        WikidataTable table = gold == null ? null : WikidataTable.read(gold);
        EntityLinker linker = link.linker().orElseThrow();
        KnowledgeGraph kg = graph != null ? readGraph(graph) : input.pipeline(spec.commandLine().getErr(), Optional.empty(), link.wikidata.knownNames()).extract(input.articles(spec.commandLine().getErr()));
        Map<String, LinkDecision> decisions = linker.decide(kg);

        PrintWriter out = spec.commandLine().getOut();
        print(out, kg.entities(), decisions);
        long linked = decisions.values().stream().filter(LinkDecision::linked).count();
        out.printf("%d entities, %d linked, %d NIL%n", decisions.size(), linked, decisions.size() - linked);
        if (table != null) {
            LinkEvaluation ev = LinkEvaluation.evaluate(table, kg.entities(), decisions);
            out.println(ev.summary());
            ev.wrong().forEach(w -> out.println("wrong: " + w));
            ev.missed().forEach(m -> out.println("missed: " + m));
        }
        return 0;
    }

    private static KnowledgeGraph readGraph(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        try {
            Model m = RDFDataMgr.loadModel(file.toString());
            return GraphEntities.read(m);
        } catch (RiotException e) {
            throw new IOException(file + ": not readable as RDF: " + e.getMessage(), e);
        }
    }

    private void print(PrintWriter out, List<Entity> entities, Map<String, LinkDecision> decisions) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"entity", "type", "link", "item", "score", "method", "runner-up", "runner-up item", "runner-up score", "why"});
        for (Entity e : entities) {
            LinkDecision d = decisions.get(e.key());
            Optional<ScoredCandidate> c = d.chosen();
            Optional<ScoredCandidate> r = d.runnerUp();
            rows.add(new String[] {
                e.label(), e.type().name(),
                c.map(ScoredCandidate::qid).orElse("NIL"),
                c.map(s -> s.candidate().label()).orElse(""),
                c.map(s -> score(s.score())).orElse(""),
                d.method().ruleName(),
                r.map(ScoredCandidate::qid).orElse(""),
                r.map(s -> s.candidate().label()).orElse(""),
                r.map(s -> score(s.score())).orElse(""),
                c.or(() -> r).map(ScoredCandidate::explanation).orElse("")});
        }
        if (format == Format.tsv) {
            rows.forEach(row -> out.println(String.join("\t", row)));
            return;
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + width[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String score(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
