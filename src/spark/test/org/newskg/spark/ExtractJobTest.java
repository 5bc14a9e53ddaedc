package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.ingest.ArticleReader;
import org.newskg.vocab.NKG;

/**
 * The job on a local Spark of two cores over the bundled corpus, split into three partitions,
 * against the {@code extract} command on the same folder with the same settings (its defaults:
 * the recognizer, the learned relation reader, offline links).
 */
class ExtractJobTest {
    private static JavaSparkContext spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newskg test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @Test
    void givesTheGraphOfExtractWithTheModelsLoadedOncePerJvm() throws Exception {
        Path corpus = Path.of(ArticleReader.class.getResource(ArticleReader.BUNDLED_CORPUS).toURI());
        Path single = dir.resolve("extract.nq");
        assertEquals(0, Main.run("extract", "--input", corpus.toString(), "--output", single.toString()));
        Model expected = RDFDataMgr.loadModel(single.toString());

        int builds = ExecutorPipeline.builds();
        Path out = dir.resolve("graph");
        ExtractJob.Summary summary = ExtractJob.run(spark, corpus.toString(), out.toString(), JobSettings.DEFAULTS, 3);
        assertEquals(builds + 1, ExecutorPipeline.builds(), "three partitions on two cores share one pipeline");

        List<String> files;
        try (Stream<Path> list = Files.list(out)) {
            // the local filesystem keeps a hidden .crc checksum file beside each file
            files = list.map(p -> p.getFileName().toString()).filter(f -> !f.startsWith(".")).sorted().toList();
        }
        assertEquals(List.of("articles-00000.nq", "articles-00001.nq", "articles-00002.nq",
                "entities-00000.nq", "entities-00001.nq", "entities-00002.nq"), files.subList(0, 6));
        assertTrue(files.contains("links.nq"), files::toString);
        assertTrue(files.contains("ranks.nq"), files::toString);
        assertEquals(files.size(), summary.files());
        Dataset union = DatasetFactory.create();
        for (String f : files) {
            RDFDataMgr.read(union, out.resolve(f).toString());
        }
        Model actual = union.getDefaultModel();
        assertEquals(expected.size(), actual.size());
        assertTrue(expected.isIsomorphicWith(actual), "the job's graph differs from extract's");
        assertEquals(5, summary.articles());
        assertTrue(actual.contains(null, RDF.type, NKG.Evidence), "facts come with their evidence");
        long links = actual.listStatements(null, OWL.sameAs, (RDFNode) null).toList().size();
        assertTrue(links > 0, "entities are linked to Wikidata");
        assertEquals(links, summary.linked());
    }

    @Test
    void refusesToWriteIntoAFolderThatExists() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        IOException e = assertThrows(IOException.class, () -> ExtractJob.run(spark, dir.toString(), out.toString(), JobSettings.DEFAULTS, 1));
        assertTrue(e.getMessage().contains("exists"), e.getMessage());
    }
}
