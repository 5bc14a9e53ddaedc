package org.newskg.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.TestModels;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;
import org.newskg.store.GraphStore;
import org.newskg.vocab.NKG;

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

    /**
     * The graph extracted from the bundled corpus and linked to Wikidata offline, as `up` makes it
     * (a few seconds), served with the default timeout.
     */
    static ServedGraph bundledCorpus(Path storeDir) throws IOException {
        var articles = new ArticleReader(problem -> {}).readBundled();
        return start(storeDir, TestModels.pipeline().linker(EntityLinker.offline()).build().run(articles).model(),
                KgServer.DEFAULT_TIMEOUT);
    }

    /**
     * {@code count} entities with a label each: about 135 bytes of N-Quads per entity, so that an
     * export of tens of thousands outlasts the socket buffers of a client that does not read.
     */
    static Model labelledEntities(int count) {
        Model graph = ModelFactory.createDefaultModel();
        for (int i = 0; i < count; i++) {
            graph.add(graph.createResource(NKG.DATA + "entity/e" + i), RDFS.label, "entity number " + i + " with a label of some length");
        }
        return graph;
    }

    /** Sends a GET for {@code path} from a client with a small receive window that reads only when the caller does. */
    Socket requestWithoutReading(String path) throws IOException {
        Socket socket = new Socket();
        // Set before connecting, so that the window the server may fill stays small.
        socket.setReceiveBufferSize(16 * 1024);
        socket.connect(new InetSocketAddress("localhost", server.port()));
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
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
