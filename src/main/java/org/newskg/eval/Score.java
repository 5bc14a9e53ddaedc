package org.newskg.eval;

/**
 * Counts of one property, or of all of them, and the measures derived from them. A measure whose
 * denominator is zero (no prediction, no required fact) is 0.
 *
 * @param truePositives  required gold facts the graph states, each counted once
 * @param falsePositives predictions that match no gold fact
 * @param falseNegatives required gold facts the graph does not state
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public static final Score ZERO = new Score(0, 0, 0);

    /** TP / (TP + FP). */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / required facts. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** TP + FN. */
    public int requiredFacts() {
        return truePositives + falseNegatives;
    }

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
