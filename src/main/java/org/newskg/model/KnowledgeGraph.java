package org.newskg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the extractor found in a corpus, as plain values: the articles, the resolved
 * entities and the merged facts with their evidence. {@code graph.GraphWriter} turns it into RDF.
 */
public record KnowledgeGraph(List<Source> articles, List<Entity> entities, List<Fact> facts) {
    public KnowledgeGraph {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /**
     * An input article as the graph describes it; {@code text} is its body as the extractor read it
     * (page furniture removed), of which every evidence sentence is a part.
     */
    public record Source(String id, String sourceFile, Optional<String> title, Optional<LocalDate> published, String text) {}
}
