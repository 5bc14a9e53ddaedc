package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.link.Wikidata;

class WikidataExtractCommandTest {
    private static final Path TABLE = Path.of("wikidata", "entities.tsv");
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
    }

    @Test
    void buildsAnExtractInWikidataShape(@TempDir Path dir) {
        Path out = dir.resolve("extract.ttl");
        assertEquals(0, Main.run("wikidata-extract", "--from", TABLE.toString(), "--output", out.toString()), err.toString());
        Model m = RDFDataMgr.loadModel(out.toString());

        assertEquals(51, m.listSubjectsWithProperty(RDF.type, Wikidata.Item).toList().size());
        assertTrue(m.contains(Wikidata.item("Q312"), RDFS.label, m.createLiteral("Apple Inc.", "en")));
        assertTrue(m.contains(Wikidata.item("Q312"), SKOS.altLabel, m.createLiteral("Apple", "en")));
        assertTrue(m.contains(Wikidata.item("Q312"), Wikidata.instanceOf, Wikidata.item("Q4830453")));
        assertTrue(m.contains(Wikidata.item("Q312"), Wikidata.country, Wikidata.item("Q30")));
        assertTrue(m.contains(Wikidata.item("Q131577453"), Wikidata.description,
                m.createLiteral("Chinese artificial intelligence company", "en")));
        // Look-alikes are items like any other: the linker has to resist them.
        assertTrue(m.contains(Wikidata.item("Q89"), RDFS.label, m.createLiteral("apple", "en")));
        assertTrue(m.contains(Wikidata.item("Q42569"), Wikidata.instanceOf, Wikidata.item("Q16521")));
        // No evaluation data leaks into Wikidata's shape.
        assertTrue(m.listStatements().toList().stream()
                .noneMatch(s -> s.getObject().isLiteral() && s.getObject().asLiteral().getLexicalForm().equals("lookalike")));
    }

    @Test
    void theCommittedExtractIsUpToDate(@TempDir Path dir) {
        Path out = dir.resolve("extract.ttl");
        assertEquals(0, Main.run("wikidata-extract", "--from", TABLE.toString(), "--output", out.toString()), err.toString());
        Model built = RDFDataMgr.loadModel(out.toString());
        Model committed = RDFDataMgr.loadModel(Path.of("wikidata", "extract.ttl").toString());
        assertTrue(built.isIsomorphicWith(committed), "wikidata/extract.ttl is stale: run wikidata-extract again");
        Model bundled = ModelFactory.createDefaultModel();
        RDFDataMgr.read(bundled, getClass().getResourceAsStream("/wikidata/extract.ttl"), Lang.TURTLE);
        assertTrue(built.isIsomorphicWith(bundled), "the class-path extract differs from the committed one");
    }

    @Test
    void writesNTriplesToo(@TempDir Path dir) {
        Path out = dir.resolve("extract.nt");
        assertEquals(0, Main.run("wikidata-extract", "--from", TABLE.toString(), "--output", out.toString()), err.toString());
        assertTrue(RDFDataMgr.loadModel(out.toString()).contains(Wikidata.item("Q95"), RDFS.label));
    }

    @Test
    void aBadRowIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("bad.tsv");
        Files.writeString(table, "qid\tlabel\taliases\tdescription\tkind\tinstance_of\tcountry\trole\tgold_entity\n"
                + "Q1\tOne\t\tfirst\tconcept\t\t\ttarget\t\n"
                + "X2\tTwo\t\tsecond\tconcept\t\t\ttarget\t\n");
        assertEquals(1, Main.run("wikidata-extract", "--from", table.toString(), "--output", dir.resolve("x.ttl").toString()));
        assertTrue(err.toString().contains("newskg wikidata-extract: " + table + ": line 3: 'X2' is not a Wikidata item id"), err.toString());
        err.reset();
        assertEquals(1, Main.run("wikidata-extract", "--from", TABLE.toString(), "--output", dir.resolve("x.json").toString()));
        assertTrue(err.toString().contains("unknown extension; use .ttl (Turtle) or .nt (N-Triples)"), err.toString());
    }
}
