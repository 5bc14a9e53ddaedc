package org.newskg.mentions;

import org.newskg.entities.EntityType;

/**
 * A stretch of an article's clean text that names or refers to an entity.
 *
 * @param sentence   index of the sentence it stands in
 * @param start      start offset in the clean text
 * @param end        end offset in the clean text (exclusive)
 * @param text       the surface form, as written
 * @param type       the type context gives it
 * @param antecedent for a reference ("the company", "it"), the index in the article's mention
 *                   list of the name it refers to; -1 for a name
 */
public record Mention(int sentence, int start, int end, String text, EntityType type, int antecedent) {
    public boolean isName() {
        return antecedent < 0;
    }

    public Mention withType(EntityType newType) {
        return new Mention(sentence, start, end, text, newType, antecedent);
    }
}
