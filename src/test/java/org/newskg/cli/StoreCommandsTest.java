package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.entities.Entity;
import org.newskg.entities.EntityType;
import org.newskg.graph.GraphWriter;
import org.newskg.graph.KnowledgeGraph;
import org.newskg.relations.Evidence;
import org.newskg.relations.Fact;
import org.newskg.relations.FactObject;
import org.newskg.store.GraphStore;
import org.newskg.vocab.NKG;
import org.newskg.vocab.Ontology;

/** The {@code load}, {@code serve} and {@code query} commands, run through {@link Main#run}. */
class StoreCommandsTest {
    @TempDir
    Path tmp;

    private Path store;

    /** A store holding a tiny hand-made graph: Acme founded by Jane Doe, stated by one article. */
    @BeforeEach
    void loadHandMadeGraph() throws IOException {
        KnowledgeGraph.Source article = new KnowledgeGraph.Source("a1", "a1.txt", Optional.of("Acme is born"),
                Optional.of(LocalDate.of(2024, 1, 2)));
        Entity acme = new Entity("acme", "Acme", new TreeSet<>(List.of("Acme Inc.")), EntityType.COMPANY, 2, new TreeSet<>(List.of("a1")));
        Entity jane = new Entity("jane_doe", "Jane Doe", new TreeSet<>(), EntityType.PERSON, 1, new TreeSet<>(List.of("a1")));
        Evidence evidence = new Evidence("a1", 0, 0, 31, "Jane Doe founded Acme in 2020.", "founded-by", null, false, 0.9);
        Fact founded = new Fact("acme", NKG.foundedBy, new FactObject.EntityRef("jane_doe"), List.of(evidence), 0.9);
        Model graph = new GraphWriter().write(new KnowledgeGraph(List.of(article), List.of(acme, jane), List.of(founded)));

        store = tmp.resolve("tdb2");
        try (GraphStore s = GraphStore.open(store)) {
            s.replace(graph);
        }
    }

    private Path queryFile(String name, String sparql) throws IOException {
        return Files.writeString(tmp.resolve(name), sparql);
    }

    @Test
    void querySelectPrintsEachFormat() throws IOException {
        Path q = queryFile("founders.rq", """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?company ?founder WHERE {
                  ?c nkg:foundedBy ?f . ?c rdfs:label ?company . ?f rdfs:label ?founder
                }
                """);
        Run table = run("query", q.toString(), "--data", store.toString());
        assertEquals(0, table.code, table.err);
        assertTrue(table.out.contains("| \"Acme\"") && table.out.contains("| \"Jane Doe\""), table.out);

        Run csv = run("query", q.toString(), "--data", store.toString(), "--format", "csv");
        assertEquals(0, csv.code, csv.err);
        assertEquals(List.of("company,founder", "Acme,Jane Doe"), csv.out.lines().toList());

        Run tsv = run("query", q.toString(), "--data", store.toString(), "--format", "tsv");
        assertEquals(List.of("?company\t?founder", "\"Acme\"\t\"Jane Doe\""), tsv.out.lines().toList());

        Run json = run("query", q.toString(), "--data", store.toString(), "--format", "json");
        assertTrue(json.out.contains("\"value\": \"Jane Doe\""), json.out);
    }

    @Test
    void queryAskAndConstruct() throws IOException {
        Path ask = queryFile("ask.rq", "ASK { <" + NKG.ONTOLOGY_IRI + "> a <" + OWL.Ontology.getURI() + "> }");
        Run asked = run("query", ask.toString(), "--data", store.toString());
        assertEquals(0, asked.code, asked.err);
        assertEquals("true", asked.out.strip());

        Path construct = queryFile("evidence.rq", """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                CONSTRUCT { ?e nkg:sentenceText ?t } WHERE { ?e a nkg:Evidence ; nkg:sentenceText ?t }
                """);
        Run built = run("query", construct.toString(), "--data", store.toString());
        assertEquals(0, built.code, built.err);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(built.out, Lang.TURTLE).parse(m);
        assertEquals(1, m.size());
        assertTrue(m.listObjectsOfProperty(NKG.sentenceText).next().asLiteral().getString().startsWith("Jane Doe founded Acme"));
    }

    @Test
    void querySyntaxErrorNamesFileAndLine() throws IOException {
        Path bad = queryFile("bad.rq", "SELECT ?s\nWHERE {\n  ?s ?p\n}\n");
        Run r = run("query", bad.toString(), "--data", store.toString());
        assertEquals(1, r.code);
        assertTrue(r.err.startsWith("newskg query: " + bad + ":4: SPARQL syntax error"), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
    }

    @Test
    void queryMissingFileFails() {
        Path missing = tmp.resolve("missing.rq");
        Run r = run("query", missing.toString(), "--data", store.toString());
        assertEquals(1, r.code);
        assertEquals("newskg query: " + missing + ": no such query file", r.err.strip());
    }

    @Test
    void serveRefusesAnEmptyStore() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run r = run("serve", "--data", empty.toString(), "--port", "0");
        assertNotEquals(0, r.code);
        assertTrue(r.err.contains(empty + ": no knowledge graph stored here; run `newskg load` or `newskg up` first"), r.err);
    }

    @Test
    void serveRefusesABadPortBeforeTouchingTheStore() {
        Run r = run("serve", "--data", store.toString(), "--port", "70000");
        assertEquals(1, r.code);
        assertEquals("newskg serve: --port must be between 0 and 65535, got 70000", r.err.strip());
    }

    @Test
    void loadExtractsAFolderAndReplacesTheStore() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), "Acme opened a new office in Lyon on Monday.\n");
        Run r = run("load", "--input", articles.toString(), "--data", store.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("-> " + store), r.out);

        // The hand-made fact is gone: load replaced the store rather than adding to it.
        Path ask = queryFile("founded.rq", "ASK { ?c <" + NKG.foundedBy.getURI() + "> ?f }");
        assertEquals("false", run("query", ask.toString(), "--data", store.toString()).out.strip());
        try (GraphStore s = GraphStore.openLoaded(store)) {
            assertTrue(s.size() >= Ontology.load().size());
        }
    }

    @Test
    void loadRefusesAFileAsStore() throws IOException {
        Path file = Files.writeString(tmp.resolve("store.txt"), "x");
        Run r = run("load", "--data", file.toString());
        assertEquals(1, r.code);
        assertTrue(r.err.startsWith("newskg load: " + file + ": not a folder"), r.err);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("load", "serve", "up", "query")) {
            Run r = run(command, "--help");
            assertEquals(0, r.code, command);
            assertTrue(r.out.startsWith("Usage: newskg " + command), r.out);
        }
    }

    private record Run(int code, String out, String err) {}

    /** Runs the command line with standard output and error captured. */
    private static Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
