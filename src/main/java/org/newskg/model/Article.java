package org.newskg.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input article as read from disk: its text exactly as in the file, so that every offset the
 * pipeline reports points into the original.
 *
 * @param id         stable identifier, unique in a run: the file's path in the input folder without
 *                   extension where that is a readable IRI-safe key (see {@code ingest.ArticleIds})
 * @param sourceFile path of the file in the input folder, with '/' between folders
 * @param text       full text of the file, unchanged (an HTML page with its markup)
 * @param markup     whether the text is plain text or an HTML page
 * @param charset    the encoding the file's bytes were decoded with
 */
public record Article(String id, String sourceFile, String text, Markup markup, Charset charset) implements ArticleInput {
    /** What the text of a file is written in. */
    public enum Markup { PLAIN, HTML }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(markup, "markup");
        Objects.requireNonNull(charset, "charset");
    }

    /** A plain-text article that was UTF-8. */
    public Article(String id, String sourceFile, String text) {
        this(id, sourceFile, text, Markup.PLAIN, StandardCharsets.UTF_8);
    }

    /** This article: its text is already here. */
    @Override
    public Article read() {
        return this;
    }

    /** Metadata read from the article's page furniture; both parts may be missing. */
    public record Metadata(Optional<String> title, Optional<LocalDate> published) {
        public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty());
    }
}
