package org.newskg.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.model.Article;
import org.newskg.model.ArticleInput;

/**
 * An article file of an input folder that was read once and found to be an article
 * ({@link ArticleReader#listFolder}), without its text: {@link #read} reads and decodes the file
 * again when the article is processed.
 *
 * @param location where the file is read from
 */
public record ArticleFile(String id, String sourceFile, Article.Markup markup, Charset charset, Path location) implements ArticleInput {
    /** The article as it was first read; fails, naming the file, when the file changed so that it is no longer that article. */
    @Override
    public Article read() throws IOException {
        byte[] bytes = Files.readAllBytes(location);
        StringBuilder problem = new StringBuilder();
        Article a = new ArticleReader(p -> problem.append(p.reason()))
                .read(id, sourceFile, bytes).orElseThrow(() -> new IOException(location + ": changed while the input was read: " + problem));
        if (a.markup() != markup || !a.charset().equals(charset)) {
            throw new IOException(location + ": changed while the input was read: now " + a.markup() + " in " + a.charset()
                    + ", listed as " + markup + " in " + charset);
        }
        return a;
    }
}
