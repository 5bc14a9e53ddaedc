package org.newskg.server;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.export.JsonLdStream;

/**
 * The whole store written as it is read: quad by quad from {@link DatasetGraph#find()} into a
 * streaming writer, so that an export holds a quad and the writer's buffer, not the graph.
 * The caller holds the read transaction. The deadline is checked before each quad, so that a
 * long run over quads that write little still stops at the timeout.
 */
final class StoreStream {
    /** JSON-LD in expanded form, every graph's triples in one, as the in-memory JSON-LD export merges the graphs. */
    static final Format JSON_LD = new Format(JsonLdStream::new, true);

    private StoreStream() {}

    /**
     * A streaming writer, and whether it takes triples: a triple format gets each quad's triple,
     * whatever its graph, as the in-memory exports of triple formats merge the graphs.
     */
    record Format(Function<OutputStream, StreamRDF> writer, boolean triples) {
        /** One of Jena's streaming writers ({@link RDFFormat#NQUADS}, {@link RDFFormat#TURTLE_BLOCKS}, ...). */
        static Format of(RDFFormat format) {
            return new Format(out -> StreamRDFWriter.getWriterStream(out, format, null), RDFLanguages.isTriples(format.getLang()));
        }
    }

    /** Writes every quad of {@code data} in {@code format}. */
    static void write(DatasetGraph data, Format format, DeadlineOutputStream out) {
        StreamRDF stream = format.writer().apply(out);
        stream.start();
        data.prefixes().forEach(stream::prefix);
        Iterator<Quad> quads = data.find();
        try {
            while (quads.hasNext()) {
                out.checkDeadline();
                Quad quad = quads.next();
                if (format.triples()) {
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
