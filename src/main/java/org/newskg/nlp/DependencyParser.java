package org.newskg.nlp;

import org.newskg.model.DependencyParse;

/**
 * A trained dependency parser: the text of one sentence in, its words with their heads and
 * grammatical relations out, with offsets into that text. Implementations load their model once
 * and must be safe to call from several threads at once.
 */
public interface DependencyParser {
    /** The parser and its model, with versions. */
    String name();

    /** The parse of one sentence. */
    DependencyParse parse(String sentence);
}
