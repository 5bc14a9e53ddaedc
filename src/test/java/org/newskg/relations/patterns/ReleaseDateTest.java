package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link ReleaseDate}, one sentence each, run through the whole extractor. */
class ReleaseDateTest extends RelationPatternTest {
    @Override
    String property() {
        return "releaseDate";
    }

    @Test
    void releasedOn() {
        assertReads("Nimbus-2 was released on March 3, 2025.", "Nimbus-2", "2025-03-03");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Nimbus-2 was discussed on March 3, 2025.");
    }
}
