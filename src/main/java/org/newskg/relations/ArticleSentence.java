package org.newskg.relations;

import java.util.List;
import org.newskg.model.Mention;
import org.newskg.model.Sentence;

/**
 * What a {@link RelationReader} reads: one sentence of an article, the article's mentions (names
 * and resolved references, in text order), and which of them stand in the sentence. Readers may
 * look at mentions of other sentences (an antecedent, the article's subject), but a reading is
 * evidence from this sentence only.
 *
 * @param sentence the sentence
 * @param mentions all mentions of the article, in text order
 * @param first    index of the sentence's first mention in {@code mentions}
 * @param end      index after its last mention ({@code first == end} for a sentence without mentions)
 * @param topic    index in {@code mentions} of the organization the article is about ({@link ArticleTopic}), or -1
 * @param context  what value readers may need beyond the sentence (the publication date)
 */
public record ArticleSentence(Sentence sentence, List<Mention> mentions, int first, int end, int topic, ValueContext context) {
    public ArticleSentence {
        mentions = List.copyOf(mentions);
        if (first < 0 || end < first || end > mentions.size()) {
            throw new IllegalArgumentException("mention range [" + first + ", " + end + ") outside 0.." + mentions.size());
        }
        if (topic < -1 || topic >= mentions.size()) {
            throw new IllegalArgumentException("topic " + topic + " outside -1.." + (mentions.size() - 1));
        }
    }

    /** A sentence whose article's subject is found from {@code mentions} by {@link ArticleTopic}. */
    public ArticleSentence(Sentence sentence, List<Mention> mentions, int first, int end, ValueContext context) {
        this(sentence, mentions, first, end, ArticleTopic.of(mentions), context);
    }

    /** The mentions that stand in this sentence. */
    public List<Mention> inSentence() {
        return mentions.subList(first, end);
    }

    /**
     * The sentences of an article, each with its range of mentions: the unit every reader is given.
     * {@code mentions} must be in text order, as the mention stages produce them.
     */
    public static List<ArticleSentence> of(List<Sentence> sentences, List<Mention> mentions, ValueContext context) {
        List<Mention> all = List.copyOf(mentions);
        int topic = ArticleTopic.of(all);
        List<ArticleSentence> out = new java.util.ArrayList<>(sentences.size());
        int first = 0;
        for (Sentence s : sentences) {
            while (first < all.size() && all.get(first).sentence() < s.index()) {
                first++;
            }
            int end = first;
            while (end < all.size() && all.get(end).sentence() == s.index()) {
                end++;
            }
            out.add(new ArticleSentence(s, all, first, end, topic, context));
            first = end;
        }
        return out;
    }
}
