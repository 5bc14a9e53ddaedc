package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Sentence;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;

class MentionTyperTest {
    private final OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter(TestModels.SHARED_MODELS);
    private final ShapeNameDetector detector = new ShapeNameDetector(new OpenNlpPosTagger(TestModels.SHARED_MODELS));
    private final MentionTyper typer = new MentionTyper();

    private List<Mention> typed(String text) {
        List<Sentence> sentences = splitter.split(text);
        return typer.type(sentences, detector.detect(sentences));
    }

    @Test
    void speechAloneTypesAFullNameButNotAOneWordName() {
        List<Mention> found = typed("Orbitex said prices would rise, Marisol Vance said.");
        assertNull(found.get(0).type());
        assertEquals(EntityType.PERSON, found.get(1).type());
    }

    @Test
    void detectorTypeStandsUnlessAStrongerCueSaysOtherwise() {
        List<Mention> found = typed("Zentek sells the Q900 to labs. The startup Zentek makes chips.");
        assertEquals(EntityType.CHIP, found.get(1).type());
        assertEquals(EntityType.COMPANY, found.get(2).type());
    }
}
