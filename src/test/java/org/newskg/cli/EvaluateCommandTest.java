package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    /**
     * Against the project's gold set (54 required facts): 3 true positives, 1 false positive and
     * one prediction of an optional fact.
     */
    private static final String GRAPH = """
            @prefix nkg:  <https://w3id.org/newskg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix e:    <https://w3id.org/newskg/entity/> .

            e:deepseek   a nkg:Company ;        rdfs:label "DeepSeek" .
            e:liang      a nkg:Person ;         rdfs:label "Liang Wenfeng" .
            e:nvidia     a nkg:Company ;        rdfs:label "Nvidia" .
            e:highflyer  a nkg:InvestmentFirm ; rdfs:label "High-Flyer Quant" .
            e:china      a nkg:Country ;        rdfs:label "China" .

            e:deepseek  nkg:foundedBy e:liang , e:nvidia ;
                        nkg:country e:china .
            e:highflyer nkg:foundedBy e:liang ;
                        nkg:foundingDate "2015"^^xsd:gYear .
            """;

    @TempDir
    Path dir;

    private Path graph;

    @BeforeEach
    void writeGraph() throws IOException {
        graph = dir.resolve("graph.ttl");
        Files.writeString(graph, GRAPH);
    }

    /**
     * The README quotes the linking line {@code evaluate} prints on the bundled corpus; it is the
     * line the command prints now, so that the README's figures are the program's.
     */
    @Test
    void theReadmeQuotesTheLinkingLineEvaluatePrintsOnTheBundledCorpus() throws IOException {
        Run run = Run.of("evaluate");
        assertEquals(0, run.exitCode(), run.err());
        String linking = run.out().lines().filter(l -> l.startsWith("linking to Wikidata: ")).findFirst().orElseThrow();
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("`" + linking + "`"), "README.md should quote: " + linking);
    }

    @Test
    void scoresAGraphFile() {
        Run run = Run.of("evaluate", "--graph", graph.toString(), "--gold", "gold");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("property", "TP", "FP", "FN", "precision", "recall", "F1"), cellsOf(run.out(), "property"));
        assertEquals(List.of("foundedBy", "1", "1", "2", "0.500", "0.333", "0.400"), cellsOf(run.out(), "foundedBy"));
        assertEquals(List.of("country", "1", "0", "1", "1.000", "0.500", "0.667"), cellsOf(run.out(), "country"));
        assertEquals(List.of("foundingDate", "1", "0", "1", "1.000", "0.500", "0.667"), cellsOf(run.out(), "foundingDate"));
        assertEquals(List.of("developedBy", "0", "0", "11", "-", "0.000", "-"), cellsOf(run.out(), "developedBy"));
        assertEquals(List.of("usesTechnique", "0", "0", "0", "-", "-", "-"), cellsOf(run.out(), "usesTechnique"));
        assertEquals(List.of("overall", "3", "1", "51", "0.750", "0.056", "0.103"), cellsOf(run.out(), "overall"));
        assertTrue(run.out().contains("5 predictions, 1 of them matching only optional facts (ignored)"), run.out());
        assertTrue(run.out().contains("entities: 5 of 87 gold entities found, 5 of them correctly typed (1.000)"), run.out());
        assertTrue(!run.out().contains("false positives"), "errors are listed only with --show-errors");
    }

    @Test
    void defaultGoldFolderIsGoldInTheWorkingDirectory() {
        Run run = Run.of("evaluate", "--graph", graph.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("overall", "3", "1", "51", "0.750", "0.056", "0.103"), cellsOf(run.out(), "overall"));
    }

    @Test
    void showErrorsListsFalsePositivesAndMisses() {
        Run run = Run.of("evaluate", "--graph", graph.toString(), "--gold", "gold", "--show-errors");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("false positives (1):\n  DeepSeek [= DeepSeek] foundedBy Nvidia [= Nvidia]\n"), run.out());
        assertTrue(run.out().contains("missed facts (51):\n  Cohere foundedBy Nick Frosst (docs 000; subject and object not in the graph)\n"), run.out());
        assertTrue(run.out().contains("  DeepSeek spunOutOf High-Flyer (docs 001,004; its entities are in the graph)\n"), run.out());
        assertTrue(run.out().contains("wrongly typed entities (0):"), run.out());
        assertTrue(run.out().contains("missing entities (82): Fire-Flyer, DeepSeek-R1,"), run.out());
    }

    @Test
    void writesAMarkdownReport() throws IOException {
        Path report = dir.resolve("QUALITY.md");
        Run run = Run.of("evaluate", "--graph", graph.toString(), "--gold", "gold", "--report", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("report -> " + report + System.lineSeparator()), run.out());
        String md = Files.readString(report);
        assertTrue(md.startsWith("# Extraction quality\n"), md);
        assertTrue(md.contains("- Graph: the file `" + graph + "`\n"), md);
        assertTrue(md.contains("against the gold set in `gold`"), md);
        assertTrue(md.lines().anyMatch(l -> l.matches("- Commit: `([0-9a-f]{4,}|unknown)`")), md);
        assertTrue(md.contains("| micro-average | 3 | 1 | 51 | 0.750 | 0.056 | 0.103 |\n"), md);
        assertTrue(md.contains("| foundedBy | 1 | 1 | 2 | 0.500 | 0.333 | 0.400 |\n"), md);
        assertTrue(md.contains("## False positives (1)"), md);
        assertTrue(md.contains("- `DeepSeek [= DeepSeek] foundedBy Nvidia [= Nvidia]`\n"), md);
        assertTrue(md.contains("## Missed facts (51)"), md);
        assertTrue(md.contains("- `DeepSeek spunOutOf High-Flyer` (docs 001,004; its entities are in the graph): "
                + "\"started as Fire-Flyer, a deep-learning research branch of High-Flyer\""), md);
        assertTrue(md.contains("### Missing entities (82)"), md);
    }

    @Test
    void missingGoldFolderIsOneClearLine() {
        Run run = Run.of("evaluate", "--graph", graph.toString(), "--gold", dir.resolve("no-gold").toString());
        assertEquals(1, run.exitCode());
        assertEquals("newskg evaluate: gold folder " + dir.resolve("no-gold") + " not found; run from the project folder or pass --gold DIR",
                run.err().strip());
    }

    @Test
    void graphAndInputExcludeEachOther() {
        Run run = Run.of("evaluate", "--graph", graph.toString(), "--input", dir.toString());
        assertEquals(1, run.exitCode());
        assertEquals("newskg evaluate: --graph scores an existing file; it cannot be combined with --input or --threads", run.err().strip());
    }

    @Test
    void unreadableGraphIsOneClearLine() throws IOException {
        Run missing = Run.of("evaluate", "--graph", dir.resolve("none.ttl").toString());
        assertEquals(1, missing.exitCode());
        assertEquals("newskg evaluate: " + dir.resolve("none.ttl") + ": no such file", missing.err().strip());

        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "<a> <b> .\n");
        Run bad = Run.of("evaluate", "--graph", broken.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith("newskg evaluate: " + broken + ": not readable as RDF: "), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void reportFolderIsCheckedFirst() {
        Run run = Run.of("evaluate", "--graph", graph.toString(), "--report", dir.resolve("docs/QUALITY.md").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("folder " + dir.resolve("docs") + " does not exist"), run.err());
    }

    @Test
    void hasHelp() {
        Run run = Run.of("evaluate", "--help");
        assertEquals(0, run.exitCode());
        for (String option : List.of("--input", "--threads", "--gold", "--graph", "--report", "--show-errors")) {
            assertTrue(run.out().contains(option), option + " missing from\n" + run.out());
        }
    }

    /** The whitespace-separated cells of the first output line that starts with {@code label}. */
    private static List<String> cellsOf(String out, String label) {
        return out.lines().filter(l -> l.startsWith(label + " ")).findFirst()
                .map(l -> Arrays.asList(l.strip().split("\\s+")))
                .orElseThrow(() -> new AssertionError("no line for " + label + " in\n" + out));
    }
}
