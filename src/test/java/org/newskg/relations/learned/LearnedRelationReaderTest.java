package org.newskg.relations.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Reading;
import org.newskg.nlp.Nlp4jDependencyParser;
import org.newskg.vocab.NKG;
import org.newskg.relations.ArticleSentence;

/**
 * The reader with the model that ships in the jar, on invented sentences written the way news
 * states these relations (the phrasings of real articles, with invented names).
 */
class LearnedRelationReaderTest {
    private static final LearnedRelationReader READER = new LearnedRelationReader(RelationModel.bundled(), Nlp4jDependencyParser.english());

    private static List<String> read(String bracketed) {
        ArticleSentence s = Bracketed.sentence(bracketed);
        return READER.read(s).stream()
                .map(r -> Bracketed.name(s, r.subject()) + " " + r.property().getLocalName() + " "
                        + (r.value() != null ? r.value().lexical() : Bracketed.name(s, r.object())))
                .toList();
    }

    @Test
    void readerNameCarriesTheModelVersionAndConfidenceIsTheProbability() {
        RelationModel model = TrainingSample.train(1);
        LearnedRelationReader reader = new LearnedRelationReader(model, null);
        ArticleSentence s = Bracketed.sentence("[Selma Orr|PERSON], the chief executive of [Tamber|COMPANY], said sales doubled.");
        List<Reading> readings = reader.read(s);
        assertEquals(1, readings.size(), readings.toString());
        Reading r = readings.get(0);
        assertEquals("learned@" + model.version(), r.reader());
        assertEquals("ceoOf/classifier", r.rule());
        assertEquals(model.probability(r.property(), PairFeatures.of(s, 0, 1)), r.confidence(), 1e-12);
        assertTrue(r.confidence() >= model.threshold(r.property()));
    }

    @Test
    void withAParseTheConfidenceIsTheProbabilityOverWordsAndPath() {
        RelationModel model = TrainingSample.trainParsed(1);
        Nlp4jDependencyParser parser = Nlp4jDependencyParser.english();
        ArticleSentence s = Bracketed.sentence("[Selma Orr|PERSON], the chief executive of [Tamber|COMPANY], said sales doubled.");
        List<Reading> readings = new LearnedRelationReader(model, parser).read(s);
        assertEquals(1, readings.size(), readings.toString());
        List<String> features = new ArrayList<>(PairFeatures.of(s, 0, 1));
        features.addAll(PathFeatures.of(parser.parse(s.sentence().text()), s, s.mentions().get(0), s.mentions().get(1)));
        assertEquals(model.parsedProbability(NKG.ceoOf, features.toArray(String[]::new)), readings.get(0).confidence(), 1e-12);
        assertEquals("learned@" + model.version(), readings.get(0).reader());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LearnedRelationReader(model, null));
        assertTrue(e.getMessage().contains("give it a parser"), e.getMessage());
    }

    @Test
    void titleAfterANameWithItsCompany() {
        // "cofounder and CEO of Seoul-based chip firm X" is not read yet (docs/QUALITY.md)
        assertTrue(read("[Dara Venn|PERSON], CEO of [Kestrel Works|COMPANY], said the chips ship next year.")
                .containsAll(List.of("Dara Venn ceoOf Kestrel Works", "Dara Venn employedBy Kestrel Works")));
    }

    @Test
    void titleBeforeANameWithTheCompanyInFront() {
        assertTrue(read("[Kestrel Works|COMPANY] CEO [Dara Venn|PERSON] told reporters the company would hire.")
                .contains("Dara Venn ceoOf Kestrel Works"));
    }

    @Test
    void founderOfACompany() {
        assertTrue(read("[Kestrel Works|COMPANY] was founded in 2019 by [Dara Venn|PERSON] and [Ilan Moss|PERSON].")
                .containsAll(List.of("Kestrel Works foundedBy Dara Venn", "Kestrel Works foundedBy Ilan Moss", "Kestrel Works foundingDate 2019")));
    }

    @Test
    void subsidiaryOfAParent() {
        assertTrue(read("[Kestrel Cloud|COMPANY], a wholly owned subsidiary of [Kestrel Works|COMPANY], runs the data centers.")
                .contains("Kestrel Cloud parentOrganization Kestrel Works"));
    }

    @Test
    void employeeOfAnOrganization() {
        assertTrue(read("[Ilan Moss|PERSON], a senior researcher at [Northfield University|UNIVERSITY], said the results held.")
                .contains("Ilan Moss employedBy Northfield University"));
    }

    @Test
    void namesSideBySideWithoutARelationStateNone() {
        assertEquals(List.of(), read("[Dara Venn|PERSON] visited [Kestrel Works|COMPANY] on Tuesday to see the factory."));
        assertEquals(List.of(), read("[Tom Brennan|PERSON] criticised [Harbor Capital|COMPANY] in a letter."));
        assertEquals(List.of(), read("Investors such as [Ilan Moss|PERSON] sold shares of [Kestrel Works|COMPANY] in March."));
        assertEquals(List.of(), read("[Dara Venn|PERSON] told [Northfield Daily|MEDIA] that [Kestrel Works|COMPANY] would hire."));
        assertEquals(List.of(), read("Shares of [Kestrel Works|COMPANY] fell after [Dara Venn|PERSON] sold her stake."));
    }
}
