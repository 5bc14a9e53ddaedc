package org.newskg.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.query.QueryCancelledException;

/**
 * The body of an export, cancelled like a query once the endpoint's timeout has passed: the
 * writer's next write fails, and the route answers 503 or, if the body has started, cuts it.
 */
final class DeadlineOutputStream extends FilterOutputStream {
    private final long deadlineNanos;

    /** @param deadlineNanos when the export's time is up, on the clock of {@link System#nanoTime()} */
    DeadlineOutputStream(OutputStream out, long deadlineNanos) {
        super(out);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void write(int b) throws IOException {
        checkDeadline();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkDeadline();
        out.write(b, off, len);
    }

    /** Fails like a write once the time is up: for writers that may read long before they write. */
    void checkDeadline() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new QueryCancelledException();
        }
    }
}
