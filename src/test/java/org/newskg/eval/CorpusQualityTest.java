package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.ingest.ArticleReader;

/**
 * The quality gate of issue 4: the extractor, scored on the bundled corpus against the gold set,
 * must keep precision at least 0.90 and F1 at least 0.85, and type every gold entity of a required
 * fact correctly. A change that loses quality fails here.
 */
class CorpusQualityTest {
    private static Scores scores;
    private static GoldSet gold;

    @BeforeAll
    static void scoreBundledCorpus() throws Exception {
        Model graph = TestModels.PIPELINE.run(new ArticleReader(p -> {}).readBundled()).model();
        gold = GoldSet.read(Path.of("gold"));
        scores = new Scorer().score(graph, gold);
        System.out.println(ScoreReport.text(scores, true));
    }

    @Test
    void precisionAndF1MeetTheTargets() {
        assertTrue(scores.overall().precision() >= 0.90, "precision " + scores.overall().precision());
        assertTrue(scores.overall().f1() >= 0.85, "F1 " + scores.overall().f1());
    }

    @Test
    void everyGoldEntityOfARequiredFactIsTypedCorrectly() {
        Set<String> inRequiredFacts = new TreeSet<>();
        gold.facts().stream().filter(GoldFact::required).forEach(f -> {
            inRequiredFacts.add(f.subject());
            inRequiredFacts.add(f.object());
        });
        List<String> wrong = scores.typing().wronglyTyped().stream()
                .map(Scores.WrongType::entity).filter(inRequiredFacts::contains).toList();
        assertEquals(List.of(), wrong);
    }
}
