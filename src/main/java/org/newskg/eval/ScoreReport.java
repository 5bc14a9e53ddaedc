package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.eval.Scores.FalsePositive;
import org.newskg.eval.Scores.Miss;
import org.newskg.eval.Scores.WrongType;

/** {@link Scores} as a console table and as a Markdown report. */
public final class ScoreReport {
    private static final List<String> COLUMNS = List.of("TP", "FP", "FN", "precision", "recall", "F1");
    private static final String TEXT_ROW = "%-22s %5s %5s %5s %10s %8s %7s\n";

    private ScoreReport() {}

    /** A table per property, the overall line, the typing line and, when asked, the list of errors. */
    public static String text(Scores scores, boolean showErrors) {
        StringBuilder sb = new StringBuilder();
        sb.append(textRow("property", COLUMNS));
        for (Map.Entry<Relation, Score> e : scores.byProperty().entrySet()) {
            sb.append(textRow(e.getKey().localName(), cells(e.getValue())));
        }
        sb.append(textRow("overall", cells(scores.overall())));
        sb.append(predictionsLine(scores)).append('\n');
        sb.append(typingLine(scores.typing())).append('\n');
        if (showErrors) {
            sb.append(String.format("\nfalse positives (%d):\n", scores.falsePositives().size()));
            scores.falsePositives().forEach(fp -> sb.append("  ").append(fp.describe()).append('\n'));
            sb.append(String.format("\nmissed facts (%d):\n", scores.misses().size()));
            scores.misses().forEach(m -> sb.append("  ").append(missLine(m)).append('\n'));
            sb.append(String.format("\nwrongly typed entities (%d):\n", scores.typing().wronglyTyped().size()));
            scores.typing().wronglyTyped().forEach(w -> sb.append("  ").append(w.entity()).append(": gold ")
                    .append(w.goldType()).append(", graph ").append(graphTypes(w)).append('\n'));
            sb.append(String.format("\nmissing entities (%d): %s\n", scores.typing().missing().size(),
                    String.join(", ", scores.typing().missing())));
        }
        return sb.toString();
    }

    /**
     * The report meant for {@code docs/QUALITY.md}.
     *
     * @param source what was scored: a graph file, or the articles it was extracted from
     * @param goldDir the gold set folder
     * @param commit the commit of the code that produced the graph, or "unknown"
     */
    public static String markdown(Scores scores, String source, String goldDir, String commit) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Extraction quality\n\n");
        sb.append("Measured by `newskg evaluate` against the gold set in `").append(goldDir)
                .append("` (scoring rules in its README.md): ")
                .append(scores.overall().requiredFacts()).append(" required facts, ")
                .append(scores.typing().goldEntities()).append(" entities.\n\n");
        sb.append("- Graph: ").append(source).append('\n');
        sb.append("- Commit: `").append(commit).append("`\n\n");

        sb.append("## Overall\n\n");
        sb.append(markdownRow("", COLUMNS)).append(alignmentRow());
        sb.append(markdownRow("micro-average", cells(scores.overall())));
        sb.append('\n').append(predictionsLine(scores)).append("\n\n");

        sb.append("## Per property\n\n");
        sb.append(markdownRow("property", COLUMNS)).append(alignmentRow());
        for (Map.Entry<Relation, Score> e : scores.byProperty().entrySet()) {
            sb.append(markdownRow(e.getKey().localName(), cells(e.getValue())));
        }
        sb.append("\n\"-\": the measure is undefined, as the graph makes no prediction or the gold set has no required fact for the property.\n\n");

        sb.append("## Entity typing\n\n").append(typingLine(scores.typing())).append("\n\n");
        sb.append("### Wrongly typed (").append(scores.typing().wronglyTyped().size()).append(")\n\n");
        if (!scores.typing().wronglyTyped().isEmpty()) {
            sb.append("| entity | gold type | types in the graph |\n|---|---|---|\n");
            for (WrongType w : scores.typing().wronglyTyped()) {
                sb.append("| ").append(cell(w.entity())).append(" | ").append(w.goldType()).append(" | ")
                        .append(cell(graphTypes(w))).append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("### Missing entities (").append(scores.typing().missing().size()).append(")\n\n");
        if (!scores.typing().missing().isEmpty()) {
            sb.append(String.join(", ", scores.typing().missing())).append("\n\n");
        }

        sb.append("## False positives (").append(scores.falsePositives().size()).append(")\n\n");
        sb.append("Each node is shown by its label and, in brackets, the gold entity it was read as.\n\n");
        for (FalsePositive fp : scores.falsePositives()) {
            sb.append("- ").append(code(fp.describe())).append('\n');
        }
        sb.append("\n## Missed facts (").append(scores.misses().size()).append(")\n\n");
        for (Miss m : scores.misses()) {
            sb.append("- ").append(code(m.fact().describe())).append(" (").append(where(m)).append(')');
            if (!m.fact().note().isEmpty()) {
                sb.append(": ").append(m.fact().note());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<String> cells(Score s) {
        boolean noPrediction = s.truePositives() + s.falsePositives() == 0;
        boolean noRequiredFact = s.requiredFacts() == 0;
        return List.of(
                Integer.toString(s.truePositives()),
                Integer.toString(s.falsePositives()),
                Integer.toString(s.falseNegatives()),
                noPrediction ? "-" : decimal(s.precision()),
                noRequiredFact ? "-" : decimal(s.recall()),
                noPrediction || noRequiredFact ? "-" : decimal(s.f1()));
    }

    private static String decimal(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String textRow(String label, List<String> cells) {
        List<Object> args = new ArrayList<>();
        args.add(label);
        args.addAll(cells);
        return String.format(Locale.ROOT, TEXT_ROW, args.toArray());
    }

    private static String markdownRow(String label, List<String> cells) {
        return "| " + cell(label) + " | " + String.join(" | ", cells) + " |\n";
    }

    private static String alignmentRow() {
        return "|---" + "|---:".repeat(COLUMNS.size()) + "|\n";
    }

    private static String predictionsLine(Scores scores) {
        return scores.predictions() + " predictions, " + scores.ignored() + " of them matching only optional facts (ignored)";
    }

    private static String typingLine(Scores.EntityTyping t) {
        return String.format(Locale.ROOT, "entities: %d of %d gold entities found, %d of them correctly typed (%s)",
                t.found(), t.goldEntities(), t.correctlyTyped(), t.found() == 0 ? "-" : decimal(t.accuracy()));
    }

    private static String missLine(Miss m) {
        return m.fact().describe() + " (" + where(m) + ")";
    }

    private static String where(Miss m) {
        String cause = m.cause().text();
        return m.fact().docs().isEmpty() ? cause : "docs " + String.join(",", m.fact().docs()) + "; " + cause;
    }

    private static String graphTypes(WrongType w) {
        return w.graphTypes().isEmpty() ? "no rdf:type" : String.join(", ", w.graphTypes());
    }

    /** A Markdown table cell: a pipe would end the cell. */
    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    /** Inline code; labels come from extracted text, so a backtick in one must not end the span. */
    private static String code(String s) {
        return "`" + s.replace('`', '\'') + "`";
    }
}
