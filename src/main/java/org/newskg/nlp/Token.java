package org.newskg.nlp;

/**
 * One token: its span in the clean text, its form, its universal POS tag (UD: PROPN, NOUN, VERB ...)
 * and its lemma.
 */
public record Token(int start, int end, String text, String tag, String lemma) {
    public boolean isProperNoun() {
        return "PROPN".equals(tag);
    }

}
