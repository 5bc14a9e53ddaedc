package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.export.GexfWriter;
import org.newskg.export.GraphMlWriter;
import org.newskg.export.NewsGraph;
import org.newskg.export.Readers;
import org.w3c.dom.Document;

/** {@code newskg export} on a real TDB2 store holding the hand-made graph. */
class ExportCommandTest {
    @TempDir
    Path tmp;

    private Path store;
    /** The graph as the store gives it back: TDB2 stores some literals by value ("0.980" comes back as "0.98"). */
    private Model data;

    /** What one run printed and returned. */

    @BeforeEach
    void loadStore() {
        store = tmp.resolve("tdb2");
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(NewsGraph.model()));
        data = Txn.calculateRead(ds, () -> ModelFactory.createDefaultModel().add(ds.getDefaultModel()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf", "cyjs", "csv", "jsonld", "ttl", "trig", "nq", "void"})
    void exportsEachFormatFromTheStore(String format) throws Exception {
        Path output = tmp.resolve("graph." + format);
        Run run = Run.of("export", "--format", format, "--data", store.toString(), "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        switch (format) {
            case "graphml" -> {
                byte[] xml = Files.readAllBytes(output);
                Readers.validate(xml, Readers.GRAPHML_XSD);
                assertCounts(Readers.dom(xml), GraphMlWriter.NS);
            }
            case "gexf" -> {
                byte[] xml = Files.readAllBytes(output);
                Readers.validate(xml, Readers.GEXF_XSD);
                assertCounts(Readers.dom(xml), GexfWriter.NS);
            }
            case "cyjs" -> {
                var elements = Readers.json(Files.readAllBytes(output)).getAsJsonObject("elements");
                assertEquals(NewsGraph.ENTITIES, elements.getAsJsonArray("nodes").size());
                assertEquals(NewsGraph.RELATION_FACTS, elements.getAsJsonArray("edges").size());
            }
            case "csv" -> {
                assertFalse(Files.exists(output), "csv writes two files named after the output");
                assertEquals(NewsGraph.ENTITIES, Readers.csv(Files.readAllBytes(tmp.resolve("graph-nodes.csv"))).size());
                assertEquals(NewsGraph.RELATION_FACTS, Readers.csv(Files.readAllBytes(tmp.resolve("graph-edges.csv"))).size());
                assertTrue(run.out().contains("graph-nodes.csv") && run.out().contains("graph-edges.csv"), run.out());
            }
            case "jsonld", "ttl" -> {
                Model back = RDFParser.source(output).lang(format.equals("ttl") ? Lang.TURTLE : Lang.JSONLD11).toModel();
                assertTrue(back.containsAll(data), "all the data is there");
                assertTrue(back.contains(null, RDF.type, VOID.Dataset), "and its VoID description");
            }
            case "trig", "nq" -> {
                Dataset back = DatasetFactory.create();
                RDFParser.source(output).lang(format.equals("trig") ? Lang.TRIG : Lang.NQUADS).parse(back);
                assertTrue(back.getDefaultModel().isIsomorphicWith(data));
            }
            case "void" -> {
                Model back = RDFParser.source(output).lang(Lang.TURTLE).toModel();
                assertTrue(back.contains(null, VOID.triples, back.createTypedLiteral(BigInteger.valueOf(data.size()))));
            }
            default -> throw new AssertionError("no check for " + format);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void exportsASubgraph() throws Exception {
        Path output = tmp.resolve("around.cyjs");
        Run run = Run.of("export", "--format", "cyjs", "--data", store.toString(), "--output", output.toString(),
                "--around", "deepseek-r1", "--depth", "2", "--properties", "developedBy,foundedBy", "--types", "AIModel,Company,Person");
        assertEquals(0, run.exitCode(), run.err());
        var elements = Readers.json(Files.readAllBytes(output)).getAsJsonObject("elements");
        assertEquals(3, elements.getAsJsonArray("nodes").size());
        assertEquals(2, elements.getAsJsonArray("edges").size());
    }

    @Test
    void theStoreIsOnlyRead() throws Exception {
        Run.of("export", "--format", "ttl", "--data", store.toString(), "--output", tmp.resolve("g.ttl").toString());
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        assertEquals(data.size(), (long) Txn.calculateRead(ds, () -> ds.getDefaultModel().size()));
    }

    @Test
    void extractsArticlesFirstWithInput() throws Exception {
        Path articles = Files.createDirectory(tmp.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), "A start-up released a new language model on Monday. Its founder said it was cheap to train.\n");
        Path output = tmp.resolve("extracted.graphml");
        Run run = Run.of("export", "--format", "graphml", "--input", articles.toString(), "--threads", "1", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        Readers.validate(Files.readAllBytes(output), Readers.GRAPHML_XSD);
    }

    @Test
    void helpListsTheFormats() {
        Run run = Run.of("export", "--help");
        assertEquals(0, run.exitCode());
        for (String format : List.of("graphml", "gexf", "cyjs", "csv", "jsonld", "ttl", "trig", "nq", "void")) {
            assertTrue(run.out().contains(format), format + " in\n" + run.out());
        }
    }

    @Test
    void badInputSaysWhatIsWrongInOneLine() throws Exception {
        String out = tmp.resolve("x.graphml").toString();
        assertFails("newskg export: unknown format 'dot' (known: graphml, gexf, cyjs, csv, jsonld, ttl, trig, nq, void, quickstatements)",
                "export", "--format", "dot", "--data", store.toString(), "--output", out);
        Path missing = tmp.resolve("nope");
        assertFails("newskg export: --data " + missing + ": no knowledge graph stored here; run `newskg load` or `newskg up` first",
                "export", "--format", "graphml", "--data", missing.toString(), "--output", out);
        Path notAStore = Files.createDirectory(tmp.resolve("empty"));
        assertFails("newskg export: --data " + notAStore + ": no knowledge graph stored here; run `newskg load` or `newskg up` first",
                "export", "--format", "graphml", "--data", notAStore.toString(), "--output", out);
        try (Stream<Path> left = Files.list(notAStore)) {
            assertEquals(0, left.count(), "no store created in a folder that had none");
        }
        assertFails("newskg export: no entity with IRI or label 'Nobody' in the graph",
                "export", "--format", "graphml", "--data", store.toString(), "--output", out, "--around", "Nobody");
        assertFails("newskg export: --depth needs --around ENTITY",
                "export", "--format", "graphml", "--data", store.toString(), "--output", out, "--depth", "2");
        assertFails("newskg export: give either --data or --input, not both",
                "export", "--format", "graphml", "--data", store.toString(), "--input", tmp.toString(), "--output", out);
        assertFails("newskg export: " + tmp.resolve("no/x.gexf") + ": folder " + tmp.resolve("no") + " does not exist",
                "export", "--format", "gexf", "--data", store.toString(), "--output", tmp.resolve("no/x.gexf").toString());
        assertFails("newskg export: --output " + out + ": .graphml is the extension of format graphml, not of gexf; "
                + "name the file .gexf or give --format graphml",
                "export", "--format", "gexf", "--data", store.toString(), "--output", out);
        assertFalse(Files.exists(Path.of(out)), "no output after a failure");
    }

    private void assertFails(String message, String... args) {
        Run run = Run.of(args);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(List.of(message), run.err().lines().toList());
    }

    private static void assertCounts(Document doc, String namespace) {
        assertEquals(NewsGraph.ENTITIES, doc.getElementsByTagNameNS(namespace, "node").getLength());
        assertEquals(NewsGraph.RELATION_FACTS, doc.getElementsByTagNameNS(namespace, "edge").getLength());
    }

}
