package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link ParentOrganization}, one sentence each, run through the whole extractor. */
class ParentOrganizationTest extends RelationPatternTest {
    @Override
    String property() {
        return "parentOrganization";
    }

    @Test
    void unitOf() {
        assertReads("Acme Labs, a research unit of Acme Robotics, studies vision.", "Acme Labs", "Acme Robotics");
    }

    @Test
    void ownedBy() {
        assertReads("Acme Labs is owned by Acme Robotics.", "Acme Labs", "Acme Robotics");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Acme Labs competes with Acme Robotics for engineers.");
    }

    @Test
    void isASubsidiaryOf() {
        assertReads("Orbit AI is a subsidiary of Quanta Group, the filing shows.", "Orbit AI", "Quanta Group");
    }

    @Test
    void theCompanysResearchArm() {
        assertReads("Quanta Group sells robots. The model, launched by the company's research arm Orbit Labs, speaks Hindi.",
                "Orbit Labs", "Quanta Group");
        assertReads("Quanta Group's subsidiary Orbit AI makes sensors.", "Orbit AI", "Quanta Group");
        assertDoesNotRead("Quanta Group's former unit Orbit AI makes sensors.", "Orbit AI", "Quanta Group");
    }

    @Test
    void parentOfANameEndingInS() {
        String s = "In May, Orbit Games' parent company, Quanta Holdings, bought a studio.";
        assertReads(s, "Orbit Games", "Quanta Holdings");
        assertDoesNotRead(s, "Quanta Holdings", "Orbit Games");
    }
}
