package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.graph.RdfFiles;
import org.newskg.model.KnowledgeGraph;
import org.newskg.pipeline.Pipeline;
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
            description = "Output file; the format follows the extension: .ttl, .trig, .nq, .nt, .jsonld, .rdf")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RdfFiles.formatFor(output);
        OutputFiles.checkWritable(output);
        link.validate();
        Pipeline.Result graph = input.run(spec.commandLine().getErr(), link);
        KnowledgeGraph kg = graph.graph();
        RdfFiles.write(graph.model(), output);
        spec.commandLine().getOut().printf("%d articles, %d entities (%d linked to Wikidata), %d facts -> %s%n",
                kg.articles().size(), kg.entities().size(), graph.linked(), kg.facts().size(), output);
        return 0;
    }
}
