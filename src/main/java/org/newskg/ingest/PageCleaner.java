package org.newskg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.Article;
import org.newskg.model.CleanText;

/**
 * Removes the page furniture that scraped news pages carry around the story, while keeping a map
 * back to the original offsets: image URLs and photo credits between paragraphs, headlines,
 * bylines and datelines (lines without a sentence end), inline HTML tags, backslash escapes,
 * images, shortcodes, web addresses, stock quotes and teasers inside paragraphs, correction notes, and everything after the markers that end a story (comment boxes,
 * related-article teasers, author bios, site footers). Hard-wrapped paragraphs are joined. An HTML
 * page is first reduced to its title and text blocks ({@link HtmlText}), then cleaned the same way.
 */
public final class PageCleaner {
    /** A line that starts with one of these ends the story: what follows is teasers and footers. */
    private static final Pattern END_OF_STORY = Pattern.compile(
            "^(?:comments?|read more|more from\\b.*|you might also like\\b.*|related(?: articles?| stories| coverage)?:?"
                    + "|recommended(?: for you)?|sign in\\b.*|join the\\b.*|subscribe\\b.*|check also|watch this video\\b.*"
                    + "|credit belongs to\\b.*|source ?:.*|share this article\\b.*|most popular\\b.*|trending\\b.*"
                    + "|about the authors?\\b.*|\\*{3,})\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** Whole lines that are furniture wherever they stand. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "^(?:https?://\\S+|www\\.\\S+|(?:photo|photo-illustration|illustration|image|picture|credit|photograph)\\s*:.*"
                    + "|by\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+)*(?:\\s*(?:,|and)\\s*\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+)*)*"
                    + "|correction\\b.*|editor'?s note\\b.*|update\\s*\\d.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[$%&_#*\\[\\]])");
    /**
     * Furniture inside a paragraph: markdown images, site-generator shortcodes ({@code {{< figure >}}}),
     * bare web addresses, stock tickers and quotes after a company's name ("Acme (NASDAQ:ACME)",
     * "Acme (ACME+1.25%)"), and "READ NEXT:" teasers up to their sentence end.
     */
    private static final Pattern INLINE_FURNITURE = Pattern.compile(
            "!\\[[^\\]]*]\\([^)\\s]*\\)|\\{\\{[<%].*?[>%]}}|https?://\\S+|www\\.\\S+\\.\\S+"
                    + "|\\s?\\([A-Z]{1,6}[+\\-−]?\\d+(?:\\.\\d+)?%\\)|\\s?\\([A-Z]{2,10}:\\s?[A-Z.]{1,6}\\)"
                    + "|\\b(?:READ (?:NEXT|NOW|MORE|ALSO)|ALSO READ|SEE ALSO)\\s*:[^.!?]*[.!?]?");
    /** Headlines are shorter than this. */
    private static final int MAX_HEADING = 150;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”)\\]…]\\s*$");
    /** Two sentences inside one line: a sentence end (not an abbreviation such as "Corp." or "Dr."), space, and a capital. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Inc|Corp|Co|Ltd|Bros|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Gen|Gov|Sen|Rep|vs|No|Vol))\\p{Ll}[.!?][\"”’]?\\s+[\"“]?\\p{Lu}");
    private static final Pattern DATELINE = Pattern.compile(
            "\\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2},? \\d{4})\\b");

    /** The cleaned body and what the furniture said about the article. */
    public record Result(CleanText body, Article.Metadata metadata) {}

    /** The article's body and metadata; an HTML page is first reduced to its text ({@link HtmlText}), offsets kept into the page. */
    public Result clean(Article article) {
        if (article.markup() == Article.Markup.PLAIN) {
            return clean(article.text());
        }
        MappedText page = HtmlText.of(article.text());
        Result r = clean(page.text());
        int[] offsets = new int[r.body().text().length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = page.sourceOffsets()[r.body().originalOffset(i)];
        }
        return new Result(new CleanText(r.body().text(), offsets, article.text().length()), r.metadata());
    }

    private Result clean(String raw) {
        List<int[]> lines = splitLines(raw);
        boolean wrapped = isHardWrapped(raw, lines);
        StringBuilder out = new StringBuilder(raw.length());
        List<Integer> map = new ArrayList<>(raw.length());
        String title = null;
        LocalDate published = null;
        boolean previousJoinable = false;
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            String content = raw.substring(line[0], line[1]).strip();
            if (content.isEmpty()) {
                previousJoinable = false;
                continue;
            }
            if (END_OF_STORY.matcher(content).matches() && i > 0) {
                break;
            }
            if (published == null) {
                published = parseDate(content).orElse(null);
            }
            boolean endsSentence = SENTENCE_END.matcher(content).find();
            // a paragraph whose last words are furniture ("... By Jane Doe Editorial Standards") is no heading;
            // a headline is short, whatever abbreviations it holds
            boolean holdsSentences = endsSentence || content.length() > MAX_HEADING && INNER_SENTENCE_END.matcher(content).find();
            if (FURNITURE_LINE.matcher(content).matches()) {
                previousJoinable = false;
                continue;
            }
            boolean continuesPrevious = wrapped && previousJoinable;
            boolean isHeading = !wrapped && !holdsSentences;
            if (wrapped && !continuesPrevious && !holdsSentences && !nextLineContinues(raw, lines, i)) {
                isHeading = true;
            }
            if (isHeading) {
                if (isTitleCandidate(content) && (title == null || raw.indexOf(content, line[1]) >= 0)) {
                    title = stripHtml(content.replaceFirst("^\\p{L}+:\\s*", ""));
                }
                previousJoinable = false;
                continue;
            }
            if (out.length() > 0) {
                String separator = continuesPrevious ? " " : "\n\n";
                for (int k = 0; k < separator.length(); k++) {
                    out.append(separator.charAt(k));
                    map.add(line[0]);
                }
            }
            appendCleaned(raw, line[0] + leading(raw, line[0], line[1]), line[0] + trailingEnd(raw, line[0], line[1]), out, map);
            previousJoinable = wrapped && !endsSentence;
        }
        int[] offsets = map.stream().mapToInt(Integer::intValue).toArray();
        return new Result(new CleanText(out.toString(), offsets, raw.length()),
                new Article.Metadata(Optional.ofNullable(title), Optional.ofNullable(published)));
    }

    /** A heading long enough to be a headline; one that the page repeats wins over the first. */
    private static boolean isTitleCandidate(String heading) {
        return heading.length() > 15 && heading.split("\\s+").length >= 4 && !DATELINE.matcher(heading).find();
    }

    private static int leading(String raw, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i - start;
    }

    private static int trailingEnd(String raw, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(raw.charAt(i - 1))) {
            i--;
        }
        return i - start;
    }

    /** Copies raw[start, end) without HTML tags, escapes and inline furniture, recording each kept character's offset. */
    private static void appendCleaned(String raw, int start, int end, StringBuilder out, List<Integer> map) {
        boolean[] drop = new boolean[end - start];
        for (Pattern p : new Pattern[] {HTML_TAG, ESCAPE, INLINE_FURNITURE}) {
            Matcher m = p.matcher(raw).region(start, end);
            while (m.find()) {
                for (int k = m.start(); k < m.end(); k++) {
                    drop[k - start] = true;
                }
            }
        }
        for (int k = start; k < end; k++) {
            if (!drop[k - start]) {
                char c = raw.charAt(k);
                out.append(c == '\u00A0' || c == '\t' ? ' ' : c);
                map.add(k);
            }
        }
    }

    private static String stripHtml(String s) {
        return ESCAPE.matcher(HTML_TAG.matcher(s).replaceAll("")).replaceAll("").strip();
    }

    /** Line spans [start, end) without their line terminators. */
    private static List<int[]> splitLines(String raw) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < raw.length()) {
            lines.add(new int[] {start, raw.length()});
        }
        return lines;
    }

    /**
     * A hard-wrapped text breaks lines inside sentences: most longer lines end without a sentence
     * end and are followed directly by another line.
     */
    private static boolean isHardWrapped(String raw, List<int[]> lines) {
        int longLines = 0;
        int brokenInside = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String content = raw.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            String next = raw.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).strip();
            if (content.length() < 30) {
                continue;
            }
            longLines++;
            if (!SENTENCE_END.matcher(content).find() && !next.isEmpty()) {
                brokenInside++;
            }
        }
        return longLines >= 4 && brokenInside * 2 > longLines;
    }

    private static boolean nextLineContinues(String raw, List<int[]> lines, int i) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        String next = raw.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).strip();
        return !next.isEmpty();
    }

    private static Optional<LocalDate> parseDate(String line) {
        Matcher m = DATELINE.matcher(line);
        if (!m.find() || line.length() > 40) {
            return Optional.empty();
        }
        String date = m.group(1).replace(".", "").replace(",", "").replace("Sept", "Sep");
        for (String pattern : new String[] {"MMM d yyyy", "MMMM d yyyy"}) {
            try {
                return Optional.of(LocalDate.parse(date, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)));
            } catch (DateTimeParseException ignored) {
                // try the next spelling of the month
            }
        }
        return Optional.empty();
    }
}
