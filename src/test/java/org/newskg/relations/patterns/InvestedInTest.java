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

    @Test
    void raisedFromSeveralInvestors() {
        String s = "Orbit AI raised $600 million from Harbor Capital and Kite Ventures last year.";
        assertReads(s, "Harbor Capital", "Orbit AI");
        assertReads(s, "Kite Ventures", "Orbit AI");
    }

    @Test
    void ledARoundIn() {
        assertReads("Harbor Capital led a $200 million funding round in Orbit AI in March.", "Harbor Capital", "Orbit AI");
    }

    @Test
    void investorBehindALongApposition() {
        assertReads("Kite Ventures, a venture capital firm that manages $2 billion in assets, backed Zentrix Labs in 2023.",
                "Kite Ventures", "Zentrix Labs");
    }

    @Test
    void hyphenatedBackedBy() {
        assertReads("Shares of Harbor Capital-backed Orbit AI rose on Monday.", "Harbor Capital", "Orbit AI");
    }
}
