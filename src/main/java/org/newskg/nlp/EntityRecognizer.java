package org.newskg.nlp;

import java.util.List;

/**
 * A trained named-entity recognizer, like OpenNLP's {@code TokenNameFinder}: the text of one
 * sentence in, labelled spans with a probability out. Implementations load their model once and
 * must be safe to call from several threads at once.
 */
public interface EntityRecognizer {
    /** The recognizer and its model, with versions, as recorded in the graph's provenance. */
    String name();

    /** The entities of one sentence, in text order, with offsets into {@code sentence}. */
    List<RecognizedEntity> recognize(String sentence);
}
