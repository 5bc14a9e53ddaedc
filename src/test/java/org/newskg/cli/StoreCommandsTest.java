package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.newskg.graph.GraphWriter;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
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
                Optional.of(LocalDate.of(2024, 1, 2)), "Acme is born\n\nJane Doe founded Acme in 2020.");
        Entity acme = new Entity("acme", "Acme", new TreeSet<>(List.of("Acme Inc.")), EntityType.COMPANY, 2, new TreeSet<>(List.of("a1")));
        Entity jane = new Entity("jane_doe", "Jane Doe", new TreeSet<>(), EntityType.PERSON, 1, new TreeSet<>(List.of("a1")));
        Evidence evidence = new Evidence("a1", 0, 0, 31, "Jane Doe founded Acme in 2020.", "test", "founded-by", null, false, 0.9);
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
        Run table = Run.of("query", q.toString(), "--data", store.toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("| \"Acme\"") && table.out().contains("| \"Jane Doe\""), table.out());

        Run csv = Run.of("query", q.toString(), "--data", store.toString(), "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(List.of("company,founder", "Acme,Jane Doe"), csv.out().lines().toList());

        Run tsv = Run.of("query", q.toString(), "--data", store.toString(), "--format", "tsv");
        assertEquals(List.of("?company\t?founder", "\"Acme\"\t\"Jane Doe\""), tsv.out().lines().toList());

        Run json = Run.of("query", q.toString(), "--data", store.toString(), "--format", "json");
        assertTrue(json.out().contains("\"value\": \"Jane Doe\""), json.out());
    }

    /** The table shows typed values by their lexical form, as Jena's arq does; the machine formats keep the datatype. */
    @Test
    void queryTableShowsTypedValuesShortAndTheOtherFormatsInFull() throws IOException {
        Path q = queryFile("counts.rq", """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?name ?mentions ?date WHERE {
                  ?e rdfs:label ?name ; nkg:mentionCount ?mentions ; nkg:mentionedIn ?a . ?a dcterms:date ?date
                } ORDER BY ?name
                """);
        Run table = Run.of("query", q.toString(), "--data", store.toString());
        assertEquals(0, table.exitCode(), table.err());
        List<String> rows = table.out().lines().toList();
        assertEquals(List.of("| name       | mentions | date       |", "| \"Acme\"     | 2        | 2024-01-02 |",
                "| \"Jane Doe\" | 1        | 2024-01-02 |"), List.of(rows.get(1), rows.get(3), rows.get(4)), table.out());

        Run tsv = Run.of("query", q.toString(), "--data", store.toString(), "--format", "tsv");
        assertTrue(tsv.out().contains("\"2\"^^<http://www.w3.org/2001/XMLSchema#int>\t\"2024-01-02\"^^<http://www.w3.org/2001/XMLSchema#date>"),
                tsv.out());
        Run json = Run.of("query", q.toString(), "--data", store.toString(), "--format", "json");
        assertTrue(json.out().contains("\"datatype\": \"http://www.w3.org/2001/XMLSchema#int\""), json.out());
    }

    @Test
    void queryAskAndConstruct() throws IOException {
        Path ask = queryFile("ask.rq", "ASK { <" + NKG.ONTOLOGY_IRI + "> a <" + OWL.Ontology.getURI() + "> }");
        Run asked = Run.of("query", ask.toString(), "--data", store.toString());
        assertEquals(0, asked.exitCode(), asked.err());
        assertEquals("true", asked.out().strip());

        Path construct = queryFile("evidence.rq", """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                CONSTRUCT { ?e nkg:sentenceText ?t } WHERE { ?e a nkg:Evidence ; nkg:sentenceText ?t }
                """);
        Run built = Run.of("query", construct.toString(), "--data", store.toString());
        assertEquals(0, built.exitCode(), built.err());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(built.out(), Lang.TURTLE).parse(m);
        assertEquals(1, m.size());
        assertTrue(m.listObjectsOfProperty(NKG.sentenceText).next().asLiteral().getString().startsWith("Jane Doe founded Acme"));
    }

    @Test
    void querySyntaxErrorNamesFileAndLine() throws IOException {
        Path bad = queryFile("bad.rq", "SELECT ?s\nWHERE {\n  ?s ?p\n}\n");
        Run r = Run.of("query", bad.toString(), "--data", store.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("newskg query: " + bad + ":4: SPARQL syntax error"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    /** An --endpoint where no server listens is one line saying so, for query and export alike. */
    @Test
    void queryAndExportSayWhenNoServerAnswersAtTheEndpoint() throws IOException {
        Path q = queryFile("ask.rq", "ASK {}");
        String nowhere = "http://localhost:1/kg/sparql";
        Run query = Run.of("query", q.toString(), "--endpoint", nowhere);
        assertEquals(1, query.exitCode());
        assertEquals(1, query.err().lines().count(), query.err());
        assertTrue(query.err().startsWith("newskg query: --endpoint " + nowhere + ": no answer ("), query.err());
        assertTrue(query.err().strip().endsWith("is `newskg up` or `newskg serve` running there?"), query.err());

        Run export = Run.of("export", "--format", "graphml", "--output", tmp.resolve("g.graphml").toString(), "--endpoint", nowhere);
        assertEquals(1, export.exitCode());
        assertEquals(1, export.err().lines().count(), export.err());
        assertTrue(export.err().startsWith("newskg export: --endpoint " + nowhere + ": no answer ("), export.err());
        assertFalse(Files.exists(tmp.resolve("g.graphml")));

        Run notHttp = Run.of("query", q.toString(), "--endpoint", "file:///etc/passwd");
        assertEquals(List.of("newskg query: --endpoint must be an http or https URL, got file:///etc/passwd"), notHttp.err().lines().toList());
    }

    @Test
    void queryMissingFileFails() {
        Path missing = tmp.resolve("missing.rq");
        Run r = Run.of("query", missing.toString(), "--data", store.toString());
        assertEquals(1, r.exitCode());
        assertEquals("newskg query: " + missing + ": no such query file", r.err().strip());
    }

    @Test
    void serveRefusesAnEmptyStore() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run r = Run.of("serve", "--data", empty.toString(), "--port", "0");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains(empty + ": no knowledge graph stored here; run `newskg load` or `newskg up` first"), r.err());
    }

    @Test
    void serveRefusesABadPortBeforeTouchingTheStore() {
        Run r = Run.of("serve", "--data", store.toString(), "--port", "70000");
        assertEquals(1, r.exitCode());
        assertEquals("newskg serve: --port must be between 0 and 65535, got 70000", r.err().strip());
    }

    @Test
    void serveRefusesBadLimitsAndOriginsNamingTheOption() {
        Map<List<String>, String> cases = Map.of(
                List.of("--cors-origin", "https://pages.example.org/explore"), "newskg serve: --cors-origin: CORS origin must be scheme://host[:port] with no path, got https://pages.example.org/explore",
                List.of("--max-request-bytes", "0"), "newskg serve: --max-request-bytes must be positive, got 0",
                List.of("--max-exports", "-1"), "newskg serve: --max-exports must be positive, got -1");
        cases.forEach((options, message) -> {
            List<String> args = new ArrayList<>(List.of("serve", "--data", store.toString(), "--port", "0"));
            args.addAll(options);
            Run r = Run.of(args.toArray(String[]::new));
            assertEquals(1, r.exitCode(), options.toString());
            assertEquals(message, r.err().strip());
        });
    }

    @Test
    void loadExtractsAFolderAndReplacesTheStore() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), "Acme opened a new office in Lyon on Monday.\n");
        Run r = Run.of("load", "--input", articles.toString(), "--data", store.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("-> " + store), r.out());

        // The hand-made fact is gone: load replaced the store rather than adding to it.
        Path ask = queryFile("founded.rq", "ASK { ?c <" + NKG.foundedBy.getURI() + "> ?f }");
        assertEquals("false", Run.of("query", ask.toString(), "--data", store.toString()).out().strip());
        try (GraphStore s = GraphStore.openLoaded(store)) {
            assertTrue(s.size() >= Ontology.load().size());
        }
    }

    @Test
    void loadRefusesAFileAsStore() throws IOException {
        Path file = Files.writeString(tmp.resolve("store.txt"), "x");
        Run r = Run.of("load", "--data", file.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("newskg load: " + file + ": not a folder"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("load", "serve", "up", "query")) {
            Run r = Run.of(command, "--help");
            assertEquals(0, r.exitCode(), command);
            assertTrue(r.out().startsWith("Usage: newskg " + command), r.out());
        }
    }
}
