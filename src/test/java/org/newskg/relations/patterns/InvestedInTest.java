package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link InvestedIn}, one sentence each, run through the whole extractor. */
class InvestedInTest extends RelationPatternTest {
    @Override
    String property() {
        return "investedIn";
    }

    @Test
    void investedIn() {
        assertReads("Harbor Capital invested in Acme Robotics last year.", "Harbor Capital", "Acme Robotics");
    }

    @Test
    void backedBy() {
        assertReads("Acme Robotics, backed by Harbor Capital, raised money.", "Harbor Capital", "Acme Robotics");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Harbor Capital wrote a report about Acme Robotics last year.");
    }
}
