package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;

class MentionFinderTest {
    private final OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter(TestModels.SHARED_MODELS);
    private final MentionFinder finder = new MentionFinder(new OpenNlpPosTagger(TestModels.SHARED_MODELS));

    private List<String> names(String text) {
        return finder.find(splitter.split(text)).stream().map(Mention::text).toList();
    }

    @Test
    void capitalizedCommonWordOpeningASentenceIsNoName() {
        assertEquals(List.of("Orbit Labs"), names("Analysts expect Orbit Labs to raise prices."));
    }

    @Test
    void singleWordNameOpeningASentenceIsKept() {
        assertEquals(List.of("Zentrix", "Marisol Vance"), names("Zentrix hired Marisol Vance as its chief scientist."));
    }

    @Test
    void multiWordNameOpeningASentenceNeedsNoTagger() {
        assertEquals(List.of("Orbit Labs", "Kestrel"), names("Orbit Labs released Kestrel in March."));
    }

    @Test
    void placeBeforeBasedIsNoName() {
        assertEquals(List.of("Orbit AI"), names("Orbit AI is a Lisbon-based startup."));
    }

    @Test
    void baseModelBeforeBasedIsAName() {
        assertEquals(List.of("Kestrel", "Orca"), names("Kestrel is an Orca-based model."));
    }

    @Test
    void loneWordOpeningASentenceIsANameWhenTheArticleCapitalizesItElsewhere() {
        assertEquals(List.of("Vexa", "Orbit AI", "Vexa"), names("Vexa, a small company, grew fast. Orbit AI bought Vexa in May."));
    }

    @Test
    void twoDigitProductNumberIsAChip() {
        assertEquals(org.newskg.entities.EntityType.CHIP,
                finder.find(splitter.split("Sales of the K20 slowed.")).get(0).type());
    }

    @Test
    void speechAloneTypesAFullNameButNotAOneWordName() {
        List<Mention> found = finder.find(splitter.split("Orbitex said prices would rise, Marisol Vance said."));
        assertEquals(null, found.get(0).type());
        assertEquals(org.newskg.entities.EntityType.PERSON, found.get(1).type());
    }
}
