package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
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
import org.newskg.vocab.NKG;

class LinkCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private static Entity entity(String key, String label, EntityType type, String... alts) {
        return new Entity(key, label, new TreeSet<>(List.of(alts)), type, 2, new TreeSet<>(Set.of("a1")));
    }

    /** A graph file as `extract` writes it, of entities and a sentence made up for the test. */
    private static Path graphFile(Path dir) throws Exception {
        String sentence = "Meta, based in the United States, released a new Llama for researchers.";
        KnowledgeGraph kg = new KnowledgeGraph(List.of(),
                List.of(entity("Meta", "Meta", EntityType.COMPANY, "Meta Platforms"),
                        entity("United_States", "United States", EntityType.COUNTRY, "US"),
                        entity("Llama", "Llama", EntityType.AI_MODEL),
                        entity("Trump", "Trump", EntityType.PERSON),
                        entity("Wenyu_Qiao", "Wenyu Qiao", EntityType.PERSON)),
                List.of(new Fact("Meta", NKG.country, new FactObject.EntityRef("United_States"),
                                List.of(new Evidence("a1", 0, 0, sentence.length(), sentence, "test", "test", null, false, 0.9)), 0.9),
                        new Fact("Llama", NKG.developedBy, new FactObject.EntityRef("Meta"),
                                List.of(new Evidence("a1", 0, 0, sentence.length(), sentence, "test", "test", null, false, 0.9)), 0.9)));
        Path file = dir.resolve("graph.ttl");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, new GraphWriter().write(kg), Lang.TURTLE);
        }
        return file;
    }

    @Test
    void listsDecisionsOfAGraphFile(@TempDir Path dir) throws Exception {
        Path file = graphFile(dir);
        assertEquals(0, Main.run("link", "--graph", file.toString(), "--format", "tsv",
                "--gold", Path.of("wikidata", "entities.tsv").toString()), err.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("entity\ttype\tlink\titem\tscore\tmethod\trunner-up"), text);
        assertTrue(text.contains("Meta\tCOMPANY\tQ380\tMeta Platforms\t"), text);
        assertTrue(text.contains("Llama\tAI_MODEL\tQ116894231\t"), text);
        assertTrue(text.contains("Trump\tPERSON\tNIL\t"), text);
        assertTrue(text.contains("Wenyu Qiao\tPERSON\tNIL\t\t\tnil-no-candidate"), text);
        assertTrue(text.contains("5 entities, 3 linked, 2 NIL"), text);
        assertTrue(text.contains("precision 1.000 (3/3 links right, 0 to look-alikes), recall 1.000 (3/3 targets linked)"), text);
    }

    @Test
    void tableIsTheDefaultFormat(@TempDir Path dir) throws Exception {
        assertEquals(0, Main.run("link", "--graph", graphFile(dir).toString()), err.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.matches("Meta\\s+COMPANY\\s+Q380\\s+Meta Platforms\\s+1\\.000\\s+link-exact-label.*")), text);
    }

    @Test
    void badOptionsGetOneLineReasons(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.ttl");
        assertEquals(1, Main.run("link", "--graph", graphFile(dir).toString(), "--wikidata", missing.toString()));
        assertTrue(err.toString().contains("newskg link: " + missing + ": no such file"), err.toString());
        err.reset();
        assertEquals(1, Main.run("link", "--link", "online", "--wikidata", missing.toString()));
        assertTrue(err.toString().contains("--wikidata FILE is the offline extract; it does not go with --link online"), err.toString());
    }

    @Test
    void hasHelp() {
        assertEquals(0, Main.run("link", "--help"));
        assertTrue(out.toString().contains("--wikidata"));
        assertTrue(out.toString().contains("--link"));
    }
}
