package org.newskg.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;

/** Every export format, in the order {@code --help} lists them. A new format is one more entry here. */
public final class ExportFormats {
    public static final List<ExportFormat> ALL = List.of(
            ExportFormat.single("graphml", "GraphML for Gephi, Cytoscape and yEd", "graphml", "application/graphml+xml",
                    (source, out) -> GraphMlWriter.write(source.propertyGraph(), out)),
            ExportFormat.single("gexf", "GEXF 1.3 for Gephi", "gexf", "application/gexf+xml",
                    (source, out) -> GexfWriter.write(source.propertyGraph(), out)),
            ExportFormat.single("cyjs", "Cytoscape.js JSON", "cyjs", "application/json",
                    (source, out) -> CytoscapeJsonWriter.write(source.propertyGraph(), out)),
            new ExportFormat("csv", "nodes and edges tables for Gephi's spreadsheet import and pandas", List.of(
                    new ExportFormat.Part("-nodes.csv", "text/csv", (source, out) -> CsvGraphWriter.writeNodes(source.propertyGraph(), out)),
                    new ExportFormat.Part("-edges.csv", "text/csv", (source, out) -> CsvGraphWriter.writeEdges(source.propertyGraph(), out)))),
            ExportFormat.single("jsonld", "JSON-LD with a compact @context, with provenance and VoID", "jsonld", "application/ld+json",
                    (source, out) -> RdfExport.writeTriples(source, RDFFormat.JSONLD11_PRETTY, out)),
            ExportFormat.single("ttl", "Turtle, with provenance and VoID", "ttl", "text/turtle",
                    (source, out) -> RdfExport.writeTriples(source, RDFFormat.TURTLE_PRETTY, out)),
            ExportFormat.single("trig", "TriG, with provenance; VoID in a named graph", "trig", "application/trig",
                    (source, out) -> RdfExport.writeQuads(source, RDFFormat.TRIG_PRETTY, out)),
            ExportFormat.single("nq", "N-Quads, with provenance; VoID in a named graph", "nq", "application/n-quads",
                    (source, out) -> RdfExport.writeQuads(source, RDFFormat.NQUADS, out)),
            ExportFormat.single("void", "the VoID description alone, in Turtle", "ttl", "text/turtle",
                    (source, out) -> RdfExport.writeVoid(source, out)),
            ExportFormat.single("quickstatements", "facts Wikidata lacks, as QuickStatements v1 commands with the article as reference",
                    "tsv", "text/tab-separated-values",
                    (source, out) -> QuickStatements.write(source, LocalDate.now(ZoneOffset.UTC), out)));

    private ExportFormats() {}

    public static Optional<ExportFormat> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    /** The format of that name, or an exception that lists the known names. */
    public static ExportFormat require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + name + "' (known: " + names() + ")"));
    }

    /**
     * Fails, in one line, when the output file's extension is that of another format and not of
     * {@code format}, such as GEXF into {@code x.graphml}, which a tool would then open as the wrong
     * format. An extension no format writes is the user's choice.
     */
    public static void checkExtension(ExportFormat format, Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (format.extensions().contains(extension)) {
            return;
        }
        ALL.stream().filter(f -> f.extensions().contains(extension)).findFirst().ifPresent(other -> {
            throw new IllegalArgumentException("--output " + output + ": ." + extension + " is the extension of format "
                    + other.name() + ", not of " + format.name() + "; name the file ." + format.extensions().iterator().next()
                    + " or give --format " + other.name());
        });
    }

    public static String names() {
        return ALL.stream().map(ExportFormat::name).collect(Collectors.joining(", "));
    }
}
