package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;
import org.newskg.nlp.EntityRecognizer;
import org.newskg.nlp.Nlp4jEntityRecognizer;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;
import org.newskg.nlp.RecognizedEntity;

/** The trained recognizer as a detector, on sentences written for the test. */
class RecognizedNameDetectorTest {
    private static final OpenNlpPosTagger TAGGER = new OpenNlpPosTagger(TestModels.SHARED_MODELS);
    private final OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter(TestModels.SHARED_MODELS);
    private final RecognizedNameDetector recognizer = new RecognizedNameDetector(Nlp4jEntityRecognizer.english(), TAGGER);
    private final ShapeNameDetector shape = new ShapeNameDetector(TAGGER);

    private Optional<NameSpan> found(MentionDetector detector, String text, String name) {
        return detector.detect(splitter.split(text)).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Test
    void findsANameThatStartsWithALowerCaseLetter() {
        String text = "Shares of iQuanta Systems rose after the deal.";
        assertTrue(found(recognizer, text, "iQuanta Systems").isPresent());
        assertFalse(found(shape, text, "iQuanta Systems").isPresent(), "the shape rules need a capital");
    }

    @Test
    void findsAOneWordNameOpeningASentence() {
        // the tagger takes a capitalized common noun opening a sentence for that noun
        String text = "Signal said it would add encryption.";
        assertEquals(EntityType.ORGANIZATION, found(recognizer, text, "Signal").orElseThrow().type());
        assertFalse(found(shape, text, "Signal").isPresent());
    }

    @Test
    void typesATwoWordKoreanCompanyThatTheShapeRulesLeaveUntyped() {
        String text = "Hanwha Vision said demand for its cameras grew.";
        assertEquals(EntityType.ORGANIZATION, found(recognizer, text, "Hanwha Vision").orElseThrow().type());
        assertEquals(null, found(shape, text, "Hanwha Vision").orElseThrow().type());
    }

    @Test
    void spansAreWholeWordsWithoutPossessiveOrModifier() {
        List<NameSpan> spans = recognizer.detect(splitter.split("Engineers at Seoul-based Woori Robotics praised Nvidia's new chips."));
        assertTrue(spans.stream().anyMatch(s -> s.name().equals("Woori Robotics")), spans::toString);
        NameSpan nvidia = spans.stream().filter(s -> s.name().equals("Nvidia")).findFirst().orElseThrow(() -> new AssertionError(spans));
        assertEquals("Nvidia", nvidia.text(), "the possessive is not part of the span");
        assertTrue(spans.stream().noneMatch(s -> s.name().contains("-based")), spans::toString);
    }

    /** A recognizer that gives one fixed answer, to test what the detector makes of it. */
    private static RecognizedNameDetector answering(String label, double probability, int start, int end) {
        return new RecognizedNameDetector(new EntityRecognizer() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public List<RecognizedEntity> recognize(String sentence) {
                return List.of(new RecognizedEntity(start, end, label, probability));
            }
        }, TAGGER);
    }

    @Test
    void aSentenceThatCannotHoldANameIsNotGivenToTheRecognizer() {
        // the fixed answer would be kept as a name if the recognizer were asked
        String nameless = "The company said it would hire more engineers.";
        assertEquals(List.of(), answering("ORG", 0.9, 4, 11).detect(List.of(new Sentence(0, 0, nameless.length(), nameless))));
        String named = "Then Quillon said it would hire more engineers.";
        assertEquals(List.of("Quillon"), answering("ORG", 0.9, 5, 12).detect(List.of(new Sentence(0, 0, named.length(), named)))
                .stream().map(NameSpan::name).toList());
    }

    @Test
    void aListInOneSpanIsCutIntoItsNamesAndAPossessorLosesTheLabel() {
        String text = "Harbor Capital and Kite Ventures led it.";
        List<NameSpan> list = answering("ORG", 0.9, 0, 32).detect(List.of(new Sentence(0, 0, text.length(), text)));
        assertEquals(List.of("Harbor Capital", "Kite Ventures"), list.stream().map(NameSpan::name).toList());
        String possessive = "Jane Doe's Acme raised money.";
        List<NameSpan> parts = answering("ORG", 0.9, 0, 15).detect(List.of(new Sentence(0, 0, possessive.length(), possessive)));
        assertEquals(List.of("Jane Doe/null", "Acme/ORGANIZATION"), parts.stream().map(s -> s.name() + "/" + s.type()).toList());
    }

