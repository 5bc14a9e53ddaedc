package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link ManufacturedBy}, one sentence each, run through the whole extractor. */
class ManufacturedByTest extends RelationPatternTest {
    @Override
    String property() {
        return "manufacturedBy";
    }

    @Test
    void possessive() {
        assertReads("Buyers want Zentek's Q900 chips for training.", "Q900", "Zentek");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Buyers want Q900 chips for training.");
    }

    @Test
    void isMadeBy() {
        assertReads("The Q900 is made by Voltra Semiconductor.", "Q900", "Voltra Semiconductor");
    }

    @Test
    void makerMakesTheChip() {
        assertReads("Voltra Semiconductor makes the Q900 chips that power most data centers.", "Q900", "Voltra Semiconductor");
    }

    @Test
    void aMakersChipNamedInApposition() {
        assertReads("Orbit AI says its processor saves power compared with Zentek's most efficient AI chip, the Q900.",
                "Q900", "Zentek");
    }

    @Test
    void itsOwnChipNamedInApposition() {
        assertReads("Voltra Semiconductor is readying its own next-gen AI chip, the Q950, for delivery this quarter.", "Q950", "Voltra Semiconductor");
    }

    @Test
    void itsNamedChipWithoutANumber() {
        assertReads("Early next year Voltra Semiconductor will start mass production of its eponymously named Falcon chip.", "Falcon", "Voltra Semiconductor");
    }

    @Test
    void aChipInAppositionToItsMakersPossessive() {
        String article = "Quillon showed its roadmap on Tuesday. The company revealed Falcon Ultra, a family of chips shipping this year, "
                + "as well as Kestrel Rubicon, the company's next-generation graphics processing unit.";
        assertReads(article, "Kestrel Rubicon", "Quillon");
    }

    @Test
    void chipIsTheMakersFirstCpu() {
        assertReads("Zentrix showed a CPU called Falcon. Falcon is Zentrix’s first custom CPU design, the company said.", "Falcon", "Zentrix");
    }

    @Test
    void chipIsTheMakersMegachip() {
        assertReads("The Falcon-3 is Zentrix’s third-generation waferscale megachip, with 4 trillion transistors.", "Falcon-3", "Zentrix");
    }
}
