package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.NameSpan;
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

    @Test
    void aNameHeadedLikeAnOrganizationIsOneThoughARecognizerCalledItAPlace() {
        String text = "She teaches at the University of Tamsin Valley, near West Tamsin.";
        List<Sentence> sentences = splitter.split(text);
        NameSpan university = new NameSpan(0, 19, 46, "University of Tamsin Valley", "University of Tamsin Valley", EntityType.PLACE, 1.5, 0.9, "recognizer");
        NameSpan place = new NameSpan(0, 53, 64, "West Tamsin", "West Tamsin", EntityType.PLACE, 1.5, 0.9, "recognizer");
        List<Mention> found = typer.type(sentences, List.of(university, place));
        assertEquals(EntityType.UNIVERSITY, found.get(0).type());
        assertEquals(EntityType.PLACE, found.get(1).type());
    }

    @Test
    void europeanHoldingAndGroupeNamesAreCompanies() {
        List<Sentence> sentences = splitter.split("Varnet Holding and Lumière Groupe also backed the round.");
        // what the recognizer says of such names when the first word reads like a given name
        NameSpan holding = new NameSpan(0, 0, 14, "Varnet Holding", "Varnet Holding", EntityType.PERSON, 1.5, 0.9, "recognizer");
        NameSpan groupe = new NameSpan(0, 19, 33, "Lumière Groupe", "Lumière Groupe", EntityType.PERSON, 1.5, 0.9, "recognizer");
        List<Mention> found = typer.type(sentences, List.of(holding, groupe));
        assertEquals(EntityType.COMPANY, found.get(0).type());
        assertEquals(EntityType.COMPANY, found.get(1).type());
    }

    @Test
    void aWhoAfterAPlaceIsAboutTheNameBefore() {
        String text = "She hired Marisol Vance, a designer at Zentrix Labs in Port Tamsin, who became Orbit AI’s chief engineer.";
        List<Sentence> sentences = splitter.split(text);
        NameSpan place = new NameSpan(0, 55, 66, "Port Tamsin", "Port Tamsin", EntityType.PLACE, 1.5, 0.9, "recognizer");
        assertEquals("Port Tamsin", text.substring(place.start(), place.end()));
        assertEquals(EntityType.PLACE, typer.type(sentences, List.of(place)).get(0).type());
        NameSpan person = new NameSpan(0, 10, 23, "Marisol Vance", "Marisol Vance", null, 0, 0, "shape");
        assertEquals(EntityType.PERSON, typer.type(splitter.split("She hired Marisol Vance, who became Orbit AI’s chief engineer."),
                List.of(person)).get(0).type());
    }
}
