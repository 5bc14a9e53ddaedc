package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.graph.StreamedGraph;
import org.newskg.vocab.Ontology;

/**
 * The knowledge graph on disk: a TDB2 database whose default graph holds the ontology and the
 * extracted graph. One process at a time may open a store folder (TDB2 locks it).
 */
public final class GraphStore implements AutoCloseable {
    /** Where the commands keep the store unless told otherwise, relative to the working folder. */
    public static final Path DEFAULT_DIR = Path.of("data", "tdb2");
    /** Triples from which a first load goes through TDB2's bulk loader. */
    private static final int BULK_LOAD_MIN_TRIPLES = 100_000;

    /** TDB2 keeps each generation of the database in a sub-folder named like this. */
    private static final Pattern TDB2_GENERATION = Pattern.compile("Data-\\d+");

    private final Path dir;
    private final Dataset dataset;

    private GraphStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * Opens the store in {@code dir}, creating the folder and an empty store when there is none.
     * Refuses a folder that holds other files, so that a wrong {@code --data} does not litter it.
     */
    public static GraphStore open(Path dir) throws IOException {
        checkLocation(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(dir + ": cannot create the store folder (" + e + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new IOException(dir + ": store folder is not writable");
        }
        return new GraphStore(dir, connect(dir));
    }

    /**
     * Fails, saying why, when {@code dir} cannot hold a store: a file, or a folder that holds other
     * files. Creates nothing, so that a command can check its store before work that may fail.
     */
    public static void checkLocation(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder; the store needs a folder of its own");
        }
        if (Files.isDirectory(dir) && !isEmptyFolder(dir) && !holdsStore(dir)) {
            throw new IOException(dir + ": folder is not empty and holds no TDB2 store; choose an empty or new folder");
        }
    }

    /**
     * {@link #checkLocation}, and fails when another process (a running {@code serve} or {@code up})
     * holds the store, so that a command finds out before its long work rather than after.
     */
    public static void checkAvailable(Path dir) throws IOException {
        checkLocation(dir);
        if (Files.isDirectory(dir) && holdsStore(dir)) {
            new GraphStore(dir, connect(dir)).close();
        }
    }

    /** Opens a store that has been loaded; fails, saying what to do, when there is none. */
    public static GraphStore openLoaded(Path dir) throws IOException {
        if (!Files.isDirectory(dir) || !holdsStore(dir)) {
            throw new IOException(dir + ": no knowledge graph stored here; run `newskg load` or `newskg up` first");
        }
        GraphStore store = open(dir);
        if (store.size() == 0) {
            store.close();
            throw new IOException(dir + ": the store is empty; run `newskg load` or `newskg up` first");
        }
        return store;
    }

