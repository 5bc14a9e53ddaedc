package org.newskg.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes RDF files in the format their extension names. */
public final class RdfFiles {
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

    /** Writes the model; quad formats put it in the default graph. */
    public static void write(Model model, Path file) throws IOException {
        RDFFormat format = formatFor(file);
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(model, format, out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
