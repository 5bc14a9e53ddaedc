package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class Nlp4jEntityRecognizerTest {
    private final Nlp4jEntityRecognizer recognizer = Nlp4jEntityRecognizer.english();

    private static final List<String> SENTENCES = List.of(
            "Jane Okafor, chief executive of Orbit Labs, spoke in Paris on Monday.",
            "The company raised $40 million from Harbor Capital last year.",
            "Qualcomm and Apple sell chips to phone makers in Germany.",
            "Marisol Vance said the Orion X2 processor would ship in March.");

    @Test
    void labelsPeopleOrganizationsAndPlacesWithOffsetsAndProbabilities() {
        String sentence = SENTENCES.get(0);
        List<RecognizedEntity> found = recognizer.recognize(sentence);
        List<String> labelled = found.stream().map(e -> sentence.substring(e.start(), e.end()) + "/" + e.label()).toList();
        assertTrue(labelled.contains("Jane Okafor/PERSON"), labelled::toString);
        assertTrue(labelled.contains("Paris/GPE"), labelled::toString);
        for (RecognizedEntity e : found) {
            assertTrue(e.probability() >= 0.5 && e.probability() <= 1, e::toString);
        }
    }

    @Test
    void oneInstanceSharedByThreadsGivesWhatOneThreadGives() throws Exception {
        List<List<RecognizedEntity>> alone = SENTENCES.stream().map(recognizer::recognize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<RecognizedEntity>>> futures = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                SENTENCES.forEach(s -> futures.add(pool.submit(() -> recognizer.recognize(s))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(alone.get(i % SENTENCES.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptySentenceHasNoEntity() {
        assertEquals(List.of(), recognizer.recognize(""));
        assertEquals(List.of(), recognizer.recognize("   "));
    }
}
