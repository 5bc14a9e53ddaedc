package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.model.Sentence;

/**
 * A run of consecutive sentences of one article that the mention and relation stages read as if it
 * were the whole article. Those stages compare each mention with the article's other mentions
 * (antecedents, a maker named elsewhere, overlapping spans), so their cost grows with the square of
 * an article's length: a 20 MB single-line file ran at a fifth of the usual speed, and slower the
 * longer it was. An article longer than a window is read window by window, which keeps the cost
 * linear; news articles are far shorter than a window and are read whole, as before.
 *
 * <p>The stages number sentences and mentions from 0 within what they are given; a window numbers
 * its sentences from 0 and maps what the stages found back to the article's numbering. Offsets
 * stay those of the article's clean text.
 *
 * @param firstSentence index in the article of the window's first sentence
 * @param sentences     the window's sentences, numbered from 0
 */
record SentenceWindow(int firstSentence, List<Sentence> sentences) {
    /** Characters of clean text a window holds at most, unless one sentence is longer. */
    static final int MAX_CHARS = 30_000;

    /**
     * The article's sentences in windows of at most {@code maxChars} characters of {@code text}
     * (a sentence longer than that alone), ending at a paragraph break where one falls in a
     * window's second half; one window for an article shorter than {@code maxChars}.
     */
    static List<SentenceWindow> of(List<Sentence> sentences, String text, int maxChars) {
        List<SentenceWindow> windows = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            int windowStart = sentences.get(first).start();
            int end = first + 1;
            int paragraphCut = -1;
            while (end < sentences.size() && sentences.get(end).end() - windowStart <= maxChars) {
                if (text.substring(sentences.get(end - 1).end(), sentences.get(end).start()).contains("\n\n")) {
                    paragraphCut = end;
                }
                end++;
            }
            if (end < sentences.size() && paragraphCut > first
                    && sentences.get(paragraphCut).start() - windowStart >= maxChars / 2) {
                end = paragraphCut;
            }
            windows.add(renumbered(sentences, first, end));
            first = end;
        }
        return windows;
    }

    private static SentenceWindow renumbered(List<Sentence> sentences, int first, int end) {
        List<Sentence> local = new ArrayList<>(end - first);
        for (Sentence s : sentences.subList(first, end)) {
            local.add(new Sentence(s.index() - first, s.start(), s.end(), s.text()));
        }
        return new SentenceWindow(first, local);
    }

    /** A mention the stages found in this window, numbered as in the article whose earlier windows found {@code mentionsBefore} mentions. */
    Mention inArticle(Mention m, int mentionsBefore) {
        return new Mention(m.sentence() + firstSentence, m.start(), m.end(), m.text(), m.name(), m.type(), m.weight(),
                m.typedBy(), m.isName() ? m.antecedent() : m.antecedent() + mentionsBefore);
    }

    /** A reading of this window, numbered as in the article whose earlier windows found {@code mentionsBefore} mentions. */
    Reading inArticle(Reading r, int mentionsBefore) {
        return new Reading(shift(r.subject(), mentionsBefore), r.property(), shift(r.object(), mentionsBefore), r.value(),
                r.sentence() + firstSentence, r.reader(), r.rule(), shift(r.assertedBy(), mentionsBefore), r.hedged(), r.confidence());
    }

    /** A mention index moved by {@code by}; -1 (none) stays -1. */
    private static int shift(int mentionIndex, int by) {
        return mentionIndex < 0 ? mentionIndex : mentionIndex + by;
    }
}
