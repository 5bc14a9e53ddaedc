package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;

class NameSpanCombinerTest {
    private static NameSpan span(int start, int end, double probability, String detector) {
        return new NameSpan(0, start, end, "x".repeat(end - start), "x", EntityType.ORGANIZATION, 1, probability, detector);
    }

    @Test
    void mostProbableOfOverlappingSpansIsKeptAndTheRestStand() {
        List<NameSpan> shape = List.of(span(0, 10, 0.5, "shape"), span(20, 25, 0.5, "shape"));
        List<NameSpan> recognizer = List.of(span(4, 10, 0.8, "recognizer"), span(30, 35, 0.7, "recognizer"));
        List<NameSpan> kept = new NameSpanCombiner().combine(List.of(shape, recognizer));
        assertEquals(List.of("4-10 recognizer", "20-25 shape", "30-35 recognizer"),
                kept.stream().map(s -> s.start() + "-" + s.end() + " " + s.detector()).toList());
    }

    @Test
    void onATieTheLongerSpanWins() {
        List<NameSpan> kept = new NameSpanCombiner().combine(List.of(List.of(span(0, 4, 0.5, "a")), List.of(span(0, 9, 0.5, "b"))));
        assertEquals(List.of("b"), kept.stream().map(NameSpan::detector).toList());
    }

    @Test
    void aNameWithACountryInsideIsKeptWholeOverTheCountry() {
        NameSpan country = new NameSpan(0, 16, 25, "Freedonia", "Freedonia", EntityType.COUNTRY, 1, 0.9, "lexicon");
        NameSpan bank = new NameSpan(0, 0, 25, "Central Bank of Freedonia", "Central Bank of Freedonia", EntityType.ORGANIZATION, 1.5, 0.8, "recognizer");
        assertEquals(List.of("recognizer"), new NameSpanCombiner().combine(List.of(List.of(country), List.of(bank))).stream().map(NameSpan::detector).toList());
        // a country that opens the other span is a modifier of a name ("Freedonian Acme"), not part of it
        NameSpan opening = new NameSpan(0, 0, 9, "Freedonia", "Freedonia", EntityType.COUNTRY, 1, 0.9, "lexicon");
        NameSpan after = new NameSpan(0, 0, 14, "Freedonia Acme", "Freedonia Acme", EntityType.ORGANIZATION, 1.5, 0.8, "recognizer");
        assertEquals(List.of("lexicon"), new NameSpanCombiner().combine(List.of(List.of(opening), List.of(after))).stream().map(NameSpan::detector).toList());
    }
}
