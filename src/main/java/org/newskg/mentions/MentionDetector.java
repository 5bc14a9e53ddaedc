package org.newskg.mentions;

import java.util.List;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;

/**
 * Finds names, in the manner of OpenNLP's {@code TokenNameFinder}: sentences in, typed spans with
 * a probability out. A detector is given all sentences of one article at a time, because some
 * evidence of a name lies elsewhere in the article (a word capitalized mid-sentence is a name where
 * it opens a sentence too), as OpenNLP's name finders keep adaptive data per document. Rule-based
 * and statistical detectors sit behind this one interface; {@link NameSpanCombiner} merges what
 * several of them find.
 *
 * <p>Implementations must be safe to call from several threads at once.
 */
public interface MentionDetector {
    /** The detector's name, with its model's version where it has one. */
    String name();

    /** The names found in one article's sentences, in text order. */
    List<NameSpan> detect(List<Sentence> sentences);
}
