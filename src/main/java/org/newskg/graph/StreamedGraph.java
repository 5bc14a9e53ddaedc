package org.newskg.graph;

import java.io.IOException;
import org.apache.jena.riot.system.StreamRDF;

/**
 * What writes a graph into a {@link StreamRDF} as it makes it ({@code pipeline.Pipeline#stream}),
 * for a file or a store that takes the triples as they come, and gives back what it made besides.
 */
@FunctionalInterface
public interface StreamedGraph<T> {
    T writeTo(StreamRDF out) throws IOException;
}
