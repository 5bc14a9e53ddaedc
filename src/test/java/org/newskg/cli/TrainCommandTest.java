package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} and {@code evaluate --knowledgenet} on an invented fold, without the trained entity recognizer. */
class TrainCommandTest {
    private static final List<String> PEOPLE = List.of("Jane Roe", "Omar Lindqvist", "Ilse Hart", "Tobias Wren", "Pia Lund",
            "Joren Vale", "Selma Orr", "Ravi Demet");
    private static final List<String> COMPANIES = List.of("Acme Robotics Inc.", "Borealis Labs Inc.", "Quanta Forge Corp.",
            "Lumen Tide Inc.", "Arctis Systems Inc.", "Novaline Corp.", "Corvid Systems Inc.", "Helix Row Corp.");

    @TempDir
    Path dir;

    /** Documents that each name a chief executive and a visitor of one company, annotated for CEO. */
    private Path fold() throws IOException {
        Path fold = dir.resolve("fold");
        Files.createDirectories(fold.resolve("articles"));
        List<String> facts = new ArrayList<>(List.of("doc\tproperty\tsubject\tobject\tsubject_wikidata"));
        for (int i = 0; i < PEOPLE.size(); i++) {
            String company = COMPANIES.get(i);
            Files.writeString(fold.resolve("articles/" + (100 + i) + ".txt"), PEOPLE.get(i) + " is the chief executive officer of "
                    + company + ", a maker of industrial parts.\n\n" + PEOPLE.get((i + 3) % PEOPLE.size()) + " visited " + company
                    + " last year and wrote about its factory.\n", StandardCharsets.UTF_8);
            facts.add((100 + i) + "\tCEO\t" + company + "\t" + PEOPLE.get(i) + "\t");
        }
        Files.write(fold.resolve("facts.tsv"), facts, StandardCharsets.UTF_8);
        return fold;
    }

    @Test
    void trainsTheSameModelTwiceAndEvaluatesAFoldWithIt() throws IOException {
        Path fold = fold();
        Path first = dir.resolve("first.zip");
        Path second = dir.resolve("second.zip");
        for (Path model : List.of(first, second)) {
            Run run = Run.of("train", "--knowledgenet", fold.toString(), "--recognizer", "none", "--threshold", "0.5",
                    "--min-positives", "5", "--output", model.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("ceoOf.examples: 16 (8 positive)"), run.out());
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "same data and seed, same model");

        Run evaluate = Run.of("evaluate", "--knowledgenet", fold.toString(), "--recognizer", "none", "--relation-model", first.toString());
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.out().matches("(?s).*\\nceoOf\\s+8\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000\\n.*"), evaluate.out());
    }

    @Test
    void badInputGetsOneLineNamingIt() throws IOException {
        Run nothing = Run.of("train", "--output", dir.resolve("m.zip").toString());
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("nothing to train on"), nothing.err());

        Run noMinimum = Run.of("train", "--knowledgenet", fold().toString(), "--min-positives", "0", "--output", dir.resolve("m.zip").toString());
        assertEquals(1, noMinimum.exitCode());
        assertTrue(noMinimum.err().contains("--min-positives must be at least 1"), noMinimum.err());

        Run notAFold = Run.of("train", "--knowledgenet", dir.toString(), "--output", dir.resolve("m.zip").toString());
        assertEquals(1, notAFold.exitCode());
        assertTrue(notAFold.err().contains("not a KnowledgeNet fold"), notAFold.err());

        Path garbage = Files.writeString(dir.resolve("garbage.zip"), "not a model");
        Run badModel = Run.of("evaluate", "--knowledgenet", fold().toString(), "--recognizer", "none", "--relation-model", garbage.toString());
        assertEquals(1, badModel.exitCode());
        assertTrue(badModel.err().contains("--relation-model " + garbage) && badModel.err().contains("not a relation model"), badModel.err());
    }
}
