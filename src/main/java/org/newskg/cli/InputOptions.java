package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.newskg.graph.KnowledgeGraph;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.pipeline.Extractor;
import picocli.CommandLine.Option;

/** {@code --input DIR} and {@code --threads N}, shared by the commands that extract articles. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of plain-text articles (*.txt). Default: the bundled corpus.")
    Path input;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles processed in parallel. Default: number of cores.")
    Integer threads;

    /** Reads the articles, reporting skipped files on {@code err}, and extracts their graph. */
    KnowledgeGraph extract(PrintWriter err) throws IOException {
        return extractor().extract(articles(err));
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

    /** The extractor configured with {@code --threads}. */
    Extractor extractor() {
        Extractor.Builder b = Extractor.create();
        if (threads != null) {
            b.threads(threads);
        }
        return b.build();
    }
}
