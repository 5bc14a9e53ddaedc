package org.newskg.server;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The whole store written as it is read: quad by quad from {@link DatasetGraph#find()} into one of
 * Jena's streaming writers, so that an export holds a quad and the writer's buffer, not the graph.
 * The caller holds the read transaction. The deadline is checked before each quad, so that a
 * long run over quads that write little still stops at the timeout.
 */
final class StoreStream {
    private StoreStream() {}

    /**
     * Writes every quad of {@code data}; a triple format ({@link RDFFormat#TURTLE_BLOCKS}) gets each
     * quad's triple, whatever its graph, as the in-memory Turtle export merges the graphs.
     */
    static void write(DatasetGraph data, RDFFormat format, DeadlineOutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format, null);
        boolean triples = RDFLanguages.isTriples(format.getLang());
        stream.start();
        data.prefixes().forEach(stream::prefix);
        Iterator<Quad> quads = data.find();
        try {
            while (quads.hasNext()) {
                out.checkDeadline();
                Quad quad = quads.next();
                if (triples) {
                    stream.triple(quad.asTriple());
                } else {
                    stream.quad(quad);
                }
            }
        } finally {
            Iter.close(quads);
        }
        stream.finish();
    }
}
