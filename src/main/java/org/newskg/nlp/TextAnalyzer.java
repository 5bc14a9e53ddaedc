package org.newskg.nlp;

import java.util.List;

/**
 * Splits text into sentences and tokens and tags them, like OpenNLP's own interfaces but in one
 * call. Instances need not be thread-safe: use one per thread.
 */
public interface TextAnalyzer {
    /**
     * @param text clean text; a blank line is a paragraph break, and no sentence crosses one
     * @return the sentences in order, numbered from 0, with offsets into {@code text}
     */
    List<Sentence> analyze(String text);
}
