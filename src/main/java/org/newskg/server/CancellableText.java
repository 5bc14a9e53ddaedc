package org.newskg.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/** The text a matcher reads, failing the query once it has been cancelled. */
final class CancellableText implements CharSequence {
    /** Characters read between two looks at the cancel signal: cheap, and still many looks a millisecond. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
