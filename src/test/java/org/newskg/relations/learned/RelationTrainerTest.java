package org.newskg.relations.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;
import org.newskg.model.Mention;
import org.newskg.relations.ArticleSentence;
import org.newskg.vocab.NKG;

class RelationTrainerTest {
    @Test
    void modelLearnsFromASmallSampleAndCarriesOverToNewNames() {
        RelationModel model = TrainingSample.train(1);
        int right = 0;
        int total = 0;
        for (RelationTrainer.Example ex : TrainingSample.examples(TrainingSample.NEW_PEOPLE, TrainingSample.NEW_COMPANIES)) {
            ArticleSentence s = ex.sentences().get(0);
            boolean states = !ex.facts().isEmpty();
            double p = model.probability(NKG.ceoOf, PairFeatures.of(s, 0, 1));
            double reversed = model.probability(NKG.ceoOf, PairFeatures.of(s, 1, 0));
            int person = s.mentions().get(0).type().name().equals("PERSON") ? 0 : 1;
            double probability = person == 0 ? p : reversed;
            right += (probability >= 0.5) == states ? 1 : 0;
            total++;
        }
        // chance is one half: as many sentences state the relation as do not
        assertTrue(right >= 0.9 * total, right + " of " + total + " unseen sentences classified right");
    }

    @Test
    void sameDataAndSeedGiveTheSameModelByteForByte() throws IOException {
        RelationModel a = TrainingSample.train(7);
        RelationModel b = TrainingSample.train(7);
        assertEquals(a.version(), b.version());
        assertArrayEquals(bytes(a), bytes(b));
        assertEquals("7", a.info().get("seed"));
    }

    @Test
    void nothingToLearnIsAClearError() {
        List<RelationTrainer.Example> noPositive = TrainingSample.examples(List.of("Mara Quist"), List.of("Veltrix")).stream()
                .filter(e -> e.facts().isEmpty()).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RelationTrainer(1, 1.0).train(noPositive, List.of(NKG.ceoOf), 0.5, Map.of()));
        assertTrue(e.getMessage().contains("fewer than 50 positive examples"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RelationTrainer(1, 0));
    }

    @Test
    void aPropertyWithFewPositiveExamplesIsLeftToThePatterns() {
        // 144 sentences state ceoOf; 20 of them are annotated as stating employedBy too
        List<RelationTrainer.Example> both = new ArrayList<>();
        int employed = 0;
        for (RelationTrainer.Example e : TrainingSample.examples(TrainingSample.TRAIN_PEOPLE, TrainingSample.TRAIN_COMPANIES)) {
            List<RelationTrainer.GoldPair> facts = new ArrayList<>(e.facts());
            if (!facts.isEmpty() && employed < 20) {
                facts.add(new RelationTrainer.GoldPair(NKG.employedBy, facts.get(0).subjectNames(), facts.get(0).objectNames()));
                employed++;
            }
            both.add(new RelationTrainer.Example(e.id(), e.sentences(), Set.of(NKG.ceoOf, NKG.employedBy), facts));
        }
        List<Property> properties = List.of(NKG.ceoOf, NKG.employedBy);
        RelationModel byDefault = new RelationTrainer(1, 1.0).train(both, properties, 0.5, Map.of());
        assertEquals(List.of(NKG.ceoOf), byDefault.properties(), "20 positive examples are under the default 50");
        assertTrue(byDefault.info().get("employedBy.examples").endsWith("(20 positive)"), byDefault.info().toString());
        assertEquals("50", byDefault.info().get("minPositives"));
        RelationModel atTwenty = new RelationTrainer(1, 1.0).minPositives(20).train(both, properties, 0.5, Map.of());
        assertEquals(properties, atTwenty.properties(), "exactly the fewest positive examples are enough");
        assertThrows(IllegalArgumentException.class, () -> new RelationTrainer(1, 1.0).minPositives(0));
    }

    @Test
    void goldTextsNameMentionsByWholeWordsAndReferencesByTheirAntecedent() {
        ArticleSentence s = Bracketed.sentence("[Acme Robotics, Inc.|COMPANY] hired [Jo Vale|PERSON].");
        List<Mention> mentions = new java.util.ArrayList<>(s.mentions());
        mentions.add(new Mention(0, 0, 2, "It", "Acme Robotics, Inc.", null, 0, null, 0));
        assertTrue(RelationTrainer.names(mentions, 0, List.of("Acme Robotics")), "gold text inside the name");
        assertTrue(RelationTrainer.names(mentions, 1, List.of("Dr. Jo Vale")), "name inside the gold text");
        assertFalse(RelationTrainer.names(mentions, 1, List.of("Jon Valerian")), "not part of a word");
        assertTrue(RelationTrainer.names(mentions, 2, List.of("it")), "a reference by its own words");
        assertTrue(RelationTrainer.names(mentions, 2, List.of("Acme Robotics Inc")), "a reference by its antecedent");
    }

    private static byte[] bytes(RelationModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
