package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link BasedOn}, one sentence each, run through the whole extractor. */
class BasedOnTest extends RelationPatternTest {
    @Override
    String property() {
        return "basedOn";
    }

    @Test
    void basedOn() {
        assertReads("The new Nimbus-3 is based on Nimbus-2, the company said.", "Nimbus-3", "Nimbus-2");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("The new Nimbus-3 is faster than Nimbus-2, the company said.");
    }

    @Test
    void builtOnAnotherCompanysModel() {
        assertReads("The Kestrel-2 model is built on Meta's Llama 3.1 and tuned for law.", "Kestrel-2", "Llama 3.1");
    }

    @Test
    void isTheCompanysFirstModelBuiltOnAnotherMakersModel() {
        assertReads("Orbit AI unveiled a new AI model called Quill. Quill is the company’s first reasoning model, built on Zentrix’s "
                + "open-weight Falcon-7B model.", "Quill", "Falcon-7B");
    }
}
