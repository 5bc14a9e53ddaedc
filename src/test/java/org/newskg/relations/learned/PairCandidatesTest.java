package org.newskg.relations.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Signature;
import org.newskg.relations.ArticleSentence;
import org.newskg.vocab.NKG;

class PairCandidatesTest {
    private static List<String> pairs(ArticleSentence s) {
        return PairCandidates.of(s, Signature.of(NKG.ceoOf)).stream()
                .map(p -> s.mentions().get(p.subject()).text() + " -> " + s.mentions().get(p.object()).text()).toList();
    }

    @Test
    void personAndOrganizationOfOneClausePairBothWays() {
        ArticleSentence s = Bracketed.sentence("[Jane Roe|PERSON], chief executive of [Acme Robotics|COMPANY], said so.");
        assertEquals(List.of("Jane Roe -> Acme Robotics"), pairs(s));
    }

    @Test
    void aSemicolonSeparatesTheClausesOfOneSentence() {
        ArticleSentence s = Bracketed.sentence("[Jane Roe|PERSON] is chief executive of [Acme Robotics|COMPANY]; "
                + "[John Doe|PERSON] chairs [Orbit Labs|COMPANY].");
        assertEquals(List.of("Jane Roe -> Acme Robotics", "John Doe -> Orbit Labs"), pairs(s));
    }

    @Test
    void aYearAcrossASemicolonIsNotTheOrganizations() {
        ArticleSentence s = Bracketed.sentence("[Acme Robotics|COMPANY] was founded in 2019; [Orbit Labs|COMPANY] followed in 2021.");
        List<String> years = PairCandidates.years(s, Signature.of(NKG.foundingDate)).stream()
                .map(p -> s.mentions().get(p.subject()).text() + " -> " + p.year().text()).toList();
        assertEquals(List.of("Acme Robotics -> 2019", "Orbit Labs -> 2021"), years);
    }
}
