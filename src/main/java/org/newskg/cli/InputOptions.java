package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;
import org.newskg.model.Article;
import org.newskg.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** {@code --input DIR} and {@code --threads N}, shared by the commands that extract articles. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of plain-text articles (*.txt). Default: the bundled corpus.")
    Path input;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles processed in parallel. Default: number of cores.")
    Integer threads;

    /** Reads the articles, reporting skipped files on {@code err}, and runs the pipeline on them. */
    Pipeline.Result run(PrintWriter err, Optional<EntityLinker> linker) throws IOException {
        return pipeline(linker).run(articles(err));
    }

    /** Reads the articles, reporting skipped files on {@code err}; fails when none is usable. */
    List<Article> articles(PrintWriter err) throws IOException {
        ArticleReader reader = new ArticleReader(p -> err.println("skipped " + p));
        List<Article> articles = input == null ? reader.readBundled() : reader.readFolder(input);
        if (articles.isEmpty()) {
            throw new IOException("no article to extract in " + (input == null ? "the bundled corpus" : input));
        }
        return articles;
    }

    /** The pipeline with {@code --threads} and the linker, if any. */
    Pipeline pipeline(Optional<EntityLinker> linker) {
        Pipeline.Builder b = Pipeline.create().linker(linker.orElse(null));
        if (threads != null) {
            b.threads(threads);
        }
        return b.build();
    }
}
