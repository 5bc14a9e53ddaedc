package org.newskg.nlp;

/** One token: its span in the clean text, its form and its universal POS tag (UD: PROPN, NOUN, VERB ...). */
public record Token(int start, int end, String text, String tag) {
    public boolean isProperNoun() {
        return "PROPN".equals(tag);
    }
}
