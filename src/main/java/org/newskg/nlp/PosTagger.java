package org.newskg.nlp;

import java.util.List;
import org.newskg.model.Sentence;

/**
 * Tokenizes and part-of-speech tags the opening words of a sentence. Only the opening is offered
 * because that is all the later stages ask about (is a capitalized first word a name or just
 * capitalized?), and tagging whole sentences would cost more than everything else the extractor
 * does. Implementations must be safe to call from several threads at once.
 */
public interface PosTagger {
    /**
     * @param sentence a sentence from a {@link SentenceSplitter}
     * @param words how many of its first tokens to return, at most
     * @return those tokens with offsets into the same text as the sentence's, each with its UD tag
     */
    List<Token> tagOpening(Sentence sentence, int words);
}
