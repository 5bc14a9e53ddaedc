package org.newskg.nlp;

import java.util.List;

/**
 * One sentence of an article: its index in the article, its span in the clean text, its text and
 * its tokens.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the token that starts at {@code offset}, or -1. */
    public int tokenStartingAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }
}
