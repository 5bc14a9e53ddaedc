package org.newskg.relations;

import java.util.List;
import org.newskg.model.Reading;

/**
 * Reads relations in one sentence, in the manner of OpenNLP's components: a plain value in (the
 * sentence with the article's mentions), plain values out (readings between those mentions, each
 * with a confidence and the name of the rule that read it). Rule-based and learned readers sit
 * behind this one interface, so that either can be swapped or several combined: the pipeline
 * runs every reader on every sentence and keeps all their readings; entity resolution then merges
 * readings of the same fact (see {@code entities.FactAssembler}).
 *
 * <p>Implementations must be safe to call from several threads at once: per-article work runs in
 * parallel and readers are shared.
 */
public interface RelationReader {
    /** The reader's name, with the version of its model where it has one; recorded with every rule it applies. */
    String name();

    /** The readings of one sentence; mention indices are into {@link ArticleSentence#mentions()}. */
    List<Reading> read(ArticleSentence sentence);
}
