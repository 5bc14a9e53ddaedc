package org.newskg.model;

/**
 * One sentence that states a fact.
 *
 * @param articleId     the article
 * @param sentenceIndex the sentence's index in the article
 * @param begin         offset in the original file where the sentence starts
 * @param end           offset in the original file where the sentence ends (exclusive)
 * @param sentenceText  the sentence, page furniture removed
 * @param reader        name of the reader that read it
 * @param rule          name of the extraction rule that read the fact
 * @param assertedBy    key of the entity the sentence attributes the fact to, or null when the
 *                      article states it in its own voice
 * @param hedged        the sentence reports a claim, estimate or possibility
 * @param confidence    the rule's confidence for this reading, 0..1
 */
public record Evidence(String articleId, int sentenceIndex, int begin, int end, String sentenceText,
                       String reader, String rule, String assertedBy, boolean hedged, double confidence) {}
