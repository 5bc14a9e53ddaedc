package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link UsesTechnique}, one sentence each, run through the whole extractor. */
class UsesTechniqueTest extends RelationPatternTest {
    @Override
    String property() {
        return "usesTechnique";
    }

    @Test
    void modelUses() {
        assertReads("Nimbus-2 relies on distillation from larger models.", "Nimbus-2", "Knowledge distillation");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Nimbus-2 was praised by reviewers.");
    }
}
