package org.newskg.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input article as read from disk: its text exactly as in the file, so that every offset the
 * pipeline reports points into the original.
 *
 * @param id         stable identifier, the file name without extension
 * @param sourceFile file name the article was read from
 * @param text       full text of the file, unchanged
 */
public record Article(String id, String sourceFile, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(text, "text");
    }

    /** Metadata read from the article's page furniture; both parts may be missing. */
    public record Metadata(Optional<String> title, Optional<LocalDate> published) {
        public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty());
    }
}
