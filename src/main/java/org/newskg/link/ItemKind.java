package org.newskg.link;

import java.util.Locale;
import java.util.Optional;
import org.newskg.model.EntityType;

/**
 * The coarse kind of a Wikidata item, on the scale of the entity types' roots: what decides
 * whether an item can be the entity at all. {@link #OTHER} is everything no news entity here can
 * be (fruit, animals, rivers' namesakes in the sky, films, apps and other products);
 * {@link #UNKNOWN} is an item nothing tells the kind of.
 */
public enum ItemKind {
    PERSON, ORGANIZATION, AI_MODEL, CHIP, PRODUCT, PLACE, BENCHMARK, TECHNIQUE, OTHER, UNKNOWN;

    /** How explanations name the kind. */
    public String label() {
        return this == AI_MODEL ? "AI model" : name().toLowerCase(Locale.ROOT);
    }

    /** Whether an item of this kind can be an entity that wants {@code wanted}: the same kind, or a model or chip for a product. */
    public boolean fits(ItemKind wanted) {
        return this == wanted || wanted == PRODUCT && (this == AI_MODEL || this == CHIP);
    }

    /** The entity type that stands for items of this kind; empty for kinds no entity of the graph has. */
    public Optional<EntityType> entityType() {
        return Optional.ofNullable(switch (this) {
            case PERSON -> EntityType.PERSON;
            case ORGANIZATION -> EntityType.ORGANIZATION;
            case AI_MODEL -> EntityType.AI_MODEL;
            case CHIP -> EntityType.CHIP;
            case PRODUCT -> EntityType.PRODUCT;
            case PLACE -> EntityType.PLACE;
            case BENCHMARK -> EntityType.BENCHMARK;
            case TECHNIQUE -> EntityType.TECHNIQUE;
            case OTHER, UNKNOWN -> null;
        });
    }

    /** The kind of item an entity of this type can link to. */
    public static ItemKind of(EntityType type) {
        if (type.isA(EntityType.AI_MODEL)) {
            return AI_MODEL;
        }
        if (type.isA(EntityType.CHIP)) {
            return CHIP;
        }
        return switch (type.root()) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case PRODUCT -> PRODUCT;
            case PLACE -> PLACE;
            case BENCHMARK -> BENCHMARK;
            case TECHNIQUE -> TECHNIQUE;
            default -> throw new IllegalArgumentException("no item kind for the root type " + type.root());
        };
    }
}
