package org.newskg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newskg.model.ArticleInput;
import org.newskg.server.KgServer;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Extracts the articles (default: the bundled corpus), loads the graph into the TDB2 store "
                + "and serves it over SPARQL with the Fuseki UI, until stopped. Entities are linked to Wikidata; the Wikidata "
                + "extract is served at /wikidata and answers SERVICE <" + KgServer.WIKIDATA_SERVICE + "> unless "
                + "--wikidata-endpoint says otherwise.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LinkOptions link;

    @Mixin
    StoreOptions store;

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        serve.validate();
        // The port and the store are checked before the extraction, which takes a while; the store's
        // folder is created only after the input was read, so that a missing input leaves no empty store.
        serve.checkPortFree();
        GraphStore.checkAvailable(store.data);
        List<ArticleInput> articles = input.inputs(spec.commandLine().getErr());
        try (GraphStore graphStore = GraphStore.open(store.data)) {
            // --wikidata with --link online names only the extract to serve, so it is not refused here.
            Dataset wikidata = link.wikidata.dataset();
            LoadCommand.extractAndLoad(articles, input, link, graphStore, spec);
            serve.serveUntilStopped(graphStore, wikidata, spec.commandLine().getOut());
        }
        return 0;
    }
}
