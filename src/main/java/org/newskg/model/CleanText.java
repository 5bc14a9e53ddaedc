package org.newskg.model;

/**
 * An article's body with page furniture removed, and for every character of it the offset of
 * the character it came from in the original file. Paragraphs are separated by a blank line;
 * wrapped lines are joined with a space.
 */
public final class CleanText {
    private final String text;
    private final int[] toOriginal;
    private final int originalLength;

    public CleanText(String text, int[] toOriginal, int originalLength) {
        if (text.length() != toOriginal.length) {
            throw new IllegalArgumentException("offset map does not fit the text");
        }
        this.text = text;
        this.toOriginal = toOriginal;
        this.originalLength = originalLength;
    }

    public String text() {
        return text;
    }

    /** Offset in the original file of the character at {@code offset} of the clean text. */
    public int originalOffset(int offset) {
        if (offset < toOriginal.length) {
            return toOriginal[offset];
        }
        return toOriginal.length == 0 ? originalLength : toOriginal[toOriginal.length - 1] + 1;
    }

    /** Exclusive end offset in the original file of a span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        return end == 0 ? originalOffset(0) : toOriginal[end - 1] + 1;
    }
}
