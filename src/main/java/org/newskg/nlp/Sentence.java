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
}
