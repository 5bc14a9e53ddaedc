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

    @Test
    void trainedForAnAmount() {
        assertReads("Orbit AI said on Thursday it had trained Comet-3 for about $4 million.", "Comet-3", "4000000");
    }

    @Test
    void spentToTrain() {
        assertReads("Orbit AI says it spent just $3 million to train Comet-3.", "Comet-3", "3000000");
    }

    @Test
    void gerundOpeningTheSentenceIsNoPartOfTheName() {
        assertReads("Training Comet-3 cost less than $4 million, according to Orbit AI.", "Comet-3", "4000000");
    }
}
