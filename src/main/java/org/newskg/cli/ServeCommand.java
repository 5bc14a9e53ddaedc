package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a loaded TDB2 store over SPARQL (read-only) with the Fuseki UI, until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        serve.validate();
        try (GraphStore graphStore = GraphStore.openLoaded(store.data)) {
            serve.serveUntilStopped(graphStore, spec.commandLine().getOut());
        }
        return 0;
    }
}
