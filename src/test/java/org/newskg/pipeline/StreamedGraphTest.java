package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@link Pipeline#stream} and {@link Pipeline#streamExtracted}, which hold only the corpus-wide
 * state and write the graph as they make it, give the graph of the in-memory {@link Pipeline#run},
 * each triple once, and one thread and two give the same graph; on the bundled corpus, with the
 * recognizer and the links to Wikidata.
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

    /**
     * {@code load --add}'s way: articles extracted into two archives (those loaded before, those
     * added), then the graph made of the archived extractions alone, no article read again.
     */
    @Test
    void theGraphOfArchivedExtractionsIsTheGraphOfTheInMemoryRun() throws IOException {
        List<Article> articles = new ArticleReader(problem -> {}).readBundled();
        Model expected = pipeline(1).run(articles).model();
        List<Article> loaded = new ArrayList<>();
        List<Article> added = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            (i % 3 == 0 ? added : loaded).add(articles.get(i));
        }
        for (int threads : new int[] {1, 2}) {
            ExtractionArchive store = ExtractionArchive.temporary();
            ExtractionArchive staged = ExtractionArchive.temporary();
            try {
                Pipeline pipeline = pipeline(threads);
                Map<String, ExtractionArchive.Entry> entries = new HashMap<>();
                pipeline.extractInto(loaded, store).forEach(e -> entries.put(e.id(), e));
                pipeline.extractInto(added, staged).forEach(e -> entries.put(e.id(), e));
                List<ExtractionArchive.Entry> corpus = articles.stream().map(a -> entries.get(a.id())).toList();

                Model streamed = ModelFactory.createDefaultModel();
                Pipeline.Streamed summary = pipeline.streamExtracted(corpus, StreamRDFLib.graph(streamed.getGraph()));
                assertTrue(expected.isIsomorphicWith(streamed), threads + " thread(s): the graph of the archives is the in-memory one");
                assertEquals(expected.size(), summary.triples(), "each triple is written once");
                assertEquals(articles.size(), summary.articles());
            } finally {
                store.delete();
                staged.delete();
            }
        }
    }

    private static Pipeline pipeline(int threads) {
        return TestModels.pipeline().linker(EntityLinker.offline()).threads(threads).build();
    }
}
