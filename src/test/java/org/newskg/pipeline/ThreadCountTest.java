package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Article;

/** Articles are independent of each other, so the graph must not depend on how many run at once. */
class ThreadCountTest {
    @Test
    void oneThreadAndSeveralGiveTheSameGraph() throws Exception {
        List<Article> articles = new ArticleReader(problem -> {}).readBundled();
        Model one = TestModels.pipeline().threads(1).build().run(articles).model();
        Model three = TestModels.pipeline().threads(3).build().run(articles).model();
        assertTrue(one.size() > 1000, "a graph of the bundled corpus: " + one.size());
        // same IRIs, so the same N-Triples once sorted, not only an isomorphic graph
        assertEquals(sortedNTriples(one), sortedNTriples(three));
    }

    private static List<String> sortedNTriples(Model m) {
        StringWriter out = new StringWriter();
        m.write(out, "N-TRIPLES");
        return out.toString().lines().sorted().toList();
    }
}
