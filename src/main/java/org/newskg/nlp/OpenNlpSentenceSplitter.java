package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;
import org.newskg.model.Sentence;

/**
 * {@link SentenceSplitter} on OpenNLP's maxent sentence detector, run paragraph by paragraph; safe to share between threads.
 * A "sentence" longer than {@link #MAX_CHARS} is cut at white space into pieces no longer than that.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    /**
     * Longest sentence handed on. News sentences stay far below it; text without sentence ends
     * (a list, a table, a page flattened to one line) would otherwise be one sentence as long as
     * the file, which the recognizer and the relation patterns read whole, at a cost that grows
     * faster than its length.
     */
    public static final int MAX_CHARS = 2_000;

    /** A single capital other than "I" with its period, alone after a space or an opening bracket. */
    private static final Pattern INITIAL_AT_END = Pattern.compile("(?:^|[\\s(])[A-HJ-Z]\\.$");
    /**
     * A number with decimals at the end ("$1.5"): the model took its point for a sentence end and
     * the detector ended the sentence at the next space ("could reach $1.5" + "billion from Acme").
     */
    private static final Pattern DECIMAL_AT_END = Pattern.compile("\\d\\.\\d+$");

    /**
     * A period after a number that stands alone after a word ("Vision Fund 2.", "on Jan. 2."),
     * followed by a capitalized word: a sentence end the English model misses, taking the number for
     * an enumeration. Decimals ("3.5") and numbers inside a word stay whole.
     */
    private static final Pattern MISSED_END = Pattern.compile("(?<=\\p{L}\\s\\d{1,4})\\.\\s+(?=\\p{Lu}[\\p{Ll}\\s])"
            // pages whose paragraphs were joined without a space: "... supplies Acme.In early 2026 ..." (a
            // web address or a file name goes on in lowercase, "Acme.com")
            + "|(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll}+\\s)");

    /**
     * Closing quotation marks or brackets opening a sentence, before a space: they end the sentence
     * before ("... a half a trillion promise." + "” CEO Jane Roe said"), where the English model cut
     * after the period inside them. An opening mark stands before a word, without a space.
     */
    private static final Pattern CLOSING_AT_START = Pattern.compile("^[”\"’»)\\]]+(?=\\s|$)");

    private final ThreadSafeSentenceDetectorME detector;

    public OpenNlpSentenceSplitter(OpenNlpModels models) {
        this.detector = new ThreadSafeSentenceDetectorME(models.sentences());
    }

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            String paragraph = text.substring(paragraphStart, paragraphEnd);
            List<Span> spans = closingMarksBack(paragraph, acrossFalseEnds(paragraph, detector.sentPosDetect(paragraph)));
            for (Span s : atMissedEnds(paragraph, spans)) {
                addCut(text, paragraphStart + s.getStart(), paragraphStart + s.getEnd(), sentences);
            }
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }

    /**
     * The detector's sentences, with those that end in a middle or first initial joined to the next
     * ("John F." + "Smith said", "H." + "J. Heinz Company"): the English model ends a sentence at
     * most single capitals with a period, and a name cut in two is lost to every later stage. A
     * capital "I" is left alone ("World War I."), and so are abbreviations with inner periods
     * ("the U.S."). A sentence cut inside a decimal number and going on in lower case ("$1.5" +
     * "billion") is joined too.
     */
    private static List<Span> acrossFalseEnds(String paragraph, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            String lastText = last == null ? null : paragraph.substring(last.getStart(), last.getEnd());
            char next = paragraph.charAt(s.getStart());
            if (last != null && (INITIAL_AT_END.matcher(lastText).find() && Character.isUpperCase(next)
                    || DECIMAL_AT_END.matcher(lastText).find() && Character.isLowerCase(next))) {
                out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The sentences, with closing marks at the start of one ({@link #CLOSING_AT_START}) moved to the end of the one before. */
    private static List<Span> closingMarksBack(String paragraph, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Matcher closing = CLOSING_AT_START.matcher(paragraph).region(s.getStart(), s.getEnd());
            if (out.isEmpty() || !closing.find()) {
                out.add(s);
                continue;
            }
            Span last = out.get(out.size() - 1);
            out.set(out.size() - 1, new Span(last.getStart(), closing.end()));
            int start = closing.end();
            while (start < s.getEnd() && Character.isWhitespace(paragraph.charAt(start))) {
                start++;
            }
            if (start < s.getEnd()) {
                out.add(new Span(start, s.getEnd()));
            }
        }
        return out;
    }

    /** The sentences, each cut again where one ends that the English model missed ({@link #MISSED_END}). */
    private static List<Span> atMissedEnds(String paragraph, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Matcher end = MISSED_END.matcher(paragraph).region(s.getStart(), s.getEnd());
            end.useTransparentBounds(true);
            int start = s.getStart();
            while (end.find()) {
                out.add(new Span(start, end.start() + 1));
                start = end.end();
            }
            out.add(new Span(start, s.getEnd()));
        }
        return out;
    }

    /** Adds text[start, end) as sentences of at most {@link #MAX_CHARS} characters, cut after the last white space that keeps a piece within it. */
    private static void addCut(String text, int start, int end, List<Sentence> sentences) {
        while (end - start > MAX_CHARS) {
            int cut = start + MAX_CHARS;
            while (cut > start && !Character.isWhitespace(text.charAt(cut - 1))) {
                cut--;
            }
            if (cut == start) {
                cut = start + MAX_CHARS;
            }
            int pieceEnd = cut;
            while (pieceEnd > start && Character.isWhitespace(text.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            sentences.add(new Sentence(sentences.size(), start, pieceEnd, text.substring(start, pieceEnd)));
            start = cut;
        }
        sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
    }
}
