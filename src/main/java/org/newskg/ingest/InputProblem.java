package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

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

    /** A file that could not be read, with the reason the file system gave. */
    static InputProblem unreadable(String file, IOException e) {
        return new InputProblem(file, Kind.UNREADABLE, "cannot be read (" + reason(e) + ")");
    }

    /** Why an input/output operation failed, in words: the file system's reason, else what the exception says. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            // "access denied", "no such file": the exception's kind is the reason when the system gave none
            return f.getReason() != null ? f.getReason()
                    : f.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
