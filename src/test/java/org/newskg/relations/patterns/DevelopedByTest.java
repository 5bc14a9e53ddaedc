package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link DevelopedBy}, one sentence each, run through the whole extractor. */
class DevelopedByTest extends RelationPatternTest {
    @Override
    String property() {
        return "developedBy";
    }

    @Test
    void possessive() {
        assertReads("Harbor Capital is using Zentek's Nimbus-2 model.", "Nimbus-2", "Zentek");
    }

    @Test
    void orgReleased() {
        assertReads("Acme Robotics on Monday released Nimbus-2.", "Nimbus-2", "Acme Robotics");
    }

    @Test
    void appositionDevelopedBy() {
        assertReads("Nimbus-2, a reasoning model developed by Acme Robotics, was released in March.", "Nimbus-2", "Acme Robotics");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Acme Robotics compared Nimbus-2 with other models.");
    }
}
