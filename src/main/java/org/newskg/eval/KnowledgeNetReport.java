package org.newskg.eval;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Property;

/** A KnowledgeNet score as text for the terminal and as Markdown for {@code docs/}. */
public final class KnowledgeNetReport {
    private static final String ROW = "%-20s %5d %5d %5d %9.3f %7.3f %7.3f%n";

    private KnowledgeNetReport() {}

    public static String text(KnowledgeNetScorer.Result r, Path fold, boolean showErrors) {
        StringBuilder sb = new StringBuilder("KnowledgeNet fold " + fold + " (rules: the fold's README)\n");
        sb.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %9s %7s %7s%n", "property", "TP", "FP", "FN", "precision", "recall", "F1"));
        for (Map.Entry<Property, Score> e : r.byProperty().entrySet()) {
            sb.append(row(e.getKey().getLocalName(), e.getValue()));
        }
        sb.append(row("overall", r.overall()));
        if (showErrors) {
            sb.append(String.format("%nwrong predictions (%d):%n", r.wrong().size()));
            r.wrong().forEach(p -> sb.append("  ").append(p.describe()).append('\n'));
            sb.append(String.format("%nmissed facts (%d):%n", r.missed().size()));
            r.missed().forEach(f -> sb.append("  ").append(f.doc()).append(": ").append(f.subject()).append(' ')
                    .append(f.property().getLocalName()).append(' ').append(f.object()).append('\n'));
        }
        return sb.toString();
    }

    public static String markdown(KnowledgeNetScorer.Result r, Path fold, String commit) {
        StringBuilder sb = new StringBuilder("# KnowledgeNet `" + fold.getFileName() + "` at " + commit + "\n\n");
        sb.append("| property | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
        r.byProperty().forEach((p, s) -> sb.append(mdRow("`" + p.getLocalName() + "`", s)));
        sb.append(mdRow("**overall**", r.overall()));
        return sb.toString();
    }

    private static String row(String label, Score s) {
        return String.format(Locale.ROOT, ROW, label, s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
    }

    private static String mdRow(String label, Score s) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", label,
                s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
    }
}
