package org.newskg.store;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;

/**
 * What the per-article stages found in each loaded article, kept beside the store so that
 * articles can be added or removed later without reading the others again: the corpus-wide step
 * (entity resolution, the RDF, links) is then re-run on what is kept here plus the new articles,
 * which gives the graph a full load of the union would give. One gzipped JSON file per article,
 * named after its id, in {@code extractions/} inside the store's folder (TDB2 keeps to its own
 * {@code Data-NNNN} folders).
 */
public final class ExtractionArchive {
    /** The archive's folder inside a store's folder. */
    public static final String FOLDER = "extractions";
    private static final String SUFFIX = ".json.gz";


    private final Path dir;

    private ExtractionArchive(Path dir) {
        this.dir = dir;
    }

    /** The archive of the store in {@code storeDir}, whether it exists yet or not. */
    public static ExtractionArchive of(Path storeDir) {
        return new ExtractionArchive(storeDir.resolve(FOLDER));
    }

    /** Whether the store was loaded with its archive (stores loaded before there was one have none). */
    public boolean exists() {
        return Files.isDirectory(dir);
    }

    /**
     * An empty archive in a new temporary folder, for a run that keeps no store: what each article
     * gave waits there, out of the heap, until the graph is written; {@link #delete} it then.
     */
    public static ExtractionArchive temporary() throws IOException {
        return new ExtractionArchive(Files.createTempDirectory("newskg-extractions"));
    }

    /**
     * An empty archive beside this one, where a load puts what each article it reads gives; once
     * the store holds the new graph, it takes this one's place ({@link #replaceWith}, a full load)
     * or its articles join this one ({@link #take}, {@code load --add}), so that a failed load
     * leaves the old archive with the old store.
     */
    public ExtractionArchive staging() throws IOException {
        Path fresh = dir.resolveSibling(FOLDER + ".new");
        deleteTree(fresh);
        Files.createDirectories(fresh);
        return new ExtractionArchive(fresh);
    }

    /** Replaces the whole archive with {@code staged} (from {@link #staging}), as a full load replaces the store. */
    public void replaceWith(ExtractionArchive staged) throws IOException {
        deleteTree(dir);
        Files.move(staged.dir, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the archive and its folder. */
    public void delete() throws IOException {
        deleteTree(dir);
    }

    /** The extraction of one article; fails, naming the file, when there is none or it cannot be read. */
    public ArticleExtraction read(String articleId) throws IOException {
        return read(file(dir, articleId));
    }

    /** Adds or replaces one article's extraction. */
    public void put(ArticleExtraction extraction) throws IOException {
        write(dir, extraction);
    }

    /** Removes one article's extraction; false when there was none. */
    public boolean remove(String articleId) throws IOException {
        return Files.deleteIfExists(file(dir, articleId));
    }

    /**
     * Moves one article's extraction from {@code staged} (from {@link #staging}) into this archive,
     * replacing the one kept for its id if any: a file renamed, not read.
     */
    public void take(ExtractionArchive staged, String articleId) throws IOException {
        Path f = file(dir, articleId);
        Files.createDirectories(f.getParent());
        Files.move(file(staged.dir, articleId), f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Every archived article, in the order a load reads files: by path in the input folder. Of each
     * file only the article's id and path are read, not its extraction, so that the list of a large
     * archive is small and quick to make.
     */
    public List<Entry> entries() throws IOException {
        List<Entry> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                Article a = readArticle(f);
                all.add(new Entry(this, a.id(), a.sourceFile()));
            }
        }
        all.sort(Comparator.comparing(Entry::sourceFile));
        return all;
    }

    /** The entry of an article this archive holds (or will hold, once a run has put it). */
    public Entry entry(String articleId, String sourceFile) {
        return new Entry(this, articleId, sourceFile);
    }

    /** An article kept in an archive: its id and path in the folder it was read from; its extraction is read when wanted. */
    public record Entry(ExtractionArchive archive, String id, String sourceFile) {
        public ArticleExtraction read() throws IOException {
            return archive.read(id);
        }
    }

    private static Path file(Path dir, String articleId) {
        // ids are slugs of paths ("2024/may/story"): their slashes become folders, nothing climbs out
        return dir.resolve(articleId + SUFFIX);
    }

    private static void write(Path dir, ArticleExtraction x) throws IOException {
        Path f = file(dir, x.article().id());
        Files.createDirectories(f.getParent());
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
            Json.GSON.toJson(x, ArticleExtraction.class, w);
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ArticleExtraction read(Path f) throws IOException {
        try (Reader r = new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8)) {
            ArticleExtraction x = Json.GSON.fromJson(r, ArticleExtraction.class);
            if (x == null) {
                throw new IOException(f + ": empty extraction file");
            }
            return x;
        } catch (RuntimeException e) {
            throw new IOException(f + ": not an extraction written by newskg (" + e.getMessage() + ")", e);
        }
    }

    /** The article an extraction file was made of, read without the rest of the file (written after it). */
    private static Article readArticle(Path f) throws IOException {
        try (JsonReader r = new JsonReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
            r.beginObject();
            while (r.hasNext()) {
                if (r.nextName().equals("article")) {
                    Article a = Json.GSON.fromJson(r, Article.class);
                    if (a != null) {
                        return a;
                    }
                    break;
                }
                r.skipValue();
            }
            throw new IOException(f + ": extraction file without its article");
        } catch (ZipException | RuntimeException e) {
            throw new IOException(f + ": not an extraction written by newskg (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
