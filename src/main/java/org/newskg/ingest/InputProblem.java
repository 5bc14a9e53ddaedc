package org.newskg.ingest;

/** A file that could not be used as an article, and why; reported and skipped, never fatal. */
public record InputProblem(String file, String reason) {
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
