package org.newskg.link;

/** How a candidate's names met the entity's, strongest first. */
public enum MatchKind {
    /** A name of the entity is the item's label. */
    EXACT_LABEL,
    /** A name of the entity is one of the item's aliases. */
    ALIAS,
    /** A name of the entity is close to the item's label or an alias (a misspelling). */
    FUZZY
}
