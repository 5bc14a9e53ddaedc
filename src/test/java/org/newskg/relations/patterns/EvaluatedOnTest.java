package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link EvaluatedOn}, one sentence each, run through the whole extractor. */
class EvaluatedOnTest extends RelationPatternTest {
    @Override
    String property() {
        return "evaluatedOn";
    }

    @Test
    void scoredOn() {
        assertReads("Nimbus-2 scored 81% on the MathBench benchmark.", "Nimbus-2", "MathBench");
    }

    @Test
    void onBenchmarks() {
        assertReads("Nimbus-2 beats rival models on the benchmarks MMLU and HumanEval.", "Nimbus-2", "HumanEval");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Nimbus-2 was released to researchers on Monday.");
    }
}
