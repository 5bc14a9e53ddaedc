package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;
import org.newskg.model.Article;
import org.newskg.store.ExtractionArchive;
import org.newskg.vocab.NKG;

/**
 * {@link Pipeline#stream}, which holds only the corpus-wide state and writes the graph as it makes
 * it, gives the graph of the in-memory {@link Pipeline#run}, each triple once, and one thread and
 * two give the same graph; on the bundled corpus, with the recognizer and the links to Wikidata.
 */
class StreamedGraphTest {
    @Test
    void theStreamedGraphIsTheGraphOfTheInMemoryRunAtAnyThreadCount() throws IOException {
        List<Article> articles = new ArticleReader(problem -> {}).readBundled();
        Model expected = pipeline(1).run(articles).model();
        assertTrue(expected.contains(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null), "some entity is linked");
        assertTrue(expected.listResourcesWithProperty(NKG.evidenceCount).toList().size() > 1, "several facts");
        assertTrue(expected.isIsomorphicWith(pipeline(2).run(articles).model()), "two threads give what one gives in memory");

        for (int threads : new int[] {1, 2}) {
            ExtractionArchive spill = ExtractionArchive.temporary();
            try {
                Model streamed = ModelFactory.createDefaultModel();
                Pipeline.Streamed summary = pipeline(threads).stream(articles, spill, StreamRDFLib.graph(streamed.getGraph()));
                assertTrue(expected.isIsomorphicWith(streamed), threads + " thread(s): the streamed graph is the in-memory one");
                assertEquals(expected.size(), summary.triples(), "each triple is written once");
                assertEquals(articles.size(), summary.articles());
            } finally {
                spill.delete();
            }
        }
    }

    private static Pipeline pipeline(int threads) {
        return TestModels.pipeline().linker(EntityLinker.offline()).threads(threads).build();
    }
}