    private static Dataset connect(Path dir) throws IOException {
        try {
            return TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            // TDB2 reports a folder held by another process as "Failed to get a lock: ... held by process N".
            String message = dir + ": cannot open the TDB2 store: " + e.getMessage();
            if (e instanceof DBOpEnvException && String.valueOf(e.getMessage()).contains("lock")) {
                throw new StoreInUseException(message + "; a running `newskg serve` or `up` holds it: stop it first,"
                        + " or ask it with --endpoint URL (`query` and `export`)", e);
            }
            throw new IOException(message, e);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    private static boolean holdsStore(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(p -> Files.isDirectory(p) && TDB2_GENERATION.matcher(p.getFileName().toString()).matches());
        }
    }

    public Path dir() {
        return dir;
    }

    /** The live TDB2 dataset, for the server; access it inside transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces the whole content of the store with the ontology plus {@code graph}, both in the
     * default graph, as {@link #replace(StreamedGraph)} does with the triples of a graph too large
     * to hold.
     */
    public void replace(Model graph) {
        try {
            replace(out -> {
                graph.getNsPrefixMap().forEach(out::prefix);
                graph.getGraph().find().forEachRemaining(out::triple);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the graph is in memory: nothing is read
        }
    }

    /**
     * Replaces the whole content of the store with the ontology plus the triples {@code content}
     * writes, taking them as they come rather than holding the graph: readers see the old graph or
     * the new one, never a mix, and a failure leaves the old one in place. An empty store gets them
     * in a write transaction, or through TDB2's bulk loader once there are
     * {@value #BULK_LOAD_MIN_TRIPLES} of them (the first of them held until then): the loader is
     * several times as fast as a write transaction, and transactional too, but its fixed cost of a
     * few seconds makes a write transaction faster for a small content; nothing is stale, so
     * nothing is compacted. A loaded one is emptied and filled in one write transaction, then
     * compacted (TDB2 never overwrites in place, so every write would add what it changed to the
     * files; compacting keeps only the live generation). A write transaction goes to TDB2's files,
     * not to the heap, so a graph of any size is written in bounded memory: {@code load --add} and
     * {@code --remove} write the whole graph this way too, since writing only the difference would
     * need the new graph and the stored one in hand.
     */
    public <T> T replace(StreamedGraph<T> content) throws IOException {
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean empty = Txn.calculateRead(dataset, dsg::isEmpty);
        Loading loading = empty ? new FirstLoad() : new Reload();
        StreamRDF canonical = new StreamRDFWrapper(loading) {
            @Override
            public void triple(Triple t) {
                super.triple(canonical(t));
            }
        };
        T result;
        try {
            Model ontology = Ontology.load();
            ontology.getNsPrefixMap().forEach(canonical::prefix);
            ontology.getGraph().find().forEachRemaining(canonical::triple);
            result = content.writeTo(canonical);
            loading.commit();
        } catch (IOException | RuntimeException | Error e) {
            loading.abort(e);
            throw e;
        }
        if (!empty) {
            DatabaseMgr.compact(dsg, true);
        }
        return result;
    }

    /** A graph going into the store; ends with one of {@link #commit} or {@link #abort}. */
    private abstract static class Loading extends StreamRDFBase {
        abstract void commit();

        abstract void abort(Throwable e);
    }

    /** Into an empty store: held up to the bulk loader's threshold, then through the loader. */
    private final class FirstLoad extends Loading {
        private final Map<String, String> prefixes = new LinkedHashMap<>();
        private List<Triple> held = new ArrayList<>();
        private DataLoader loader;

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.put(prefix, iri);
            if (loader != null) {
                loader.stream().prefix(prefix, iri);
            }
        }

        @Override
        public void triple(Triple t) {
            if (loader != null) {
                loader.stream().triple(t);
                return;
            }
            held.add(t);
            if (held.size() >= BULK_LOAD_MIN_TRIPLES) {
                loader = LoaderFactory.phasedLoader(dataset.asDatasetGraph(), (format, args) -> {});
                loader.startBulk();
                prefixes.forEach(loader.stream()::prefix);
                held.forEach(loader.stream()::triple);
                held = null;
            }
        }

        @Override
        void commit() {
            if (loader != null) {
                loader.finishBulk();
                return;
            }
            DatasetGraph dsg = dataset.asDatasetGraph();
            Txn.executeWrite(dataset, () -> {
                dsg.prefixes().putAll(prefixes);
                held.forEach(dsg.getDefaultGraph()::add);
            });
        }

        @Override
        void abort(Throwable e) {
            if (loader != null) {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            }
        }
    }

    /** Into a loaded store: emptied and filled in one write transaction. */
    private final class Reload extends Loading {
        private final DatasetGraph dsg = dataset.asDatasetGraph();

        Reload() {
            dataset.begin(ReadWrite.WRITE);
            dsg.listGraphNodes().forEachRemaining(dsg::removeGraph);
            dsg.getDefaultGraph().clear();
            dsg.prefixes().clear();
        }

        @Override
        public void prefix(String prefix, String iri) {
            dsg.prefixes().add(prefix, iri);
        }

        @Override
        public void triple(Triple t) {
            dsg.getDefaultGraph().add(t);
        }

        @Override
        void commit() {
            dataset.commit();
            dataset.end();
        }

        @Override
        void abort(Throwable e) {
            dataset.abort();
            dataset.end();
        }
    }

    /**
     * The triple with its literal in its canonical form ("0.900" as "0.9"): TDB2 keeps numbers by
     * value and gives back the canonical form, and a triple written otherwise would not be found
     * equal to what the store gives back.
     */
    private static Triple canonical(Triple t) {
        return t.getObject().isLiteral() ? Triple.create(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(t.getObject())) : t;
    }

    /** A copy of the whole content in memory, read in one transaction: one consistent state. */
    public Dataset snapshot() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            DatasetGraph source = dataset.asDatasetGraph();
            source.find().forEachRemaining(copy::add);
            copy.prefixes().putAll(source.prefixes());
            return DatasetFactory.wrap(copy);
        });
    }

    /** Number of triples in the default graph. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.getDefaultModel().size());
    }

    /** Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query in a read transaction. */
    public QueryAnswer query(Query query) {
        return query(query, new Context());
    }

    /** Runs a query with settings in its context, such as what SERVICE may call. */
    public QueryAnswer query(Query query, Context context) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).context(context).build()) {
                return QueryAnswer.of(query, exec);
            }
        });
    }

    /**
     * Releases the database and its lock file, so that another process can open the folder. The
     * plain {@code Dataset.close()} would leave TDB2's connection cached, and locked, for the life
     * of the JVM.
     */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
