package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;

class ShapeNameDetectorTest {
    private final OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter(TestModels.SHARED_MODELS);
    private final ShapeNameDetector detector = new ShapeNameDetector(new OpenNlpPosTagger(TestModels.SHARED_MODELS));

    private List<String> names(String text) {
        return detector.detect(splitter.split(text)).stream().map(NameSpan::text).toList();
    }

    @Test
    void capitalizedCommonWordOpeningASentenceIsNoName() {
        assertEquals(List.of("Orbit Labs"), names("Analysts expect Orbit Labs to raise prices."));
    }

    @Test
    void aPointOfTheCompassBeforeADemonymIsNoNameButASurnameIs() {
        assertEquals(List.of("Quillon", "West", "Jane West"), names("Quillon leads North American sales, West said, and so did Jane West."));
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
    void aMeasureWrittenBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("Orca 1", "Kestrel 2", "Orbit 7B"),
                names("The 2-billion-parameter Orca 1 model and a 7B-parameter Kestrel 2 model, made on a 3-nanometer process, beat Orbit 7B."));
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
    void anAmpersandJoinsTheWordsOfOneName() {
        assertEquals(List.of("Jane Roe", "Harlow Black & Decker"), names("Jane Roe is Chairman of Harlow Black & Decker, a tool maker."));
        assertEquals(List.of("Orbit & Kite"), names("She joined Orbit & Kite in May."));
        assertEquals(List.of("Jane Roe", "John Doe"), names("He met Jane Roe & John Doe in May."), "two people");
        assertEquals(List.of("Roe & Doe Holdings"), names("He sold Roe & Doe Holdings in May."));
    }

    @Test
    void aJobTitleClosingANameIsNoPartOfIt() {
        String text = "She is a Kite Senior Fellow.";
        NameSpan kite = detector.detect(splitter.split(text)).get(0);
        assertEquals("Kite", kite.text());
        assertEquals(text.indexOf("Kite"), kite.start());
        assertEquals(text.indexOf("Kite") + 4, kite.end());
    }

    @Test
    void aNicknameInBracketsIsPartOfAPersonsName() {
        List<NameSpan> spans = detector.detect(splitter.split("Acme was founded by Edwin J. (Ted) Marlow in 1990."));
        NameSpan person = spans.stream().filter(n -> n.text().equals("Edwin J. (Ted) Marlow")).findFirst().orElseThrow(() -> new AssertionError(spans));
        assertEquals(EntityType.PERSON, person.type());
        for (String company : new String[] {"Shares of Acme (Kite) Labs rose.", "Orbit (Kite) Chief Executive Jane Roe spoke.",
                "Staff of Orbit (Kite) Reality Labs met."}) {
            assertTrue(detector.detect(splitter.split(company)).stream().noneMatch(n -> n.text().contains("(")), company);
        }
        assertTrue(names("Kite Labs Chairman Edwin (Ted) Marlow spoke.").contains("Edwin (Ted) Marlow"), "the title before is no part of it");
    }

    @Test
    void twoDigitProductNumberIsAChip() {
        assertEquals(EntityType.CHIP, detector.detect(splitter.split("Sales of the K20 slowed.")).get(0).type());
    }

    @Test
    void aYearBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("Voltra Semiconductor", "Falcon", "7-Eleven"),
                names("In early 2026 Voltra Semiconductor will start making its Falcon chip for 7-Eleven."));
    }
}
