package org.newskg.nlp;

import java.util.List;

/**
 * Splits text into sentences, like OpenNLP's {@code SentenceDetector} but paragraph-aware.
 * Instances need not be thread-safe: use one per thread.
 */
public interface SentenceSplitter {
    /**
     * @param text clean text; a blank line is a paragraph break, and no sentence crosses one
     * @return the sentences in order, numbered from 0, with offsets into {@code text}
     */
    List<Sentence> split(String text);
}
