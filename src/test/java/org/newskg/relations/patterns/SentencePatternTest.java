package org.newskg.relations.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentencePatternTest {
    private final SentencePattern chipUse = new SentencePattern("{ORG:s} {W3}(?:used|trained on) {CHIP+:o}");

    @Test
    void theWordsEveryMatchHoldsAreTakenFromThePatternOutsideGroupsAndQuantifiers() {
        assertEquals(List.of("founded"), SentencePattern.requiredWords(
                "{ORG:s},?\\s+(?:{DET}{W4}{ORG_NOUN}\\s+)?(?:which\\s+|that\\s+)?(?:co-?)?founded\\s+by\\s+{PERSON:o}"));
        assertEquals(List.of("raised"), SentencePattern.requiredWords("{ORG:s}\\s+raised\\s+{MONEY:v}"));
        assertEquals(List.of(), SentencePattern.requiredWords("{ORG:s} invests|{ORG:o} invested"), "an alternation at the top");
        assertEquals(List.of("the"), SentencePattern.requiredWords("the\\s+companies?\\s+[a-z]+\\s+{ORG:s}"),
                "a word a quantifier shortens and a class are not required");

        SentencePattern founded = new SentencePattern("{ORG:s},?\\s+(?:co-?)?founded\\s+by\\s+{PERSON:o}");
        assertTrue(founded.mayMatch("⟦0:org⟧, co-founded by ⟦1:person⟧"));
        assertFalse(founded.mayMatch("⟦0:org⟧, led by ⟦1:person⟧"));
    }

    @Test
    void slotsCaptureMentionIndices() {
        List<SentencePattern.Match> matches = chipUse.matches("⟦0:COMPANY⟧ trained on ⟦1:CHIP⟧ and ⟦2:CHIP⟧ last year.");
        assertEquals(1, matches.size());
        assertEquals(List.of(0), matches.get(0).mentions("s"));
        assertEquals(List.of(1, 2), matches.get(0).mentions("o"));
    }

    @Test
    void canMatchOnlyWhenEverySlotHasAMentionOfAnAcceptedType() {
        assertTrue(chipUse.canMatch(Set.of("COMPANY", "CHIP")));
        assertTrue(chipUse.canMatch(Set.of("UNK", "CHIP")), "an untyped name can fill an ORG slot");
        assertFalse(chipUse.canMatch(Set.of("COMPANY", "AI_MODEL")), "no chip in the sentence");
        assertFalse(chipUse.canMatch(Set.of()));
    }

    @Test
    void canMatchAgreesWithMatching() {
        String noChip = "⟦0:COMPANY⟧ trained on ⟦1:AI_MODEL⟧ last year.";
        assertFalse(chipUse.canMatch(Set.of("COMPANY", "AI_MODEL")));
        assertTrue(chipUse.matches(noChip).isEmpty());
    }

    @Test
    void looseListTakesDescribedItemsAndOnlyThoseOfItsType() {
        SentencePattern backers = new SentencePattern("{ORG:o} is backed by {ORG*:s}");
        List<SentencePattern.Match> matches = backers.matches(
                "⟦0:COMPANY⟧ is backed by ⟦1:COMPANY⟧, sovereign fund ⟦2:INVESTMENT_FIRM⟧ in ⟦3:COUNTRY⟧, investor ⟦4:PERSON⟧"
                        + " and ⟦5:UNK⟧, as well as ⟦6:COUNTRY⟧ groups ⟦7:COMPANY⟧ and ⟦8:COMPANY⟧.");
        assertEquals(1, matches.size());
        assertEquals(List.of(1, 2, 5, 7, 8), matches.get(0).mentions("s"), "people and places are not investors");
    }

    @Test
    void looseListEndsWhereAClauseBegins() {
        SentencePattern backers = new SentencePattern("{ORG:o} is backed by {ORG*:s}");
        List<SentencePattern.Match> matches = backers.matches("⟦0:COMPANY⟧ is backed by ⟦1:COMPANY⟧, and analysts said ⟦2:COMPANY⟧ lost.");
        assertEquals(List.of(1), matches.get(0).mentions("s"));
    }
}
