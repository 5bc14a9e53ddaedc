package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.model.Article;
import org.newskg.model.KnowledgeGraph;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extracts the knowledge graph of a folder of articles and loads it, with the ontology, "
                + "into the TDB2 store, replacing what was there.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LinkOptions link;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        link.validate();
        // the store's place is checked first, but its folder is created only after the input was read,
        // so that a missing input leaves no empty store behind
        GraphStore.checkLocation(store.data);
        List<Article> articles = input.articles(spec.commandLine().getErr());
        try (GraphStore graphStore = GraphStore.open(store.data)) {
            extractAndLoad(articles, input, link, graphStore, spec);
        }
        return 0;
    }

    /** Extracts and links the articles and replaces the store's content with their graph; shared with {@code up}. */
    static void extractAndLoad(List<Article> articles, InputOptions input, LinkOptions link, GraphStore store, CommandSpec spec)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline.Result graph = input.run(spec.commandLine().getErr(), link, articles);
        KnowledgeGraph kg = graph.graph();
        store.replace(graph.model());
        out.printf("%d articles, %d entities (%d linked to Wikidata), %d facts -> %s (%d triples with the ontology)%n",
                kg.articles().size(), kg.entities().size(), graph.linked(), kg.facts().size(), store.dir(), store.size());
        out.flush();
    }
}
