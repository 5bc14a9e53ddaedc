package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link ManufacturedBy}, one sentence each, run through the whole extractor. */
class ManufacturedByTest extends RelationPatternTest {
    @Override
    String property() {
        return "manufacturedBy";
    }

    @Test
    void possessive() {
        assertReads("Buyers want Zentek's Q900 chips for training.", "Q900", "Zentek");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Buyers want Q900 chips for training.");
    }
}
