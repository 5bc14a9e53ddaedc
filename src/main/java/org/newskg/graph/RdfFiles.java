package org.newskg.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;

/** Writes RDF files in the format their extension names. */
public final class RdfFiles {
    /** The form of each file format that is written as the triples come, where there is one. */
    private static final Map<RDFFormat, RDFFormat> STREAMED = Map.of(
            RDFFormat.NQUADS, RDFFormat.NQUADS,
            RDFFormat.NTRIPLES, RDFFormat.NTRIPLES,
            RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS,
            RDFFormat.TRIG_PRETTY, RDFFormat.TRIG_BLOCKS);

    private RdfFiles() {}

    /** The format for a file name, or an exception naming the file and the known extensions. */
    public static RDFFormat formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttl")) {
            return RDFFormat.TURTLE_PRETTY;
        } else if (name.endsWith(".trig")) {
            return RDFFormat.TRIG_PRETTY;
        } else if (name.endsWith(".nq")) {
            return RDFFormat.NQUADS;
        } else if (name.endsWith(".nt")) {
            return RDFFormat.NTRIPLES;
        } else if (name.endsWith(".jsonld")) {
            return RDFFormat.JSONLD11_PRETTY;
        } else if (name.endsWith(".rdf") || name.endsWith(".owl")) {
            return RDFFormat.RDFXML_PRETTY;
        }
        throw new IllegalArgumentException(file + ": unknown RDF file extension; use .ttl, .trig, .nq, .nt, .jsonld or .rdf");
    }

    /**
     * Writes the triples {@code graph} makes into the file, in the format its extension names, as
     * they come where the format allows: N-Triples and N-Quads as they are, Turtle and TriG in
     * blocks of a subject's triples ({@link RDFFormat#TURTLE_BLOCKS}) rather than in the pretty form,
     * which needs the whole graph. JSON-LD and RDF/XML are written from the whole graph, held in
     * memory. The file appears, whole, when the writing succeeded.
     */
    public static <T> T write(Path file, StreamedGraph<T> graph) throws IOException {
        RDFFormat format = formatFor(file);
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        T result;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            RDFFormat streamed = STREAMED.get(format);
            if (streamed != null) {
                result = graph.writeTo(StreamRDFWriter.getWriterStream(out, streamed));
            } else {
                Model model = ModelFactory.createDefaultModel();
                result = graph.writeTo(StreamRDFLib.graph(model.getGraph()));
                write(model, format, out);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return result;
    }

    /** Writes the model in {@code format} to {@code out}; quad formats put it in the default graph. */
    public static void write(Model model, RDFFormat format, OutputStream out) {
        if (RDFFormat.TRIG_PRETTY.equals(format) || RDFFormat.NQUADS.equals(format) || format.getLang().equals(Lang.JSONLD11)) {
            RDFDataMgr.write(out, DatasetFactory.wrap(model), format);
        } else {
            RDFDataMgr.write(out, model, format);
        }
    }
}
