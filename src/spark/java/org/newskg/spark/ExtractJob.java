package org.newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newskg.entities.EntityResolver;
import org.newskg.entities.NameRecord;
import org.newskg.graph.GraphWriter;
import org.newskg.graph.Ranking;
import org.newskg.graph.RdfFiles;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;
import org.newskg.link.LinkDecision;
import org.newskg.link.LinkWriter;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.Entity;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.Json;
import scala.Tuple2;

/**
 * The extractor on Spark: the graph the {@code extract} command makes of a folder of articles,
 * made of the articles under a Hadoop filesystem path and written as N-Quads partitions.
 * <ol>
 *   <li>The driver lists the article files, in path order as {@code extract} reads a folder, and
 *       gives each its article id and its index in that order.</li>
 *   <li>Executors read the files and run the per-article stages ({@link ExecutorPipeline}: the
 *       models loaded once per executor JVM), keeping each article's extraction as JSON and the
 *       {@link NameRecord}s of its name keys ({@link EntityResolver#names}).</li>
 *   <li>The records are grouped by key and added up in article order; the driver turns the one
 *       record per key into entities ({@link EntityResolver#entities}), the step that needs the
 *       whole corpus, and sends them to the executors.</li>
 *   <li>Executors assemble each article's facts ({@link EntityResolver#facts}); the parts of a
 *       fact are grouped by fact key and merged ({@link EntityResolver#mergeFact}).</li>
 *   <li>Articles, entities and facts are written as N-Quads files, one per partition; the ranks
 *       of the entities and facts ({@link GraphWriter#ranks}), made on the driver from the
 *       entities and a small entry of each fact, as one; the links to Wikidata, decided on the
 *       driver from the entities and the edges between them, as one.</li>
 * </ol>
 * The resolution rules are {@link EntityResolver}'s, the ones {@code extract} uses: the output is
 * the graph {@code extract} writes, as a set of triples in several files.
 */
public final class ExtractJob {
    /** An article file to read: its index in path order, its path under the input and its article id. */
    record InputFile(long index, String relativePath, String id) implements Serializable {}

    /** What the per-article stages found in one article: its extraction as JSON and the records of its name keys. */
    record Extracted(long index, String extraction, List<NameRecord> names) implements Serializable {}

    /** A fact as one article states it, as JSON, with the article's index. */
    record FactPart(long index, String fact) implements Serializable {}

    /** An edge between two entities, all the linker reads of a fact. */
    record Edge(String subject, String property, String object) implements Serializable {}

    /** What a run wrote. */
    public record Summary(long articles, long entities, long facts, long linked, int files) {}

    private ExtractJob() {}

    /**
     * Extracts the articles under {@code input} into N-Quads files in {@code output}, a folder that
     * must not exist yet; {@code partitions} is how many parts the articles are split into.
     */
    public static Summary run(JavaSparkContext jsc, String input, String output, JobSettings settings, int partitions) throws IOException {
        HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
        Path out = new Path(output);
        FileSystem outFs = out.getFileSystem(conf.get());
        if (outFs.exists(out)) {
            throw new IOException(output + " exists; the job writes a new folder");
        }
        outFs.mkdirs(out);

        List<InputFile> files = articleFiles(new Path(input), conf);
        if (files.isEmpty()) {
            throw new IOException("no article file (.txt, .html, .htm) under " + input);
        }
        JavaRDD<Extracted> extracted = jsc.parallelize(files, partitions)
                .mapPartitions(part -> extract(part, input, conf, settings))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        List<NameRecord> names = extracted
                .flatMapToPair(x -> x.names().stream().map(r -> new Tuple2<>(r.key(), r)).iterator())
                .groupByKey()
                .map(group -> inArticleOrder(group._2(), NameRecord::article).stream().reduce(NameRecord::plus).orElseThrow())
                .collect();
        Map<String, Entity> entities = new EntityResolver().entities(names);
        Broadcast<Map<String, Entity>> shared = jsc.broadcast(entities);

        JavaPairRDD<String, FactPart> parts = extracted
                .flatMapToPair(x -> factParts(x, shared.value()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long articles = extracted.mapPartitionsWithIndex((i, part) -> write(out, "articles", i, conf, sources(part)), false).reduce(Integer::sum);
        List<Entity> sorted = EntityResolver.sorted(entities.values());
        jsc.parallelize(sorted, partitions)
                .mapPartitionsWithIndex((i, part) -> write(out, "entities", i, conf, new KnowledgeGraph(List.of(), list(part), List.of())), false)
                .count();
        // each partition of facts, once written, gives back a small entry of each of its facts for
        // the ranks, which need every entity and fact and are made on the driver
        List<Ranking.Entry> factEntries = parts.groupByKey()
                .map(group -> EntityResolver.mergeFact(inArticleOrder(group._2(), FactPart::index).stream()
                        .map(p -> Json.read(p.fact(), Fact.class)).toList()))
                .mapPartitionsWithIndex((i, part) -> {
                    List<Fact> written = list(part);
                    write(out, "facts", i, conf, new KnowledgeGraph(List.of(), List.of(), written));
                    return written.stream().map(GraphWriter::articleEntry).iterator();
                }, false)
                .collect();
        long facts = factEntries.size();
        Model ranks = ModelFactory.createDefaultModel();
        GraphWriter.ranks(sorted.stream().map(GraphWriter::mentionEntry).toList(), factEntries).forEach(ranks.getGraph()::add);
        writeFile(new Path(out, "ranks.nq"), conf, ranks);
        long linked = 0;
        EntityLinker linker = settings.linker();
        if (linker != null) {
            List<Fact> edges = parts.values().map(p -> edge(Json.read(p.fact(), Fact.class))).filter(e -> e != null).distinct().collect()
                    .stream().map(e -> new Fact(e.subject(), ResourceFactory.createProperty(e.property()), new FactObject.EntityRef(e.object()), List.of(), 0))
                    .toList();
            Map<String, LinkDecision> decisions = linker.decide(new KnowledgeGraph(List.of(), sorted, edges));
            Model links = ModelFactory.createDefaultModel();
            LinkWriter.write(links, decisions);
            writeFile(new Path(out, "links.nq"), conf, links);
            linked = decisions.values().stream().filter(LinkDecision::linked).count();
        }
        extracted.unpersist();
        parts.unpersist();
        // a filesystem may keep files of its own beside them (the local one a hidden .crc per file)
        int written = outFs.listStatus(out, p -> p.getName().endsWith(".nq")).length;
        return new Summary(articles, sorted.size(), facts, linked, written);
    }

    /** The article files under {@code root}, in path order, with their ids and indexes. */
    private static List<InputFile> articleFiles(Path root, HadoopConf conf) throws IOException {
        FileSystem fs = root.getFileSystem(conf.get());
        String prefix = fs.getFileStatus(root).getPath().toUri().getPath();
        List<String> paths = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            String relative = it.next().getPath().toUri().getPath().substring(prefix.length() + 1);
            boolean hidden = List.of(relative.split("/")).stream().anyMatch(s -> s.startsWith("."));
            if (!hidden && ArticleReader.isArticleFile(relative.substring(relative.lastIndexOf('/') + 1))) {
                paths.add(relative);
            }
        }
        paths.sort(Comparator.naturalOrder());
        Map<String, String> ids = ArticleReader.ids(paths);
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            files.add(new InputFile(i, paths.get(i), ids.get(paths.get(i))));
        }
        return files;
    }

