package org.newskg.nlp;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A model a process loads on first use and then shares: loading takes seconds and a lot of heap,
 * and the models here are only read, so one instance serves every thread.
 */
final class LoadedOnce<T> {
    private final String what;
    private final Supplier<T> loader;
    private volatile T value;

    /**
     * @param what   what is loaded, with the time it takes, for the progress messages
     * @param loader loads it
     */
    LoadedOnce(String what, Supplier<T> loader) {
        this.what = what;
        this.loader = loader;
    }

    /** The model, loaded now if it is the first call, saying so on {@code progress}. */
    T get(Consumer<String> progress) {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    progress.accept("loading the " + what);
                    long start = System.nanoTime();
                    v = loader.get();
                    progress.accept(String.format("%s loaded in %.1f s", what.replaceFirst(" \\(.*", ""), (System.nanoTime() - start) / 1e9));
                    value = v;
                }
            }
        }
        return v;
    }
}
