package org.newskg.relations.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.newskg.TestModels.Extracted;
import org.newskg.TestModels;

/** Runs the real pipeline on one-sentence articles and checks what one relation reads from them. */
abstract class RelationPatternTest {
    /** Local name of the ontology property under test. */
    abstract String property();

    /** The sentence yields the fact "subject property object" (object: label or normalised value). */
    void assertReads(String sentence, String subject, String object) {
        Extracted x = TestModels.extract(sentence);
        assertTrue(x.fact(subject, property(), object).isPresent(),
                () -> "expected " + subject + " " + property() + " " + object + " in: " + sentence + "\ngot " + x.facts(property()) + " " + x);
    }

    /** The sentence does not yield the fact "subject property object". */
    void assertDoesNotRead(String sentence, String subject, String object) {
        Extracted x = TestModels.extract(sentence);
        assertTrue(x.fact(subject, property(), object).isEmpty(),
                () -> "did not expect " + subject + " " + property() + " " + object + " in: " + sentence);
    }

    /** The sentence yields no fact of the property. */
    void assertNothing(String sentence) {
        Extracted x = TestModels.extract(sentence);
        assertEquals(java.util.List.of(), x.facts(property()), () -> "no " + property() + " expected in: " + sentence);
    }
}
