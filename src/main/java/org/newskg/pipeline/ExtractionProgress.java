package org.newskg.pipeline;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * How far the per-article stages are, said every {@link #INTERVAL_NANOS} at most and once at the
 * end: articles done of all, articles and characters per second. Safe to call from every worker.
 */
final class ExtractionProgress {
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final Consumer<String> out;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong characters = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong(start);

    ExtractionProgress(Consumer<String> out, int total) {
        this.out = out;
        this.total = total;
    }

    /** One more article done, of {@code length} characters; says so if the last report is old enough. */
    void articleDone(int length) {
        int n = done.incrementAndGet();
        characters.addAndGet(length);
        long now = System.nanoTime();
        long last = lastReport.get();
        if (n < total && now - last >= INTERVAL_NANOS && lastReport.compareAndSet(last, now)) {
            double seconds = (now - start) / 1e9;
            out.accept(String.format(Locale.ROOT, "extracted %d of %d articles (%.0f%%), %.1f articles/s, about %.0f s left",
                    n, total, 100.0 * n / total, n / seconds, (total - n) * seconds / n));
        }
    }

    /** Says how long the articles took. */
    void finish() {
        double seconds = (System.nanoTime() - start) / 1e9;
        out.accept(String.format(Locale.ROOT, "extracted %d articles in %.1f s (%.1f articles/s, %.0f characters/s)",
                done.get(), seconds, done.get() / seconds, characters.get() / seconds));
    }
}
