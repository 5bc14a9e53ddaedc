package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link CeoOf}, one sentence each, run through the whole extractor. */
class CeoOfTest extends RelationPatternTest {
    @Override
    String property() {
        return "ceoOf";
    }

    @Test
    void nameCeoOf() {
        assertReads("Jane Okafor, the chief executive of Acme Robotics, spoke on Tuesday.", "Jane Okafor", "Acme Robotics");
    }

    @Test
    void orgCeoName() {
        assertReads("Acme Robotics CEO Jane Okafor said the company would expand.", "Jane Okafor", "Acme Robotics");
    }

    @Test
    void isCeoOf() {
        assertReads("Jane Okafor is the CEO of Acme Robotics.", "Jane Okafor", "Acme Robotics");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Jane Okafor met the board of Acme Robotics on Tuesday.");
    }

    @Test
    void ledByChiefExecutive() {
        assertReads("Orbit AI is led by chief executive Marisol Vance.", "Marisol Vance", "Orbit AI");
    }

    @Test
    void nameThenPossessiveTitle() {
        assertReads("Marisol Vance, Orbit AI's chief executive, declined to comment.", "Marisol Vance", "Orbit AI");
    }

    @Test
    void itsChiefExecutive() {
        assertReads("Orbit AI hired more engineers. Marisol Vance, its chief executive, said so on Monday.", "Marisol Vance", "Orbit AI");
    }

    @Test
    void whoseChiefExecutiveIs() {
        assertReads("The deal helps Orbit AI, whose chief executive is Marisol Vance.", "Marisol Vance", "Orbit AI");
    }
}
