package org.newskg.spark;

import java.io.Serializable;
import org.newskg.link.EntityLinker;
import org.newskg.pipeline.Pipeline;

/**
 * How the job extracts, the same on the driver and on every executor: whether NLP4J's trained
 * recognizer finds names beside the rules, whether the learned relation reader runs beside the
 * patterns, and whether entities are linked to the bundled Wikidata extract. The defaults are
 * those of the {@code extract} command.
 */
public record JobSettings(boolean recognizer, boolean learnedRelations, boolean link) implements Serializable {
    /** What {@code extract} does without options: recognizer, learned reader, offline links. */
    public static final JobSettings DEFAULTS = new JobSettings(true, true, true);

    /**
     * The pipeline of the per-article stages (one thread: Spark runs a task per core), for
     * {@link ExecutorPipeline} to build once per executor JVM; linking is the driver's.
     */
    Pipeline.Builder pipeline() {
        Pipeline.Builder b = Pipeline.create().threads(1).progress(System.err::println);
        if (!recognizer) {
            b.recognizer(null);
        }
        if (!learnedRelations) {
            b.relationModel(null);
        }
        return b;
    }

    /** The linker on the driver, or null when the job does not link. */
    EntityLinker linker() {
        return link ? EntityLinker.offline() : null;
    }
}
