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
    void theTextEveryMatchHoldsIsTakenFromThePatternOutsideOptionalParts() {
        assertEquals(List.of(Set.of("founded")), SentencePattern.requiredText(
                "{ORG:s},?\\s+(?:{DET}{W4}{ORG_NOUN}\\s+)?(?:which\\s+|that\\s+)?(?:co-?)?founded\\s+by\\s+{PERSON:o}"),
                "none from optional groups, slots and classes, nor of fewer than three characters");
        assertEquals(List.of(Set.of(" raised")), SentencePattern.requiredText("{ORG:s} raised\\s+{MONEY:v}"));
        assertEquals(List.of(Set.of(" invests", " invested")), SentencePattern.requiredText("{ORG:s} invests|{ORG:o} invested"),
                "an alternation: one of its branches");
        assertEquals(List.of(Set.of("the"), Set.of("companie")), SentencePattern.requiredText("the\\s+companies?\\s+[a-z]+\\s+{ORG:s}"),
                "a letter a quantifier makes optional ends a run");
        assertEquals(List.of(Set.of("ceo", "c.e.o.", "chief executive", "chief exec")), SentencePattern.requiredText("{CEO}\\s+{PERSON:s}"),
                "a macro counts as its group");
        assertEquals(List.of(), SentencePattern.requiredText("(?:^|\\bsaid\\s+){PERSON:s}"), "a branch that requires nothing");
        assertEquals(List.of(), SentencePattern.requiredText("(?<!not\\s)(?=\\w){PERSON:s}"), "lookarounds require nothing");

        SentencePattern founded = new SentencePattern("{ORG:s},?\\s+(?:co-?)?founded\\s+by\\s+{PERSON:o}");
        assertTrue(founded.mayMatch(RequiredText.folded("⟦0:COMPANY⟧, Co-Founded by ⟦1:PERSON⟧")));
        assertFalse(founded.mayMatch(RequiredText.folded("⟦0:COMPANY⟧, led by ⟦1:PERSON⟧")));
    }

    @Test
    void theTextIsSearchedAsTheRegexComparesCharacters() {
        // under Unicode case folding "ſ" (long s) is an "s" and "K" (Kelvin sign) a "k" to the regex; the filter must agree
        SentencePattern uses = new SentencePattern("{ORG:s} uses {ORG:o}");
        String sentence = "⟦0:COMPANY⟧ uſes ⟦1:COMPANY⟧";
        assertEquals(1, uses.matches(sentence).size());
        assertTrue(uses.mayMatch(RequiredText.folded(sentence)));
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
