package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.TestModels;
import org.newskg.ingest.ArticleReader;

/**
 * Floors on published articles the rules were not written from ({@code ../shared/realnews} and
 * {@code realnews2}, kept outside the repository for copyright): how many gold entities become
 * graph nodes, how many of those get the right type, and the facts' F1. These sets are used to
 * develop the extractor, and the relation model in the jar is trained on {@code realnews}, so the
 * floors guard against losing ground; they are not measures of generalization (docs/QUALITY.md
 * gives {@code realnews} by cross-validation, and a set nobody here has seen is measured apart).
 * Skipped, with a message, where {@code ../shared} is absent.
 */
class RealNewsQualityTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // set,       found, typed, F1
        "realnews,    0.85,  0.85,  0.50",
        "realnews2,   0.85,  0.85,  0.45"})
    void entitiesAndFactsDoNotDrop(String set, double found, double typed, double f1) throws Exception {
        Path dir = Path.of("..", "shared", set);
        assumeTrue(Files.isDirectory(dir.resolve("articles")) && Files.isDirectory(dir.resolve("gold")),
                () -> "skipped: " + dir.toAbsolutePath().normalize() + " is absent (real articles are not in the repository)");
        Scores scores = new Scorer().score(TestModels.PIPELINE.run(new ArticleReader(p -> {}).readFolder(dir.resolve("articles"))).model(),
                GoldSet.read(dir.resolve("gold")));
        Scores.EntityTyping entities = scores.typing();
        double foundShare = (double) entities.found() / entities.goldEntities();
        double typedShare = (double) entities.correctlyTyped() / entities.found();
        System.out.printf("%s: %d of %d gold entities found (%.3f), %d of them typed right (%.3f); facts F1 %.3f%n", set,
                entities.found(), entities.goldEntities(), foundShare, entities.correctlyTyped(), typedShare, scores.overall().f1());
        assertTrue(foundShare >= found, set + ": found " + foundShare + ", missing " + entities.missing());
        assertTrue(typedShare >= typed, set + ": typed right " + typedShare + ", wrong " + entities.wronglyTyped());
        assertTrue(scores.overall().f1() >= f1, set + ": F1 " + scores.overall().f1());
        // The README quotes these runs; it must say what they give (regenerate its figures when this fails).
        String readme = Files.readString(Path.of("README.md"));
        List<String> stated = set.equals("realnews")
                ? List.of(String.format(Locale.ROOT, "become graph nodes | 58 (43%%) | %d (%.0f%%) |", entities.found(), 100 * foundShare),
                        String.format(Locale.ROOT, "with the right type | 52 (90%%) | %d (%.0f%%) |", entities.correctlyTyped(), 100 * typedShare))
                : List.of(String.format(Locale.ROOT, "%.3f / %.3f / %.3f with the learned reader",
                        scores.overall().precision(), scores.overall().recall(), scores.overall().f1()));
        for (String line : stated) {
            assertTrue(readme.contains(line), "README.md should say what " + set + " gives now: " + line);
        }
    }
}
