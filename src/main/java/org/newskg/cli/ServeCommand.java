package org.newskg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newskg.server.KgServer;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a loaded TDB2 store over SPARQL (read-only) with the Fuseki UI, until stopped, and the "
                + "Wikidata extract at /wikidata, which answers SERVICE <" + KgServer.WIKIDATA_SERVICE + "> unless "
                + "--wikidata-endpoint says otherwise.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ServeOptions serve;

    @Mixin
    WikidataOptions wikidata;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        serve.validate();
        Dataset extract = wikidata.dataset();
        try (GraphStore graphStore = GraphStore.openLoaded(store.data)) {
            serve.serveUntilStopped(graphStore, extract, spec.commandLine().getOut());
        }
        return 0;
    }
}
