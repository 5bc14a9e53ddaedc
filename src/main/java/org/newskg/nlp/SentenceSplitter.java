package org.newskg.nlp;

import java.util.List;
import org.newskg.model.Sentence;

/**
 * Splits text into sentences, like OpenNLP's {@code SentenceDetector} but paragraph-aware.
 * Implementations must be safe to call from several threads at once.
 *
 */
public interface SentenceSplitter {
    /**
     * @param text clean text; a blank line is a paragraph break, and no sentence crosses one
     * @return the sentences in order, numbered from 0, with offsets into {@code text}
     */
    List<Sentence> split(String text);
}
