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
 * @param weight     how strongly the evidence supports that type (0 when untyped)
 * @param typedBy    where the type comes from: {@link #CONTEXT} for the words around this mention,
 *                   else the name of the detector or name rule that typed it; null when untyped
 * @param antecedent for a reference ("the company", "its"), the index in the article's mention
 *                   list of the name it refers to; -1 for a name
 */
public record Mention(int sentence, int start, int end, String text, String name, EntityType type, double weight,
                      String typedBy, int antecedent) {
    /** {@link #typedBy} of a type read from the words around the mention. */
    public static final String CONTEXT = "context";
    /**
     * Weight below which a detector's type is a guess: it votes in entity resolution, but relation
     * readers and references see the name as untyped (a recognizer barely preferring "person" for
     * a company must not keep "X, founded by Y" from reading).
     */
    public static final double FIRM_WEIGHT = 1;

    /** The type relation readers and references go by: null when untyped or only guessed by a detector. */
    public EntityType firmType() {
        return type != null && weight < FIRM_WEIGHT && !CONTEXT.equals(typedBy) ? null : type;
    }

    public boolean isName() {
        return antecedent < 0;
    }

    public Mention typed(EntityType newType, double newWeight, String source) {
        return new Mention(sentence, start, end, text, name, newType, newWeight, newType == null ? null : source, antecedent);
    }
}
