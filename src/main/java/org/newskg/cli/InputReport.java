package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newskg.ingest.InputProblem;
import org.newskg.model.Article;
import org.newskg.model.ArticleInput;

/**
 * What the run says about its input: each skipped file with the reason as it is found, each file
 * read as HTML or in another encoding than UTF-8, and a summary of how many files were read and
 * skipped, and why.
 */
final class InputReport {
    private final PrintWriter err;
    private final Function<ArticleInput, String> shown;
    private final List<InputProblem> skipped = new ArrayList<>();

    /**
     * @param err   where the report goes
     * @param shown how to name an article's file to the user
     */
    InputReport(PrintWriter err, Function<ArticleInput, String> shown) {
        this.err = err;
        this.shown = shown;
    }

    void skipped(InputProblem problem) {
        err.println("skipped " + problem);
        if (problem.kind() != InputProblem.Kind.NO_ARTICLE) {
            skipped.add(problem);
        }
    }

    /** Says how each unusual article was read, then the summary line. */
    void read(List<? extends ArticleInput> articles) {
        for (ArticleInput a : articles) {
            boolean html = a.markup() == Article.Markup.HTML;
            boolean otherEncoding = !a.charset().equals(StandardCharsets.UTF_8);
            if (html || otherEncoding) {
                err.println("read " + shown.apply(a) + (html ? " as HTML" : "")
                        + (otherEncoding ? (html ? ", " : " ") + "decoded as " + a.charset() + whyNotUtf8(a) : ""));
            }
        }
        err.println(summary(articles));
        err.flush();
    }

    private static String whyNotUtf8(ArticleInput a) {
        return a.charset().equals(StandardCharsets.UTF_16) ? " (its byte-order mark says so)" : " (not valid UTF-8)";
    }

    /** "input: 7 files, 5 read as articles (1 as HTML), 2 skipped (1 binary, 1 symbolic link not followed)". */
    String summary(List<? extends ArticleInput> articles) {
        long html = articles.stream().filter(a -> a.markup() == Article.Markup.HTML).count();
        long decoded = articles.stream().filter(a -> !a.charset().equals(StandardCharsets.UTF_8)).count();
        List<String> how = new ArrayList<>();
        if (html > 0) {
            how.add(html + " as HTML");
        }
        if (decoded > 0) {
            how.add(decoded + " not in UTF-8");
        }
        Map<String, Long> why = skipped.stream().collect(Collectors.groupingBy(p -> p.kind().words(), TreeMap::new, Collectors.counting()));
        return "input: " + (articles.size() + skipped.size()) + " files, " + articles.size() + " read as articles"
                + (how.isEmpty() ? "" : " (" + String.join(", ", how) + ")") + ", " + skipped.size() + " skipped"
                + (why.isEmpty() ? "" : " (" + why.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")) + ")");
    }
}
