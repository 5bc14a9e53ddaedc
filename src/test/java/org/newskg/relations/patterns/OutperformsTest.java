package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link Outperforms}, one sentence each, run through the whole extractor. */
class OutperformsTest extends RelationPatternTest {
    @Override
    String property() {
        return "outperforms";
    }

    @Test
    void beatsList() {
        assertReads("Nimbus-2 beats Orca-1 on several tasks.", "Nimbus-2", "Orca-1");
    }

    @Test
    void appositionBeats() {
        assertReads("Nimbus-2, a reasoning model that also outperformed Orca-1, was free.", "Nimbus-2", "Orca-1");
    }

    @Test
    void nothingFromNegative1() {
        assertNothing("Nimbus-2 can nearly match Orca-1 on several tasks.");
    }

    @Test
    void nothingFromNegative2() {
        assertNothing("Nimbus-2 performs about as well as Orca-1 on coding tasks.");
    }
}