    @Test
    void anOrganizationsAndBetweenTwoHalvesOfItsNameIsNoList() {
        assertNames("ORG", 0, 33, "Northern Gas and Electric Company raised prices.", "Northern Gas and Electric Company");
        assertNames("ORG", 4, 44, "The Institute for Applied and Social Studies hired her.", "Institute for Applied and Social Studies");
        assertNames("ORG", 0, 45, "The Bank of Farming and Fisheries Development lent it money.", "Bank of Farming and Fisheries Development");
        // two whole names, each with its designation, and a person's "and", stay lists
        assertNames("ORG", 0, 32, "Harbor Holdings and Kite Company merged.", "Harbor Holdings", "Kite Company");
        assertNames("PERSON", 0, 29, "Jane Roe and John Doe Company spoke.", "Jane Roe", "John Doe Company");
    }

    @Test
    void aProperNounOpeningTheSentenceIsPartOfTheNameButAnAdverbIsNot() {
        assertNames("ORG", 8, 13, "Hugging Orbit CEO Jane Roe said so.", "Hugging Orbit");
        assertNames("ORG", 10, 20, "Meanwhile Orbit Labs said so.", "Orbit Labs");
    }

    @Test
    void lowercaseWordsOpeningASpanAreNoPartOfTheName() {
        assertNames("ORG", 19, 45, "The co-founders of startup Orbit Intelligence met at school.", "Orbit Intelligence");
        assertNames("ORG", 9, 31, "Analysts the startup Orbit Labs hired said so.", "Orbit Labs");
        assertNames("PERSON", 16, 25, "Historians cite de Gaulle often.", "de Gaulle");
        assertNames("ORG", 10, 19, "Shares of adidas AG rose.", "adidas AG");
        String text = "Analysts the startup Orbit Labs hired said so.";
        NameSpan orbit = answering("ORG", 0.9, 9, 31).detect(List.of(new Sentence(0, 0, text.length(), text))).get(0);
        assertEquals(text.indexOf("Orbit"), orbit.start(), "the span starts where the name does");
    }

    @Test
    void aPlaceWordInsideANameIsAWordOfItButAFunctionWordIsNot() {
        String text = "Lakeside Valley Hospital hired Bombshell While Acme of Silicon Valley.";
        assertNames("ORG", 0, 24, text, "Lakeside Valley Hospital");
        assertNames("ORG", 31, 51, text);
        assertNames("ORG", 55, 69, text);
    }

    /** The names found in {@code text} when the recognizer answers one name of {@code label} from {@code start} to {@code end}. */
    private static void assertNames(String label, int start, int end, String text, String... expected) {
        assertEquals(List.of(expected), names(answering(label, 0.9, start, end), text));
    }

    private static List<String> names(RecognizedNameDetector detector, String text) {
        return detector.detect(List.of(new Sentence(0, 0, text.length(), text))).stream().map(NameSpan::name).toList();
    }

    @Test
    void labelBarelyAheadOfTheRunnerUpIsOnlyAGuessAndValuesAreNoNames() {
        String text = "Vexa spent $5 million in 2024.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        NameSpan guess = answering("PERSON", 0.55, 0, 4).detect(List.of(s)).get(0);
        assertTrue(guess.weight() < org.newskg.model.Mention.FIRM_WEIGHT, guess::toString);
        assertEquals(List.of(), answering("MONEY", 0.99, 11, 21).detect(List.of(s)));
        assertEquals(List.of(), answering("DATE", 0.99, 25, 29).detect(List.of(s)));
    }

    @Test
    void aNationalityAndAPronunciationAreNoNames() {
        // the lexicon types a demonym; left to the recognizer, "Lorvan law" would give an untyped name that pairs like an organization
        assertNames("NORP", 11, 17, "She taught Lorvan law at Brightwater University.");
        assertNames("ORG", 24, 30, "Kessai Inc. (pronounced kɛˈsaɪ) makes drugs.");
        assertNames("ORG", 24, 29, "Kessai Inc. (pronounced ke-sī) makes drugs.");
        assertNames("ORG", 0, 6, "Kessai (pronounced ke-sī) makes drugs.", "Kessai");
        assertNames("GPE", 13, 20, "She moved to Hawaiʻi in 2020.", "Hawaiʻi");
    }

    @Test
    void aJobTitleClosingAnOrganizationsNameIsCutOff() {
        String text = "Dara Venn is a Kite Senior Fellow at the school.";
        NameSpan kite = answering("ORG", 0.9, 15, 33).detect(List.of(new Sentence(0, 0, text.length(), text))).get(0);
        assertEquals("Kite", kite.text());
        assertEquals(text.indexOf("Kite"), kite.start());
        assertEquals(text.indexOf("Kite") + 4, kite.end());
        assertNames("PRODUCT", 8, 25, "We open Kite Tag Director now.", "Kite Tag Director");
    }

    @Test
    void furnitureIsNoName() {
        String text = "See NASDAQ:ACME and chart_2024_final.png below.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        assertEquals(List.of(), answering("ORG", 0.9, 4, 15).detect(List.of(s)));
        assertEquals(List.of(), answering("ORG", 0.9, 20, 40).detect(List.of(s)));
    }
}
