package org.newskg.relations.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.DependencyParse;
import org.newskg.nlp.Nlp4jDependencyParser;
import org.newskg.relations.ArticleSentence;
import org.newskg.vocab.NKG;

class RelationModelTest {
    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        RelationModel model = TrainingSample.train(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        RelationModel back = RelationModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model.version(), back.version());
        assertEquals(List.of(NKG.ceoOf), back.properties());
        assertEquals(0.5, back.threshold(NKG.ceoOf));
        assertEquals("invented sample", back.info().get("trainedOn"));
        ArticleSentence s = Bracketed.sentence("[Selma Orr|PERSON], CEO of [Tamber|COMPANY], spoke.");
        assertEquals(model.probability(NKG.ceoOf, PairFeatures.of(s, 0, 1)), back.probability(NKG.ceoOf, PairFeatures.of(s, 0, 1)), 1e-12);
    }

    @Test
    void modelWithAParseReadsBackItsSecondClassifiersAndScreen() throws IOException {
        RelationModel model = TrainingSample.trainParsed(1);
        assertTrue(model.parses());
        assertFalse(TrainingSample.train(1).parses());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        RelationModel back = RelationModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model.version(), back.version());
        assertTrue(back.parses());
        assertEquals(RelationTrainer.SCREEN, back.screen());
        assertFalse(back.info().containsKey("parsed.screen"), "the screen is the model's, not a note on its training");
        assertEquals(Nlp4jDependencyParser.NAME, back.info().get("parser"));
        ArticleSentence s = Bracketed.sentence("[Selma Orr|PERSON], CEO of [Tamber|COMPANY], spoke.");
        DependencyParse parse = Nlp4jDependencyParser.english().parse(s.sentence().text());
        List<String> f = new ArrayList<>(PairFeatures.of(s, 0, 1));
        f.addAll(PathFeatures.of(parse, s, s.mentions().get(0), s.mentions().get(1)));
        String[] features = f.toArray(String[]::new);
        assertEquals(model.parsedProbability(NKG.ceoOf, features), back.parsedProbability(NKG.ceoOf, features), 1e-12);
    }

    @Test
    void somethingElseIsNotReadAsAModel() {
        IOException e = assertThrows(IOException.class,
                () -> RelationModel.read(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("not a newskg relation model"), e.getMessage());
    }

    @Test
    void jarShipsATrainedModelForTheKnowledgeNetProperties() {
        RelationModel bundled = RelationModel.bundled();
        assertNotNull(bundled, "the jar has no relation model: run the train command (README)");
        assertTrue(bundled.properties().containsAll(List.of(NKG.ceoOf, NKG.foundedBy, NKG.employedBy, NKG.parentOrganization,
                NKG.foundingDate)), bundled.properties().toString());
        assertTrue(bundled.info().get("trainedOn").contains("knowledgenet"), bundled.info().toString());
    }
}
