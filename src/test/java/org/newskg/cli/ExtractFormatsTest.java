package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestModels;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;

/**
 * {@code extract} writes the graph as it is made (N-Quads, N-Triples, Turtle and TriG) or from a
 * model (JSON-LD, RDF/XML), from files read when their turn comes: every format holds the graph
 * {@code Pipeline.run} makes of the same folder in memory, and no partial file is left behind.
 */
class ExtractFormatsTest {
    @TempDir
    Path tmp;

    @Test
    void everyFormatHoldsTheGraphOfTheInMemoryRun() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Orbit Labs, founded by Marisol Vance in 2019, builds robots in Austin.\n\n"
                + "Orbit Labs raised $40 million in a round led by Kestrel Partners.\n");
        Files.writeString(in.resolve("b.txt"), "Kestrel Partners, founded by Ann Lee, invests in robots.\n\n"
                + "Orbit Labs was founded by Marisol Vance. Kestrel Partners led its round.\n");
        Files.writeString(in.resolve("c.html"), "<html><head><title>Furrow</title></head><body><p>Furrow Inc., founded by Eve Moe, "
                + "sells soil to Orbit Labs.</p></body></html>");
        Model expected = TestModels.pipeline().recognizer(null).relationModel(null).linker(EntityLinker.offline()).build()
                .run(new ArticleReader(p -> {}).readFolder(in)).model();
        assertTrue(expected.size() > 50, "a graph with facts and evidence");

        for (String extension : List.of("nq", "ttl", "trig", "jsonld")) {
            Path out = tmp.resolve("graph." + extension);
            Run r = Run.of("extract", "--input", in.toString(), "--output", out.toString(), "--recognizer", "none", "--relations", "rules",
                    "--threads", "2");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().startsWith("3 articles, "), r.out());
            Model written = RDFDataMgr.loadDataset(out.toString()).getDefaultModel();
            assertTrue(expected.isIsomorphicWith(written), extension + ": the graph of the in-memory run");
            assertFalse(Files.exists(tmp.resolve("graph." + extension + ".part")), "no partial file is left");
        }
    }
}
