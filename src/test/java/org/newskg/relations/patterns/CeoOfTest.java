package org.newskg.relations.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newskg.TestModels;

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

    @Test
    void possessiveCeoAndCoFounder() {
        assertReads("Orbit AI builds robots for farms. The startup's CEO and co-founder Marisol Vance said sales doubled.",
                "Marisol Vance", "Orbit AI");
    }

    @Test
    void titleWithoutOrganizationIsTheSubjectsJustNamed() {
        assertReads("Orbit AI sells chips to carmakers. Orbit AI opened an office in Lyon. CEO Marisol Vance said demand was strong.",
                "Marisol Vance", "Orbit AI");
    }

    @Test
    void titleWithoutOrganizationFarFromTheSubjectIsNobodys() {
        assertNothing("Orbit AI sells chips to carmakers. Orbit AI opened an office in Lyon. The weather was mild. "
                + "Rain fell all week in the north. CEO Marisol Vance said demand was strong.");
    }

    @Test
    void cofounderAndCeoOfADescribedCompany() {
        String s = "Marisol Vance, cofounder and CEO of Lyon-based AI chip design firm Orbit AI, said orders doubled.";
        assertReads(s, "Marisol Vance", "Orbit AI");
        assertEquals(1, TestModels.extract(s).facts(property()).size(), "the place a company is based in is not the company");
    }

    @Test
    void aTitleAfterALowercaseWordIsTheSubjects() {
        assertReads("Zentrix Labs sells chips to carmakers. Zentrix Labs opened an office in Lyon. The plan is to solve what CEO Marisol Vance calls the hard part.",
                "Marisol Vance", "Zentrix Labs");
    }

    @Test
    void aTitleInAppositionWithoutAnOrganizationIsTheSubjects() {
        assertReads("Zentrix Labs sells chips to carmakers. Zentrix Labs opened an office in Lyon. Marisol Vance, CEO, and Tobias Hale, CTO, met in school.",
                "Marisol Vance", "Zentrix Labs");
    }

    @Test
    void aFormerTitleIsNotTheSubjects() {
        assertDoesNotRead("Zentrix Labs sells chips to carmakers. Zentrix Labs opened an office in Lyon. The deal was signed by former CEO Marisol Vance.",
                "Marisol Vance", "Zentrix Labs");
    }

    @Test
    void titleWithoutOrganizationAfterTheSubjectsShortName() {
        assertReads("Harbor Robotics Inc. sells chips to carmakers. Harbor Robotics Inc. opened an office in Lyon. Harbor Robotics raised prices. "
                + "CEO Marisol Vance said demand was strong.", "Marisol Vance", "Harbor Robotics Inc.");
    }

    @Test
    void bareTitleAfterTheSubjectsFullNameWhereTheStoryShortensIt() {
        assertReads("Zentrix makes chips for drones. Zentrix sold 2,000 of them last year, and Zentrix plans more. "
                + "The founders of startup Zentrix Dynamics met at school. Marisol Vance, CEO, and Ben Cole, CTO, built the first chip.",
                "Marisol Vance", "Zentrix");
    }
}
