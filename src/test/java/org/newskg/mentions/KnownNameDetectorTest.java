package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;

class KnownNameDetectorTest {
    private final KnownNameDetector detector = new KnownNameDetector(Map.of(
            "Orbit Labs", EntityType.ORGANIZATION, "Orbit", EntityType.AI_MODEL, "Q900", EntityType.CHIP, "apple", EntityType.PRODUCT));

    private List<String> found(String text) {
        return detector.detect(List.of(new Sentence(0, 0, text.length(), text))).stream()
                .map(s -> s.text() + "/" + s.type()).toList();
    }

    @Test
    void findsKnownNamesLongestFirstWithTheirKind() {
        assertEquals(List.of("Orbit Labs/ORGANIZATION", "Orbit/AI_MODEL", "Q900/CHIP"),
                found("Orbit Labs trained Orbit on Q900's cores."));
    }

    @Test
    void namesInsideLongerNamesAndLowerCaseWordsAreNotTaken() {
        assertEquals(List.of(), found("Big Orbit Cloud sells an apple pie to Orbiters."));
    }
}
