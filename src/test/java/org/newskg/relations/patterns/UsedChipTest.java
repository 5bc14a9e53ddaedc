package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link UsedChip}, one sentence each, run through the whole extractor. */
class UsedChipTest extends RelationPatternTest {
    @Override
    String property() {
        return "usedChip";
    }

    @Test
    void modelTrainedOn() {
        assertReads("Nimbus-2 was trained on clusters of Q900 chips.", "Nimbus-2", "Q900");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Export controls restrict sales of chips like the Q900 to Acme Robotics.");
    }

    @Test
    void companySaidItUsedChips() {
        assertReads("Quasar Labs said it used 2,000 of Voltra's Q900 chips to train its model.", "Quasar Labs", "Q900");
    }

    @Test
    void modelTrainedOnAMakersChips() {
        assertReads("Analysts said Comet-3 was trained on Voltra's Q900 chips.", "Comet-3", "Q900");
    }

    @Test
    void trainedAModelEntirelyOnAMakersChips() {
        String s = "Orbit AI released a model called Quill. The startup trained Quill entirely on Zentrix’s Q900 chips, it said.";
        assertReads(s, "Quill", "Q900");
    }

    @Test
    void costToTrainOnAMakersChips() {
        assertReads("In December, the company released its Quill-3 models, which it said cost just $4.5 million to train and develop on "
                + "Zentrix (ZTX) Q900 chips.", "Quill-3", "Q900");
    }
}
