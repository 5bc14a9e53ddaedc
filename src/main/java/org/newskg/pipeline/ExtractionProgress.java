package org.newskg.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * How far the per-article stages are: on a terminal, a progress bar (articles done of all, rate,
 * time left), redrawn in place; elsewhere, such as a log file, a line every {@link #INTERVAL_NANOS}
 * at most. Either way one line at the end. Safe to call from every worker.
 */
final class ExtractionProgress {
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final Consumer<String> out;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong characters = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong(start);
    /** The bar on the terminal, or null for periodic lines. */
    private final ProgressBar bar;

    /** Reports to {@code out}, and draws a bar on {@code terminal} instead of periodic lines unless it is null. */
    ExtractionProgress(Consumer<String> out, int total, PrintStream terminal) {
        this.out = out;
        this.total = total;
        this.bar = terminal == null ? null : new ProgressBarBuilder()
                .setTaskName("extracting")
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .build();
    }

    /** One more article done, of {@code length} characters; says so if the last report is old enough. */
    void articleDone(int length) {
        int n = done.incrementAndGet();
        characters.addAndGet(length);
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        long last = lastReport.get();
        if (n < total && now - last >= INTERVAL_NANOS && lastReport.compareAndSet(last, now)) {
            double seconds = (now - start) / 1e9;
            out.accept(String.format(Locale.ROOT, "extracted %d of %d articles (%.0f%%), %.1f articles/s, about %.0f s left",
                    n, total, 100.0 * n / total, n / seconds, (total - n) * seconds / n));
        }
    }

    /** Draws the bar a last time, if there is one, and says how long the articles took. */
    void finish() {
        if (bar != null) {
            bar.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.accept(String.format(Locale.ROOT, "extracted %d articles in %.1f s (%.1f articles/s, %.0f characters/s)",
                done.get(), seconds, done.get() / seconds, characters.get() / seconds));
    }
}
