package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link FoundedBy}, one sentence each, run through the whole extractor. */
class FoundedByTest extends RelationPatternTest {
    @Override
    String property() {
        return "foundedBy";
    }

    @Test
    void foundedBy() {
        assertReads("Acme Robotics, founded in 2019 by Jane Okafor, builds robots.", "Acme Robotics", "Jane Okafor");
    }

    @Test
    void nameFounded() {
        assertReads("Tom Brennan founded Harbor Capital in 2011.", "Harbor Capital", "Tom Brennan");
    }

    @Test
    void orgFounderName() {
        assertReads("Harbor Capital founder Tom Brennan spoke to reporters.", "Harbor Capital", "Tom Brennan");
    }

    @Test
    void nameFounderOf() {
        assertReads("Tom Brennan, a co-founder of Harbor Capital, declined to comment.", "Harbor Capital", "Tom Brennan");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Tom Brennan left Harbor Capital in 2011.");
    }
}
