package org.newskg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The commit of the working directory, so that a quality report says which code it measured. */
public final class GitRevision {
    public static final String UNKNOWN = "unknown";

    private GitRevision() {}

    /** {@code git rev-parse --short HEAD}, or {@link #UNKNOWN} outside a repository or without git. */
    public static String shortHead() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // A git that hangs (a lock, a prompt) must not hang the report; its one line of output fits the pipe.
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return UNKNOWN;
            }
            String out;
            try (InputStream in = git.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            return git.exitValue() == 0 && !out.isEmpty() ? out : UNKNOWN;
        } catch (IOException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }
}
