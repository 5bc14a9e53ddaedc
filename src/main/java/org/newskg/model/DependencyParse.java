package org.newskg.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency parse of one sentence: its words, with offsets into the sentence's text, each
 * attached to its head word by a grammatical relation ("nsubj", "dobj", "appos", ...).
 *
 * @param words the sentence's words in text order
 */
public record DependencyParse(List<Word> words) {
    /**
     * One word of a parse.
     *
     * @param start    start offset in the sentence's text
     * @param end      end offset in the sentence's text (exclusive)
     * @param lemma    the word's base form, lower case
     * @param head     index in {@link #words} of the word it depends on, -1 for the sentence's root
     * @param relation the grammatical relation to its head ("root" for the root)
     */
    public record Word(int start, int end, String lemma, int head, String relation) {}

    public DependencyParse {
        words = List.copyOf(words);
        for (Word w : words) {
            if (w.head() < -1 || w.head() >= words.size()) {
                throw new IllegalArgumentException("head " + w.head() + " of '" + w.lemma() + "' outside the sentence's " + words.size() + " words");
            }
        }
    }

    /** The index of the word that holds the character at {@code offset}, or the last word before it; -1 before the first word. */
    public int wordAt(int offset) {
        int found = -1;
        for (int i = 0; i < words.size() && words.get(i).start() <= offset; i++) {
            found = i;
        }
        return found;
    }

    /**
     * The words on the way from word {@code from} up to the lowest word both depend on and down to
     * word {@code to}, both ends included; empty when they are not connected (a parse cut into
     * pieces, which a parser may leave).
     */
    public List<Integer> path(int from, int to) {
        List<Integer> up = headsOf(from);
        List<Integer> down = headsOf(to);
        for (int i = 0; i < up.size(); i++) {
            int j = down.indexOf(up.get(i));
            if (j >= 0) {
                List<Integer> out = new ArrayList<>(up.subList(0, i + 1));
                for (int k = j - 1; k >= 0; k--) {
                    out.add(down.get(k));
                }
                return out;
            }
        }
        return List.of();
    }

    /** The word and the words above it up to the root; a cycle, which a parse must not have, ends the walk. */
    private List<Integer> headsOf(int word) {
        List<Integer> out = new ArrayList<>();
        for (int w = word; w >= 0 && out.size() <= words.size(); w = words.get(w).head()) {
            out.add(w);
        }
        return out;
    }
}
