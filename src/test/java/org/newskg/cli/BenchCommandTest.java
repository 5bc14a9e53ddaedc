package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.server.KgServer;
import org.newskg.store.GraphStore;
import org.newskg.vocab.NKG;

class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void smallBenchOnTheBundledCorpusReportsThroughput() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            assertEquals(0, Main.run("bench", "--megabytes", "0.05", "--threads", "1"));
        } finally {
            System.setOut(saved);
        }
        assertTrue(captured.toString().contains("characters/second"), captured::toString);
        assertTrue(captured.toString().contains("entity recognizer alone on the same sentences"), captured::toString);
        assertTrue(captured.toString().contains("sentences the pipeline spares the recognizer"), captured::toString);
        // every stage is timed: cleaning, sentences, each name detector, references, each relation reader, resolution
        for (String stage : List.of("clean ", "sentences ", "names: ", "references ", "relations: patterns", "entity resolution ")) {
            assertTrue(captured.toString().lines().anyMatch(l -> l.startsWith(stage)), stage + " in " + captured);
        }
    }

    @Test
    void nonPositiveSizeFails() {
        assertEquals(1, Main.run("bench", "--megabytes", "0"));
    }

    @Test
    void generateWritesTheSameCorpusForTheSameSeedAndRefusesAFolderInUse() throws IOException {
        Run first = Run.of("bench", "generate", "--articles", "7", "--recognizer", "none", "--output", tmp.resolve("a").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("7 articles"), first.out());
        Run second = Run.of("bench", "generate", "--articles", "7", "--recognizer", "none", "--output", tmp.resolve("b").toString());
        assertEquals(0, second.exitCode(), second.err());
        List<Path> files = files(tmp.resolve("a"));
        assertEquals(7, files.size());
        assertEquals(files.stream().map(Path::getFileName).toList(), files(tmp.resolve("b")).stream().map(Path::getFileName).toList());
        for (Path f : files) {
            assertEquals(Files.readString(f), Files.readString(tmp.resolve("b").resolve(f.getFileName())), f.toString());
        }
        // seed articles are five, so article 5 is the first one renamed anew
        assertTrue(files.get(5).getFileName().toString().startsWith("00005-000_"), files.toString());
        for (Path f : files) {
            assertTrue(!Files.readString(f).contains("DeepSeek"), f + ": the company every seed names is renamed");
        }

        Run again = Run.of("bench", "generate", "--articles", "2", "--recognizer", "none", "--output", tmp.resolve("a").toString());
        assertEquals(1, again.exitCode());
        assertEquals("newskg generate: --output " + tmp.resolve("a") + ": folder is not empty", again.err().strip());
    }

    @Test
    void queriesReportsEachQueryAndFailsWhenAnAnswerIsNotAComplete200() throws IOException {
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("labels.rq"), "SELECT ?s ?label WHERE { ?s <" + RDFS.label.getURI() + "> ?label }");
        Model graph = ModelFactory.createDefaultModel();
        graph.add(graph.createResource(NKG.DATA + "entity/acme"), RDFS.label, "Acme");
        try (GraphStore store = GraphStore.open(tmp.resolve("tdb2"));
             KgServer server = startServing(store, graph)) {
            Run ok = Run.of("bench", "queries", "--endpoint", server.sparqlUrl(), "--queries", queries.toString(),
                    "--clients", "2", "--seconds", "1");
            assertEquals(0, ok.exitCode(), ok.out() + ok.err());
            assertTrue(ok.out().contains(" 0 errors"), ok.out());
            assertTrue(ok.out().lines().anyMatch(l -> l.startsWith("labels.rq")), ok.out());

            Files.writeString(queries.resolve("broken.rq"), "SELECT ?s WHERE { ?s");
            Run broken = Run.of("bench", "queries", "--endpoint", server.sparqlUrl(), "--queries", queries.toString(),
                    "--clients", "2", "--seconds", "1");
            assertEquals(1, broken.exitCode(), broken.out());
            assertTrue(broken.out().contains("400="), broken.out());
        }
    }

    @Test
    void queriesNamesABadOption() {
        Run scheme = Run.of("bench", "queries", "--endpoint", "ftp://localhost/kg/sparql");
        assertEquals(1, scheme.exitCode());
        assertTrue(scheme.err().contains("--endpoint must be an http or https URL"), scheme.err());
        Run folder = Run.of("bench", "queries", "--endpoint", "http://localhost:1/kg/sparql", "--queries", tmp.resolve("none").toString());
        assertEquals(1, folder.exitCode());
        assertTrue(folder.err().contains("--queries " + tmp.resolve("none") + ": no such folder"), folder.err());
    }

    private static KgServer startServing(GraphStore store, Model graph) {
        store.replace(graph);
        return KgServer.builder().dataset(store.dataset()).port(0).build().start();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
