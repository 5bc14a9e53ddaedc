package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * SELECT solutions as a text table in the layout of Jena's text result format, for a person to
 * read: IRIs with the query's prefixes, strings in quotes, and a number, date or other typed value
 * by its lexical form alone ({@code 12}, not {@code "12"^^<http://www.w3.org/2001/XMLSchema#int>}).
 * The machine formats (CSV, TSV, JSON) keep the full forms.
 */
final class ResultTable {
    private ResultTable() {}

    static String format(ResultSet rows, PrefixMapping prefixes) {
        List<String> vars = rows.getResultVars();
        List<List<String>> cells = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution solution = rows.next();
            cells.add(vars.stream().map(v -> cell(solution.get(v), prefixes)).toList());
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = vars.get(i).length();
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        String rule = "-".repeat(lineLength(widths)) + System.lineSeparator();
        out.append(rule);
        line(out, vars, widths);
        out.append("=".repeat(lineLength(widths))).append(System.lineSeparator());
        cells.forEach(row -> line(out, row, widths));
        out.append(rule);
        return out.toString();
    }

    /** What one cell shows: empty for an unbound variable. */
    private static String cell(RDFNode value, PrefixMapping prefixes) {
        if (value == null) {
            return "";
        }
        Node node = value.asNode();
        if (node.isLiteral() && node.getLiteralLanguage().isEmpty()
                && !XSDDatatype.XSDstring.equals(node.getLiteralDatatype())) {
            return node.getLiteralLexicalForm();
        }
        return FmtUtils.stringForNode(node, prefixes);
    }

    private static int lineLength(int[] widths) {
        int length = 1;
        for (int w : widths) {
            length += w + 3;
        }
        return length;
    }

    private static void line(StringBuilder out, List<String> values, int[] widths) {
        out.append('|');
        for (int i = 0; i < values.size(); i++) {
            out.append(' ').append(values.get(i)).append(" ".repeat(widths[i] - values.get(i).length())).append(" |");
        }
        out.append(System.lineSeparator());
    }
}
