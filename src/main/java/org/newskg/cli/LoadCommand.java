package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.newskg.graph.StreamedGraph;
import org.newskg.model.ArticleInput;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.ExtractionArchive;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extracts the knowledge graph of a folder of articles and loads it, with the ontology, "
                + "into the TDB2 store, replacing what was there; or, with --add or --remove, adds articles to the "
                + "store or takes them out without reading the others again (what each article gave is kept in the "
                + "store's folder, under " + ExtractionArchive.FOLDER + "/).")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LinkOptions link;

    @Mixin
    StoreOptions store;

    @Option(names = "--add", paramLabel = "DIR",
            description = "Add the articles of this folder to the loaded store: entities are resolved together with "
                    + "those already there, as a full load of all the articles would. An article already loaded "
                    + "(same path, same text) changes nothing; one whose text changed is replaced.")
    Path add;

    @Option(names = "--remove", paramLabel = "ARTICLE",
            description = "Take an article out of the loaded store (its id, as in its IRI .../article/ID, or its path "
                    + "in the folder it was loaded from), with the facts only it supported; repeatable.")
    List<String> remove = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        link.validate();
        if (add != null || !remove.isEmpty()) {
            return change();
        }
        // the store's place is checked first, but its folder is created only after the input was read,
        // so that a missing input leaves no empty store behind
        GraphStore.checkLocation(store.data);
        List<ArticleInput> articles = input.inputs(spec.commandLine().getErr());
        try (GraphStore graphStore = GraphStore.open(store.data)) {
            extractAndLoad(articles, input, link, graphStore, spec);
        }
        return 0;
    }

    /**
     * Extracts and links the articles, replaces the store's content with their graph and keeps
     * what each article gave in the store's archive; shared with {@code up}. The graph goes into
     * the store as it is made ({@link Pipeline#stream}), each article's extraction into the archive
     * that replaces the old one once the store holds the new graph.
     */
    static void extractAndLoad(List<? extends ArticleInput> articles, InputOptions input, LinkOptions link, GraphStore store,
                               CommandSpec spec) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = input.pipeline(err, link);
        ExtractionArchive archive = ExtractionArchive.of(store.dir());
        ExtractionArchive staged = archive.staging();
        Pipeline.Streamed graph = write(store, out -> pipeline.stream(articles, staged, out), err);
        archive.replaceWith(staged);
        summary(graph, store, spec);
    }

    /**
     * {@code --add} and {@code --remove}: the corpus-wide step run again, as a full load would run
     * it, on the archived extractions, with the new articles' and without the removed ones, and the
     * graph streamed into the store like a full load's. Of the corpus only the archive's list of
     * articles (id and path of each) and the name records are held, never every extraction or the
     * graph, so the heap needed does not grow with the store beyond the entity table.
     */
    private int change() throws IOException {
        if (add != null && (input.input != null || !remove.isEmpty())) {
            throw new IllegalArgumentException("--add: give it alone, not with " + (input.input != null ? "--input" : "--remove"));
        }
        if (!remove.isEmpty() && input.input != null) {
            throw new IllegalArgumentException("--remove: give it alone, not with --input");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleInput> added = add == null ? List.of() : InputOptions.inputs(add, err);
        try (GraphStore graphStore = GraphStore.openLoaded(store.data)) {
            ExtractionArchive archive = ExtractionArchive.of(graphStore.dir());
            if (!archive.exists()) {
                throw new IOException("--data " + store.data + ": this store keeps no record of its articles (it was loaded "
                        + "by an older newskg); load it again with load --input DIR to add or remove articles later");
            }
            Map<String, ExtractionArchive.Entry> loaded = new LinkedHashMap<>();
            for (ExtractionArchive.Entry e : archive.entries()) {
                loaded.put(e.id(), e);
            }
            List<ArticleInput> toRead = add == null ? List.of() : changedArticles(added, loaded, err);
            List<String> removed = add == null ? removedIds(loaded) : List.of();
            if (toRead.isEmpty() && removed.isEmpty()) {
                spec.commandLine().getOut().printf("nothing to add: all %d articles are loaded already; the store is unchanged%n", added.size());
                spec.commandLine().getOut().flush();
                return 0;
            }
            if (removed.size() == loaded.size()) {
                throw new IllegalArgumentException("--remove: that would take out every article; load another folder instead");
            }
            if (toRead.isEmpty()) {
                // only the corpus-wide step runs: no article is read, so no recognizer is needed
                input.recognizer = InputOptions.Recognizer.none;
            }
            Pipeline pipeline = input.pipeline(err, link);
            // the new articles' extractions wait beside the archive until the store holds the graph they are part of
            ExtractionArchive staged = archive.staging();
            List<ExtractionArchive.Entry> read = toRead.isEmpty() ? List.of() : pipeline.extractInto(toRead, staged);
            read.forEach(e -> loaded.put(e.id(), e));
            removed.forEach(loaded::remove);
            List<ExtractionArchive.Entry> corpus = new ArrayList<>(loaded.values());
            // the order a full load of the union would read them in: by path
            corpus.sort(Comparator.comparing(ExtractionArchive.Entry::sourceFile));
            Pipeline.Streamed graph = write(graphStore, out -> pipeline.streamExtracted(corpus, out), err);
            for (ExtractionArchive.Entry e : read) {
                archive.take(staged, e.id());
            }
            for (String id : removed) {
                archive.remove(id);
            }
            staged.delete();
            summary(graph, graphStore, spec);
        }
        return 0;
    }

    /** The articles of {@code --add} that are new or changed; fails on one that would take a loaded article's id. */
    private static List<ArticleInput> changedArticles(List<ArticleInput> added, Map<String, ExtractionArchive.Entry> loaded,
                                                      PrintWriter err) throws IOException {
        List<ArticleInput> changed = new ArrayList<>();
        for (ArticleInput a : added) {
            ExtractionArchive.Entry old = loaded.get(a.id());
            if (old == null) {
                changed.add(a);
            } else if (!old.sourceFile().equals(a.sourceFile())) {
                throw new IllegalArgumentException("--add: " + a.sourceFile() + " would get the id " + a.id() + " of the loaded article "
                        + old.sourceFile() + "; rename one of them");
            } else if (old.read().article().text().equals(a.read().text())) {
                err.println("already loaded, unchanged: " + a.sourceFile());
            } else {
                err.println("loaded before with another text, replaced: " + a.sourceFile());
                changed.add(a);
            }
        }
        err.flush();
        return changed;
    }

    /** The ids of the articles {@code --remove} names by id or path; fails, before anything changes, on a name not loaded. */
    private List<String> removedIds(Map<String, ExtractionArchive.Entry> loaded) {
        List<String> ids = new ArrayList<>();
        for (String name : remove) {
            String id = loaded.values().stream()
                    .filter(e -> e.id().equals(name) || e.sourceFile().equals(name))
                    .map(ExtractionArchive.Entry::id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--remove " + name + ": no such article in the store "
                            + "(give its id, as in its IRI .../article/ID, or its path in the folder it was loaded from)"));
            ids.add(id);
        }
        return ids;
    }

    /**
     * Replaces the store's content with the graph {@code graph} streams and says how long the
     * writing took, from its first triple: before it come the extraction and entity resolution.
     */
    private static Pipeline.Streamed write(GraphStore store, StreamedGraph<Pipeline.Streamed> graph, PrintWriter err) throws IOException {
        long[] writing = new long[1];
        Pipeline.Streamed written = store.replace(out -> graph.writeTo(new StreamRDFWrapper(out) {
            @Override
            public void start() {
                writing[0] = System.nanoTime();
                super.start();
            }
        }));
        err.printf(Locale.ROOT, "wrote %d triples to the store in %.1f s%n", written.triples(), (System.nanoTime() - writing[0]) / 1e9);
        err.flush();
        return written;
    }

    private static void summary(Pipeline.Streamed graph, GraphStore store, CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d articles, %d entities (%d linked to Wikidata), %d facts -> %s (%d triples with the ontology)%n",
                graph.articles(), graph.entities(), graph.linked(), graph.facts(), store.dir(), store.size());
        out.flush();
    }
}
