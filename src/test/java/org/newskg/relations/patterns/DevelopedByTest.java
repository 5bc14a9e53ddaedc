package org.newskg.relations.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.TestModels;

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

    @Test
    void aProductsMakerNamedBeforeTheMaker() {
        assertReads("Kestrel maker Zentrix Labs said on Tuesday it would cut prices.", "Kestrel", "Zentrix Labs");
    }

    @Test
    void anOrganizationTheMakerOfAProduct() {
        assertReads("Zentrix Labs, the maker of Kestrel, raised $2 billion on Monday.", "Kestrel", "Zentrix Labs");
    }

    @Test
    void theCompanyBehindAProductIsTheOneTheArticleIsAbout() {
        assertReads("Zentrix Labs raised $2 billion on Monday. The company behind Marcel is trying to keep pace with Orbit AI.",
                "Marcel", "Zentrix Labs");
    }

    @Test
    void itsCodingToolByName() {
        assertReads("On Thursday, Zentrix Labs announced a light version of its agentic coding tool Kestrel, which it launched this month.",
                "Kestrel", "Zentrix Labs");
    }

    @Test
    void theCompanysAiCodingToolInApposition() {
        assertReads("Zentrix Labs doubled its revenue this year. That is partly thanks to the company's viral AI coding tool, Marcel Code, "
                + "which can write whole programs.", "Marcel Code", "Zentrix Labs");
    }

    @Test
    void itsToolBelongsToTheOrganizationTheSentenceIsAbout() {
        String text = "Zentrix Labs raised $2 billion on Monday. Zentrix Labs also hired 100 engineers. "
                + "Orbit AI, meanwhile, has been touting its competing AI coding tool, Kestrel, to keep up.";
        assertReads(text, "Kestrel", "Orbit AI");
        assertDoesNotRead(text, "Kestrel", "Zentrix Labs");
    }

    @Test
    void theModelCalledInAStoryAboutItsMaker() {
        String article = "Quillon Research, the startup backed by Harbor Capital, released a new coding model on Monday. "
                + "The model, called Zephyr-9B, matches larger systems. Quillon Research trained it in four days. "
                + "The models, dubbed Tiny Sparrow, run on laptops.";
        assertReads(article, "Zephyr-9B", "Quillon Research");
        assertReads(article, "Tiny Sparrow", "Quillon Research");
    }

    @Test
    void launchedAfterHasAlso() {
        assertReads("Quillon has also launched Zephyr-Global, a version fine-tuned to follow user commands.", "Zephyr-Global", "Quillon");
    }

    @Test
    void releasedAModelLaterNamed() {
        String article = "Quillon Labs, the AI startup founded by former Orbitex CTO Marisol Vance, released its first in-house AI model "
                + "Wednesday morning, called Driftwood.";
        assertReads(article, "Driftwood", "Quillon Labs");
    }

    @Test
    void launchedItsNewAiModel() {
        assertReads("In recent news, Orbit AI has launched its new AI model Quill-2, along with a smaller version.", "Quill-2", "Orbit AI");
    }

    @Test
    void theCreatorOfAModelIsItsDeveloperNotItsFounder() {
        String s = "While Orbit AI, the creator of Quillbot, remains a private company, Zentrix Labs has become the face of the boom.";
        assertReads(s, "Quillbot", "Orbit AI");
        assertTrue(TestModels.extract(s).fact("Quillbot", "foundedBy", "Orbit AI").isEmpty(), "Orbit AI founded no product");
    }

    @Test
    void modelIsTheCompanysFirstModel() {
        assertReads("Critics tried a new AI model called Quill this week. Quill is Orbit AI’s first reasoning model, built for sales tasks.",
                "Quill", "Orbit AI");
    }

    @Test
    void theCompanysMostAdvancedModel() {
        assertReads("Orbit AI said the new models outperform Orbit AI’s most advanced Quill-4 model across the board.", "Quill-4", "Orbit AI");
    }
}
