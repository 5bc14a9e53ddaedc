package org.newskg.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.newskg.TestModels;
import org.newskg.ingest.ArticleReader;
import org.newskg.store.GraphStore;

/** A real server on a free port over a real TDB2 store holding a graph, for tests over HTTP. Closing stops both. */
final class ServedGraph implements AutoCloseable {
    final GraphStore store;
    final KgServer server;

    private ServedGraph(GraphStore store, KgServer server) {
        this.store = store;
        this.server = server;
    }

    /** Loads {@code graph} into a store in {@code storeDir} and serves it with the given query timeout. */
    static ServedGraph start(Path storeDir, Model graph, Duration timeout) throws IOException {
        return start(storeDir, graph, builder -> builder.timeout(timeout));
    }

    /** Loads {@code graph} into a store in {@code storeDir} and serves it with the given settings. */
    static ServedGraph start(Path storeDir, Model graph, UnaryOperator<KgServer.Builder> settings) throws IOException {
        return start(storeDir, graph, UnaryOperator.identity(), settings);
    }

    /** As above, serving {@code view} of the store's dataset, such as a wrapper that watches how it is read. */
    static ServedGraph start(Path storeDir, Model graph, UnaryOperator<Dataset> view, UnaryOperator<KgServer.Builder> settings)
            throws IOException {
        GraphStore store = GraphStore.open(storeDir);
        try {
            store.replace(graph);
            return new ServedGraph(store, settings.apply(KgServer.builder().dataset(view.apply(store.dataset())).port(0)).build().start());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The graph extracted from the bundled corpus (a few seconds), served with the default timeout. */
    static ServedGraph bundledCorpus(Path storeDir) throws IOException {
        var articles = new ArticleReader(problem -> {}).readBundled();
        return start(storeDir, TestModels.PIPELINE.run(articles).model(), KgServer.DEFAULT_TIMEOUT);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
