package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link UsesModel}, one sentence each, run through the whole extractor. */
class UsesModelTest extends RelationPatternTest {
    @Override
    String property() {
        return "usesModel";
    }

    @Test
    void orgUsing() {
        assertReads("Harbor Capital uses Nimbus-2 for trading.", "Harbor Capital", "Nimbus-2");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Harbor Capital criticised Nimbus-2 in a report.");
    }

    @Test
    void pluralSubjectsUse() {
        assertReads("Banks including Harbor Capital now use Comet-3 in their call centers.", "Harbor Capital", "Comet-3");
    }
}
