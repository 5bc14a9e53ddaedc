package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link SpunOutOf}, one sentence each, run through the whole extractor. */
class SpunOutOfTest extends RelationPatternTest {
    @Override
    String property() {
        return "spunOutOf";
    }

    @Test
    void bornOf() {
        assertReads("Acme Vision was spun out of Acme Robotics in 2022.", "Acme Vision", "Acme Robotics");
    }

    @Test
    void spunOff() {
        assertReads("Harbor Capital spun off Acme Vision last year.", "Acme Vision", "Harbor Capital");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Acme Vision signed a deal with Acme Robotics in 2022.");
    }

    @Test
    void beganAsAGroupInside() {
        assertReads("Zentrix Labs began as a research group inside Quanta Group before becoming independent.", "Zentrix Labs", "Quanta Group");
    }
}