    /** Reads and extracts the articles of one partition; files that are no article (empty, binary) are reported and left out. */
    private static Iterator<Extracted> extract(Iterator<InputFile> files, String input, HadoopConf conf, JobSettings settings) throws IOException {
        Pipeline pipeline = ExecutorPipeline.get(settings);
        ArticleReader reader = new ArticleReader(problem -> System.err.println("skipped " + problem));
        FileSystem fs = new Path(input).getFileSystem(conf.get());
        List<Extracted> out = new ArrayList<>();
        while (files.hasNext()) {
            InputFile f = files.next();
            byte[] bytes;
            try (InputStream in = fs.open(new Path(input, f.relativePath()))) {
                bytes = in.readAllBytes();
            }
            for (Article a : reader.read(f.id(), f.relativePath(), bytes).stream().toList()) {
                ArticleExtraction x = pipeline.process(a);
                out.add(new Extracted(f.index(), Json.write(x), EntityResolver.names(x, f.index())));
            }
        }
        return out.iterator();
    }

    private static List<Tuple2<String, FactPart>> factParts(Extracted x, Map<String, Entity> entities) {
        ArticleExtraction ax = Json.read(x.extraction(), ArticleExtraction.class);
        List<Tuple2<String, FactPart>> out = new ArrayList<>();
        for (Fact f : new EntityResolver().facts(ax, entities)) {
            out.add(new Tuple2<>(EntityResolver.factKey(f), new FactPart(x.index(), Json.write(f))));
        }
        return out;
    }

    private static KnowledgeGraph sources(Iterator<Extracted> part) {
        List<KnowledgeGraph.Source> sources = new ArrayList<>();
        part.forEachRemaining(x -> sources.add(EntityResolver.source(Json.read(x.extraction(), ArticleExtraction.class))));
        return new KnowledgeGraph(sources, List.of(), List.of());
    }

    private static Edge edge(Fact f) {
        return f.object() instanceof FactObject.EntityRef ref ? new Edge(f.subject(), f.property().getURI(), ref.key()) : null;
    }

    /** The parts of one key, in the order of the articles they come from. */
    private static <T> List<T> inArticleOrder(Iterable<T> parts, Function<T, Long> index) {
        List<T> sorted = new ArrayList<>();
        parts.forEach(sorted::add);
        sorted.sort(Comparator.comparing(index));
        return sorted;
    }

    private static <T> List<T> list(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** Writes one partition's part of the graph as {@code NAME-NNNNN.nq}; returns how many articles, entities or facts it holds. */
    private static Iterator<Integer> write(Path out, String name, int partition, HadoopConf conf, KnowledgeGraph kg) throws IOException {
        writeFile(new Path(out, String.format("%s-%05d.nq", name, partition)), conf, new GraphWriter().writePart(kg));
        return List.of(kg.articles().size() + kg.entities().size() + kg.facts().size()).iterator();
    }

    /** Writes a file of the output; a task that is run again replaces the file its first attempt wrote. */
    private static void writeFile(Path file, HadoopConf conf, Model model) throws IOException {
        try (OutputStream o = file.getFileSystem(conf.get()).create(file, true)) {
            RdfFiles.write(model, RDFFormat.NQUADS, o);
        }
    }
}
