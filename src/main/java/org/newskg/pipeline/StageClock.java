package org.newskg.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent in each stage of the pipeline, summed over the threads that ran it: what each stage
 * costs, for {@code bench}. Safe to share between threads. A pipeline without one measures nothing.
 */
public final class StageClock {
    /** A clock that measures nothing, the default of every pipeline. */
    static final StageClock NONE = new StageClock(false);

    private final boolean on;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    private StageClock(boolean on) {
        this.on = on;
    }

    /** A clock that measures. */
    public static StageClock create() {
        return new StageClock(true);
    }

    /** Runs one stage's work and counts its time under {@code stage}. */
    <T> T time(String stage, Supplier<T> work) {
        if (!on) {
            return work.get();
        }
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.computeIfAbsent(stage, s -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    /** Seconds per stage so far, by stage name. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new TreeMap<>();
        nanos.forEach((stage, n) -> out.put(stage, n.sum() / 1e9));
        return out;
    }

    /** Forgets what was measured, to measure a run after a warm-up. */
    public void reset() {
        nanos.clear();
    }
}
