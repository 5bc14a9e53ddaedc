package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link DevelopedBy}, one sentence each, run through the whole extractor. */
class DevelopedByTest extends RelationPatternTest {
    @Override
    String property() {
        return "developedBy";
    }

    @Test
    void possessive() {
        assertReads("Harbor Capital is using Zentek's Nimbus-2 model.", "Nimbus-2", "Zentek");
    }

    @Test
    void orgReleased() {
        assertReads("Acme Robotics on Monday released Nimbus-2.", "Nimbus-2", "Acme Robotics");
    }

    @Test
    void appositionDevelopedBy() {
        assertReads("Nimbus-2, a reasoning model developed by Acme Robotics, was released in March.", "Nimbus-2", "Acme Robotics");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Acme Robotics compared Nimbus-2 with other models.");
    }

    @Test
    void companyBehindAChatbot() {
        assertReads("Zentrix Labs, the startup behind the Kestrel chatbot, says it has 10 million users.", "Kestrel", "Zentrix Labs");
    }

    @Test
    void possessiveOfANameEndingInS() {
        assertReads("Zentrix Robotics' Kestrel model beat Orca 3 on most tests.", "Kestrel", "Zentrix Robotics");
    }

    @Test
    void theCompanysNewModelCalledByName() {
        assertReads("Orbit AI said on Monday that the company's new model, Comet-1, is free.", "Comet-1", "Orbit AI");
    }

    @Test
    void orgUnveiledItsMostRecentModelByName() {
        assertReads("Zentrix Labs earlier this month unveiled its most recent model, Kestrel 2.5, which it says writes better code.",
                "Kestrel 2.5", "Zentrix Labs");
    }

    @Test
    void appositionToolFromAnOrganization() {
        assertReads("The launch comes as Kestrel-7, the agentic coding tool from rival Zentrix Labs, dominates the discussion.",
                "Kestrel-7", "Zentrix Labs");
    }

    @Test
    void aModelComparedWithAToolFromAnotherMakerIsNotItsOwn() {
        assertDoesNotRead("Kestrel-7 is faster than Orca-3, the chatbot from Zentrix Labs.", "Kestrel-7", "Zentrix Labs");
    }
}
