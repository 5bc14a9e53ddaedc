package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link PropertyGraph} as two CSV tables, with the column names of Gephi's spreadsheet
 * import: nodes {@code Id,Label,...} (Id is the IRI) and edges {@code Source,Target,Type,Label,...}.
 * pandas reads them as they are. Missing values are empty cells.
 */
public final class CsvGraphWriter {
    private CsvGraphWriter() {}

    public static void writeNodes(PropertyGraph graph, OutputStream out) throws IOException {
        List<Attribute<PropertyGraph.Node>> attributes = graph.nodeAttributes();
        CSVPrinter csv = printer(out, header(List.of("Id", "Label"), attributes));
        for (PropertyGraph.Node n : graph.nodes()) {
            List<Object> row = new ArrayList<>(List.of(n.iri(), n.label()));
            attributes.forEach(a -> row.add(a.of(n)));
            csv.printRecord(row);
        }
        csv.flush();
    }

    public static void writeEdges(PropertyGraph graph, OutputStream out) throws IOException {
        List<Attribute<PropertyGraph.Edge>> attributes = graph.edgeAttributes();
        CSVPrinter csv = printer(out, header(List.of("Source", "Target", "Type", "Label"), attributes));
        for (PropertyGraph.Edge e : graph.edges()) {
            List<Object> row = new ArrayList<>(List.of(e.source(), e.target(), "Directed", e.label()));
            attributes.forEach(a -> row.add(a.of(e)));
            csv.printRecord(row);
        }
        csv.flush();
    }

    private static String[] header(List<String> fixed, List<? extends Attribute<?>> attributes) {
        List<String> header = new ArrayList<>(fixed);
        attributes.forEach(a -> header.add(a.name()));
        return header.toArray(String[]::new);
    }

    /** A printer on the caller's stream, which the caller closes: the writers only flush it. */
    private static CSVPrinter printer(OutputStream out, String[] header) throws IOException {
        return new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader(header).get());
    }
}
