package org.newskg.model;

/**
 * A stretch of an article's clean text that names or refers to an entity.
 *
 * @param sentence   index of the sentence it stands in
 * @param start      start offset in the clean text
 * @param end        end offset in the clean text (exclusive)
 * @param text       the surface form, as written
 * @param name       the name it stands for: the surface form without a possessive, or the
 *                   canonical name of a lexicon entry ("China" for "Chinese")
 * @param type       the type local context gives it, or null when the context says nothing
 * @param weight     how strongly the context supports that type (0 when untyped)
 * @param antecedent for a reference ("the company", "its"), the index in the article's mention
 *                   list of the name it refers to; -1 for a name
 */
public record Mention(int sentence, int start, int end, String text, String name, EntityType type, double weight,
                      int antecedent) {
    public boolean isName() {
        return antecedent < 0;
    }

    public Mention typed(EntityType newType, double newWeight) {
        return new Mention(sentence, start, end, text, name, newType, newWeight, antecedent);
    }
}
