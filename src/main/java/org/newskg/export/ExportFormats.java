package org.newskg.export;

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

    public static String names() {
        return ALL.stream().map(ExportFormat::name).collect(Collectors.joining(", "));
    }
}
