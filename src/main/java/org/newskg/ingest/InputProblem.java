package org.newskg.ingest;

/**
 * A file that could not be used as an article, and why; reported and skipped, never fatal.
 *
 * @param file   the file (or folder) as the user can find it
 * @param kind   what kind of problem, for the run's summary
 * @param reason the reason in words, with the details of this file
 */
public record InputProblem(String file, Kind kind, String reason) {
    /** Kinds of skipped input, each with the words the run's summary counts it under. */
    public enum Kind {
        EMPTY("empty"),
        BINARY("binary"),
        NOT_AN_ARTICLE("not .txt, .html or .htm"),
        HIDDEN("hidden"),
        LINK("symbolic link not followed"),
        UNREADABLE("cannot be read"),
        NO_ARTICLE("no usable article");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
