package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.graph.RdfFiles;
import org.newskg.model.ArticleInput;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.ExtractionArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the knowledge graph of a folder of articles into a file (no server).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LinkOptions link;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "Output file; the format follows the extension: .ttl, .trig, .nq, .nt, .jsonld, .rdf. "
                    + ".nq and .nt, and .ttl and .trig (in blocks of a subject's triples), are written as the graph is made; "
                    + ".jsonld and .rdf need the whole graph in memory first.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RdfFiles.formatFor(output);
        OutputFiles.checkWritable(output);
        link.validate();
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleInput> articles = input.inputs(err);
        Pipeline pipeline = input.pipeline(err, link);
        // what each article gave waits on disk, not in the heap, until the entities are known
        ExtractionArchive spill = ExtractionArchive.temporary();
        Pipeline.Streamed graph;
        try {
            graph = RdfFiles.write(output, out -> pipeline.stream(articles, spill, out));
        } finally {
            spill.delete();
        }
        spec.commandLine().getOut().printf("%d articles, %d entities (%d linked to Wikidata), %d facts -> %s%n",
                graph.articles(), graph.entities(), graph.linked(), graph.facts(), output);
        return 0;
    }
}
