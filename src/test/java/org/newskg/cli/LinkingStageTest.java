package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.link.Wikidata;
import org.newskg.vocab.Iris;

/** Linking as a stage of the commands that extract: extract, export --input and evaluate, on the bundled corpus. */
class LinkingStageTest {
    @TempDir
    static Path dir;

    private static Path linked;

    @BeforeAll
    static void extractTheCorpus() {
        linked = dir.resolve("linked.ttl");
        Run run = Run.of("extract", "--output", linked.toString());
        assertEquals(0, run.exitCode(), run.err());
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("\\((\\d+) linked to Wikidata\\)").matcher(run.out());
        assertTrue(summary.find(), run.out());
        // the summary counts the links the file holds
        assertEquals(Integer.parseInt(summary.group(1)),
                RDFDataMgr.loadModel(linked.toString()).listStatements(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
    }

    @Test
    void extractLinksEntitiesByDefaultWithProvenance() {
        Model m = RDFDataMgr.loadModel(linked.toString());
        assertTrue(m.contains(m.createResource(Iris.entity("DeepSeek")), OWL.sameAs, Wikidata.item("Q131577453")));
        assertTrue(m.contains(null, m.createProperty("https://w3id.org/newskg/ontology#extractedBy"),
                m.createResource(Iris.rule("link-exact-label"))));
    }

    @Test
    void linkNoneWritesNoLinks() {
        Path unlinked = dir.resolve("unlinked.ttl");
        Run run = Run.of("extract", "--output", unlinked.toString(), "--link", "none");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(RDFDataMgr.loadModel(unlinked.toString()).contains(null, OWL.sameAs), "no owl:sameAs with --link none");
    }

    @Test
    void evaluateReportsLinkingPrecisionAndRecall() throws Exception {
        Path report = dir.resolve("quality.md");
        Run run = Run.of("evaluate", "--graph", linked.toString(), "--report", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                "linking to Wikidata: precision 1\\.000 \\((\\d+)/\\1 links right, 0 to look-alikes\\), recall (\\d\\.\\d{3}) \\(\\d+/\\d+ targets linked\\)")
                .matcher(run.out());
        assertTrue(line.find(), run.out());
        assertTrue(Double.parseDouble(line.group(2)) >= 0.9, line.group());
        String markdown = Files.readString(report);
        assertTrue(markdown.contains("## Linking to Wikidata"), markdown);
        assertTrue(markdown.contains("precision 1.000 (" + line.group(1) + "/" + line.group(1) + " links right"), markdown);
    }

    @Test
    void quickStatementsFromTheArticlesLeaveOutWhatTheExtractStates() throws Exception {
        Path output = dir.resolve("facts.tsv");
        Run run = Run.of("export", "--format", "quickstatements", "--input", "corpus/deepseek", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(output);
        // "Sam Altman ceoOf OpenAI": Wikidata's chief executive officer (P169) of OpenAI
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Q21708200\tP169\tQ7407093\tS854\t\"https://w3id.org/newskg/article/")), text);
        // the extract already states DeepSeek's country
        assertFalse(text.contains("Q131577453\tP17\tQ148\t"), text);
    }

    @Test
    void queryAnswersTheWikidataServiceFromTheExtract() throws Exception {
        Path store = dir.resolve("store");
        Run load = Run.of("load", "--data", store.toString());
        assertEquals(0, load.exitCode(), load.err());
        // what took how long: the articles, the corpus-wide step, the store
        assertTrue(load.err().contains("extracted 5 articles in ") && load.err().contains("resolved ")
                && load.err().matches("(?s).*wrote \\d+ triples to the store in .*"), load.err());
        Run run = Run.of("query", "queries/known-to-wikidata.rq", "--data", store.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith(
                "Nvidia,true,http://www.wikidata.org/entity/Q182477,Nvidia,American technology company that designs GPUs,")), run.out());
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.rq"), "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        Run refused = Run.of("query", elsewhere.toString(), "--data", store.toString());
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("SERVICE <http://127.0.0.1:9/sparql> is not allowed here"), refused.err());
    }

    @Test
    void badWikidataOptionsGetOneLineReasons() {
        Path missing = dir.resolve("missing.ttl");
        assertFails("newskg serve: " + missing + ": no such file", "serve", "--wikidata", missing.toString(), "--data", dir.toString());
        assertFails("newskg serve: --wikidata-endpoint must be an http or https URL, got file:///etc/passwd",
                "serve", "--wikidata-endpoint", "file:///etc/passwd");
        assertFails("newskg extract: --wikidata FILE is the offline extract; it does not go with --link online",
                "extract", "--link", "online", "--wikidata", linked.toString(), "--output", dir.resolve("x.ttl").toString());
        assertFails("newskg evaluate: Wikidata table " + missing.toAbsolutePath() + " not found; run from the project folder or pass --link-gold TSV",
                "evaluate", "--graph", linked.toString(), "--link-gold", missing.toString());
    }

    private static void assertFails(String message, String... args) {
        Run run = Run.of(args);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(List.of(message), run.err().lines().toList());
    }
}
