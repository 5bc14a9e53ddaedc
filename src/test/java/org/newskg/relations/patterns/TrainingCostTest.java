package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link TrainingCost}, one sentence each, run through the whole extractor. */
class TrainingCostTest extends RelationPatternTest {
    @Override
    String property() {
        return "trainingCost";
    }

    @Test
    void costToTrain() {
        assertReads("Nimbus-2 cost only $5.6 million to train.", "Nimbus-2", "5600000");
    }

    @Test
    void trainingCost() {
        assertReads("The company said training Nimbus-2 cost about $3 million.", "Nimbus-2", "3000000");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Nimbus-2 earned $3 million in its first month.");
    }
}
