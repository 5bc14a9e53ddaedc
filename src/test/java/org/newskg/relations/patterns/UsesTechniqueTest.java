package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link UsesTechnique}, one sentence each, run through the whole extractor. */
class UsesTechniqueTest extends RelationPatternTest {
    @Override
    String property() {
        return "usesTechnique";
    }

    @Test
    void modelUses() {
        assertReads("Nimbus-2 relies on distillation from larger models.", "Nimbus-2", "Knowledge distillation");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Nimbus-2 was praised by reviewers.");
    }

    @Test
    void aModelDescribedByItsTechniqueOrTrainedWithOne() {
        String s = "The company released Zephyr-Max, a large-scale MoE model that has been pretrained on 20 trillion tokens and further "
                + "post-trained with curated supervised fine-tuning.";
        assertReads(s, "Zephyr-Max", "Mixture of experts");
        assertReads(s, "Zephyr-Max", "Supervised fine-tuning");
        assertReads("Quillon released a model called Driftwood on Monday. Driftwood is a mixture-of-experts system with 900 billion parameters.",
                "Driftwood", "Mixture of experts");
    }
}
