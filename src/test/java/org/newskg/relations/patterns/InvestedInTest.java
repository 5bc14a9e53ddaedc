package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link InvestedIn}, one sentence each, run through the whole extractor. */
class InvestedInTest extends RelationPatternTest {
    @Override
    String property() {
        return "investedIn";
    }

    @Test
    void investedIn() {
        assertReads("Harbor Capital invested in Acme Robotics last year.", "Harbor Capital", "Acme Robotics");
    }

    @Test
    void backedBy() {
        assertReads("Acme Robotics, backed by Harbor Capital, raised money.", "Harbor Capital", "Acme Robotics");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Harbor Capital wrote a report about Acme Robotics last year.");
    }

    @Test
    void raisedFromSeveralInvestors() {
        String s = "Orbit AI raised $600 million from Harbor Capital and Kite Ventures last year.";
        assertReads(s, "Harbor Capital", "Orbit AI");
        assertReads(s, "Kite Ventures", "Orbit AI");
    }

    @Test
    void ledARoundIn() {
        assertReads("Harbor Capital led a $200 million funding round in Orbit AI in March.", "Harbor Capital", "Orbit AI");
    }

    @Test
    void investorBehindALongApposition() {
        assertReads("Kite Ventures, a venture capital firm that manages $2 billion in assets, backed Zentrix Labs in 2023.",
                "Kite Ventures", "Zentrix Labs");
    }

    @Test
    void hyphenatedBackedBy() {
        assertReads("Shares of Harbor Capital-backed Orbit AI rose on Monday.", "Harbor Capital", "Orbit AI");
    }

    @Test
    void roundLedByWithParticipationFrom() {
        String s = "Quillon raised $12 million in a seed round led by Harbor Capital, with participation from Kite Ventures, "
                + "Lumen Partners and Brightwater Capital.";
        for (String investor : new String[] {"Harbor Capital", "Kite Ventures", "Lumen Partners", "Brightwater Capital"}) {
            assertReads(s, investor, "Quillon");
        }
    }

    @Test
    void roundOfTheArticleSubjectInSentencesOfTheirOwn() {
        String article = "Orbit AI raised $40 million on Tuesday. Orbit AI makes software for warehouse robots. "
                + "The round was led by Harbor Capital and sovereign wealth fund Kite Ventures. "
                + "Lumen Partners, Brightwater Capital and Osprey Ventures also participated. "
                + "New investors include Talon Growth and Marlow Fund.";
        for (String investor : new String[] {"Harbor Capital", "Kite Ventures", "Lumen Partners", "Brightwater Capital",
                "Osprey Ventures", "Talon Growth", "Marlow Fund"}) {
            assertReads(article, investor, "Orbit AI");
        }
    }

    @Test
    void noRoundSubjectWhenTheArticleHasNone() {
        assertNothing("Lumen Partners, Brightwater Capital and Osprey Ventures also participated.");
    }

    @Test
    void countsAmongItsInvestors() {
        String s = "Founded in 2021, Quillon has raised $50 million and counts Harbor Capital, Kite Ventures and Lumen Partners among its investors.";
        assertReads(s, "Harbor Capital", "Quillon");
        assertReads(s, "Lumen Partners", "Quillon");
    }

    @Test
    void backedByALooseList() {
        String s = "Quillon is backed by Harbor Capital and Kite Ventures, as well as French groups Lumen Partners and Brightwater Capital.";
        assertReads(s, "Kite Ventures", "Quillon");
        assertReads(s, "Brightwater Capital", "Quillon");
    }

    @Test
    void ledAPossessiveRoundInWhichOthersTookPart() {
        String s = "Harbor Capital led Quillon's previous round, $27 million in 2023, in which Kite Ventures and Lumen Partners also took part.";
        assertReads(s, "Harbor Capital", "Quillon");
        assertReads(s, "Kite Ventures", "Quillon");
    }

    @Test
    void willInvestAnAmountIn() {
        assertReads("Harbor Capital will invest another $4 billion in Quillon, the companies said.", "Harbor Capital", "Quillon");
    }

    @Test
    void aListEndsBeforeWhatDescribesAnInvestor() {
        String s = "Quillon raised $50 million in a round led by Harbor Capital, the venture firm founded by Kite Labs co-founder Jo Ames.";
        assertReads(s, "Harbor Capital", "Quillon");
        assertDoesNotRead(s, "Kite Labs", "Quillon");
    }

    @Test
    void roundOfAReferredCompanyThatReportsIt() {
        String article = "Quillon builds testing tools for software agents. The startup on Wednesday said it had raised $10 million "
                + "in a seed funding round that was led by Harbor Capital, with participation from Kite Ventures, Lumen Partners and Osprey Ventures.";
        assertReads(article, "Harbor Capital", "Quillon");
        assertReads(article, "Osprey Ventures", "Quillon");
    }

    @Test
    void returningBackersOfTheRound() {
        String s = "Quillon's robotics software has drawn a wide set of investors into the company's latest $900 million funding round, "
                + "including two carmakers, pension funds, and returning backers Harbor Capital, Kite Ventures, and Lumen Partners.";
        for (String investor : new String[] {"Harbor Capital", "Kite Ventures", "Lumen Partners"}) {
            assertReads(s, investor, "Quillon");
        }
    }

    @Test
    void countsAmongItsInvestorsWithAFormerName() {
        String s = "Founded in 2022, Orbit AI has raised $50 million and counts Kite Ventures, Harbor Capital and Lumen Partners "
                + "(formerly Lumen Capital Asia) among its investors.";
        for (String investor : new String[] {"Kite Ventures", "Harbor Capital", "Lumen Partners"}) {
            assertReads(s, investor, "Orbit AI");
        }
    }

    @Test
    void theCompanyWhichHasRaisedRoundsLedByAnInvestor() {
        String s = "Orbit AI builds lab robots. Last week, the company, which has raised $80 million across two rounds led by Kite Ventures, "
                + "opened a lab in Lyon.";
        assertReads(s, "Kite Ventures", "Orbit AI");
    }
}
