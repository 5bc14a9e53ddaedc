package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;
import org.newskg.model.Article;
import org.newskg.model.ArticleInput;
import org.newskg.model.EntityType;
import org.newskg.pipeline.Pipeline;
import org.newskg.relations.learned.RelationModel;
import picocli.CommandLine.Option;

/** {@code --input DIR}, {@code --threads N} and {@code --recognizer NAME}, shared by the commands that extract articles. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of articles: plain text (*.txt) and HTML pages (*.html, *.htm), subfolders included. Default: the bundled corpus.")
    Path input;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles processed in parallel. Default: number of cores.")
    Integer threads;

    /** Which trained entity recognizer finds names beside the rules; the constants are spelled as typed. */
    enum Recognizer { nlp4j, none }

    @Option(names = "--recognizer", paramLabel = "NAME", defaultValue = "nlp4j",
            description = "Trained entity recognizer beside the name rules: ${COMPLETION-CANDIDATES}. nlp4j (NLP4J's English NER) "
                    + "loads in about 20 s and needs about 1.5 GB of heap; none leaves names to the rules. Default: ${DEFAULT-VALUE}")
    Recognizer recognizer;

    /** Which relation readers run; the constants are spelled as typed. */
    enum Relations { all, rules }

    @Option(names = "--relations", paramLabel = "NAME", defaultValue = "all",
            description = "Relation readers: ${COMPLETION-CANDIDATES}. all runs the surface patterns and the learned reader "
                    + "(model from --relation-model, else the one in the jar, which reads a dependency parse: NLP4J's parser loads "
                    + "beside the recognizer and needs about 0.5 GB more heap); rules only the patterns. Default: ${DEFAULT-VALUE}")
    Relations relations;

    @Option(names = "--relation-model", paramLabel = "FILE",
            description = "Relation model written by the train command, instead of the one in the jar.")
    Path relationModel;

    /** Reads the articles, reporting on the input on {@code err}, and runs the pipeline with the linking {@code link} asks for. */
    Pipeline.Result run(PrintWriter err, LinkOptions link) throws IOException {
        List<Article> articles = articles(err);
        return pipeline(err, link).run(articles);
    }

    /** The pipeline with the linking {@code link} asks for and the names of its Wikidata extract. */
    Pipeline pipeline(PrintWriter err, LinkOptions link) throws IOException {
        return pipeline(err, link.linker(), link.wikidata.knownNames());
    }

    /** A relation model file, or an exception naming the file and what is wrong with it. */
    static RelationModel readRelationModel(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return RelationModel.read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("--relation-model " + file + ": " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : "not a relation model (" + e.getMessage() + ")"), e);
        }
    }

    /**
     * Reads the articles, reporting on {@code err} each file skipped and why, each read as HTML or
     * decoded as Windows-1252, and how many were read and skipped; fails when none is usable.
     */
    List<Article> articles(PrintWriter err) throws IOException {
        return articles(input, err);
    }

    /** The same for the articles of {@code folder}, or of the bundled corpus when it is null. */
    static List<Article> articles(Path folder, PrintWriter err) throws IOException {
        return checked(folder, err, reader -> folder == null ? reader.readBundled() : reader.readFolder(folder));
    }

    /**
     * The articles as {@link #articles(PrintWriter)} reads and reports them, but each read again when
     * it is processed rather than held: for the commands that stream a corpus of any size.
     */
    List<ArticleInput> inputs(PrintWriter err) throws IOException {
        return inputs(input, err);
    }

    /** The same for the articles of {@code folder}, or of the bundled corpus when it is null. */
    static List<ArticleInput> inputs(Path folder, PrintWriter err) throws IOException {
        return checked(folder, err, reader -> List.copyOf(folder == null ? reader.readBundled() : reader.listFolder(folder)));
    }

    /** How the articles of the input are read: all of them ({@link ArticleReader#readFolder}), or listed. */
    private interface Reading<A extends ArticleInput> {
        List<A> read(ArticleReader reader) throws IOException;
    }

    private static <A extends ArticleInput> List<A> checked(Path folder, PrintWriter err, Reading<A> reading) throws IOException {
        InputReport report = new InputReport(err, a -> folder == null ? a.sourceFile() : folder.resolve(a.sourceFile()).toString());
        List<A> articles = reading.read(new ArticleReader(report::skipped));
        report.read(articles);
        if (articles.isEmpty()) {
            throw new IOException("no article to extract in " + (folder == null ? "the bundled corpus" : folder));
        }
        return articles;
    }

    /**
     * The pipeline with {@code --threads} and {@code --recognizer}, the linker if any, and the names
     * of a Wikidata extract to type mentions by; progress of model loading goes to {@code err}.
     */
    Pipeline pipeline(PrintWriter err, Optional<EntityLinker> linker, Map<String, EntityType> knownNames) {
        return builder(err, linker, knownNames).build();
    }

    /** The builder of that pipeline, for a command that sets more (a stage clock, a parser of its own). */
    Pipeline.Builder builder(PrintWriter err, Optional<EntityLinker> linker, Map<String, EntityType> knownNames) {
        Pipeline.Builder b = Pipeline.create().linker(linker.orElse(null)).knownNames(knownNames)
                .progress(message -> {
                    err.println(message);
                    err.flush();
                })
                // a bar where someone watches; a log file gets a line every few seconds instead
                .progressBar(System.console() != null ? System.err : null);
        if (recognizer == Recognizer.none) {
            b.recognizer(null);
        }
        if (relations == Relations.rules) {
            b.relationModel(null);
        } else if (relationModel != null) {
            b.relationModel(readRelationModel(relationModel));
        }
        if (threads != null) {
            b.threads(threads);
        }
        return b;
    }
}
