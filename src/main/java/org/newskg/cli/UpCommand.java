package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Extracts the articles (default: the bundled corpus), loads the graph into the TDB2 store "
                + "and serves it over SPARQL with the Fuseki UI, until stopped.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions store;

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        serve.validate();
        try (GraphStore graphStore = GraphStore.open(store.data)) {
            LoadCommand.extractAndLoad(input, graphStore, spec);
            serve.serveUntilStopped(graphStore, spec.commandLine().getOut());
        }
        return 0;
    }
}
