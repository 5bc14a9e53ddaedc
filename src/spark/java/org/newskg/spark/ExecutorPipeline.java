package org.newskg.spark;

import org.newskg.pipeline.Pipeline;

/**
 * The pipeline of the executor JVM this class is loaded in: built on the first task that needs it
 * and shared by every later task of the JVM and its cores (the pipeline is safe to share between
 * threads), so that the models, the entity recognizer's 1.5 GB among them, are loaded once per
 * executor, not per task or per article.
 */
final class ExecutorPipeline {
    private static Pipeline pipeline;
    private static JobSettings builtFor;
    private static int builds;

    private ExecutorPipeline() {}

    /** The pipeline for these settings; a job with other settings in the same JVM (tests) gets a new one. */
    static synchronized Pipeline get(JobSettings settings) {
        if (pipeline == null || !settings.equals(builtFor)) {
            pipeline = settings.pipeline().build();
            builtFor = settings;
            builds++;
        }
        return pipeline;
    }

    /** How many pipelines this JVM has built. */
    static synchronized int builds() {
        return builds;
    }
}
