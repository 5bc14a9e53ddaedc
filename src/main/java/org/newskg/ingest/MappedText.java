package org.newskg.ingest;

/**
 * Text taken out of a source, with the offset in the source of each of its characters.
 *
 * @param text          the text
 * @param sourceOffsets for each character of {@code text}, where it stands in the source
 */
record MappedText(String text, int[] sourceOffsets) {
    MappedText {
        if (text.length() != sourceOffsets.length) {
            throw new IllegalArgumentException("offset map does not fit the text");
        }
    }
}
