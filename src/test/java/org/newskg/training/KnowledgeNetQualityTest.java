package org.newskg.training;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.eval.KnowledgeNetFold;
import org.newskg.eval.KnowledgeNetScorer;
import org.newskg.eval.Score;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.Nlp4jDependencyParser;
import org.newskg.pipeline.Pipeline;
import org.newskg.relations.learned.RelationModel;
import org.newskg.relations.learned.RelationTrainer;

/**
 * The learned reader (words and parse, as shipped) measured the honest way on KnowledgeNet: trained on folds 1 and 2, scored on
 * fold 3, which it never saw (docs/QUALITY.md gives all three rotations). Floors, not targets:
 * they keep the train-and-read path from losing ground. Skipped, with a message, where
 * {@code ../shared} is absent.
 */
class KnowledgeNetQualityTest {
    private static final Path FOLDS = Path.of("..", "shared", "knowledgenet");

    @Test
    void modelTrainedOnTwoFoldsReadsTheThird() throws Exception {
        assumeTrue(Files.isDirectory(FOLDS.resolve("fold3")),
                () -> "skipped: " + FOLDS.toAbsolutePath().normalize() + " is absent (KnowledgeNet folds are not in the repository)");
        TrainingSets sets = new TrainingSets(TestModels.pipeline().readers(List.of()).build(), problem -> {});
        List<RelationTrainer.Example> examples = new ArrayList<>();
        for (String fold : List.of("fold1", "fold2")) {
            examples.addAll(sets.knowledgeNet(KnowledgeNetFold.read(FOLDS.resolve(fold))));
        }
        RelationModel model = new RelationTrainer(1, 1.0, Nlp4jDependencyParser.english())
                .train(examples, KnowledgeNetFold.properties(), RelationTrainer.DEFAULT_THRESHOLD, Map.of());
        KnowledgeNetFold test = KnowledgeNetFold.read(FOLDS.resolve("fold3"));
        Pipeline pipeline = TestModels.pipeline().relationModel(model).build();
        KnowledgeNetScorer.Result result = new KnowledgeNetScorer()
                .score(pipeline.extract(new ArticleReader(p -> {}).readFolder(test.articles())), test);
        Score s = result.overall();
        System.out.printf("KnowledgeNet fold3, trained on folds 1-2: P %.3f R %.3f F1 %.3f%n", s.precision(), s.recall(), s.f1());
        assertTrue(s.precision() >= 0.78, "precision " + s.precision());
        assertTrue(s.f1() >= 0.52, "F1 " + s.f1());
    }
}
