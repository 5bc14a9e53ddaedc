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

    @Test
    void theBeaterNotTheBeatenIsEvaluated() {
        String s = "Comet-2 outperforms Orca-3 on several benchmarks, including MMLU and HumanEval.";
        assertReads(s, "Comet-2", "MMLU");
        assertReads(s, "Comet-2", "HumanEval");
        org.junit.jupiter.api.Assertions.assertTrue(org.newskg.TestModels.extract(s).facts(property()).stream().noneMatch(f -> f.startsWith("Orca-3")),
                "the beaten model's results are not the ones reported");
    }

    @Test
    void benchmarkNamedOnlyAfterOn() {
        assertReads("Kestrel 2, released on Monday, beat Comet-2 on the AIME benchmark.", "Kestrel 2", "AIME");
    }

    @Test
    void beatsInBenchmarksSuchAs() {
        String s = "Zephyr-9 outperforms Driftwood-3 in benchmarks such as Arena-Bench, CodeArena and GPQA-Lite.";
        assertReads(s, "Zephyr-9", "CodeArena");
        assertReads(s, "Zephyr-9", "GPQA-Lite");
    }
}
