package org.newskg.server;

import java.util.concurrent.Semaphore;

/**
 * How many exports run at once. An export reads the whole graph, or a large part of it, so a few
 * at once are enough to fill the heap and the cores; one more is refused at once with 503 and a
 * {@code Retry-After}, rather than slowing every query of the endpoint.
 */
final class ExportGate {
    /** What a refused client is told to wait, in seconds: about the time an export of a large store takes. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final int limit;
    private final Semaphore permits;

    ExportGate(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("the number of concurrent exports must be positive, got " + limit);
        }
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    /** A permit to export, given back by closing it; refused when {@code limit} exports are running. */
    Permit enter() throws HttpProblem {
        if (!permits.tryAcquire()) {
            throw HttpProblem.busy(limit + " exports are running, the most this server runs at once; try again later",
                    RETRY_AFTER_SECONDS);
        }
        return permits::release;
    }

    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
