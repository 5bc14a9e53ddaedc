package org.newskg.link;

/**
 * Why a decision came out the way it did; the link methods are also the provenance rules
 * ({@code nkg:extractedBy <rule/link-exact-label>}) of the links in the graph.
 */
public enum LinkMethod {
    EXACT_LABEL("link-exact-label"),
    ALIAS("link-alias"),
    FUZZY("link-fuzzy"),
    /** No item has a name like the entity's. */
    NO_CANDIDATE("nil-no-candidate"),
    /** The best item scores below the threshold: wrong type, weak name, no context. */
    BELOW_THRESHOLD("nil-below-threshold"),
    /** Two items score too close to tell apart. */
    AMBIGUOUS("nil-ambiguous");

    private final String ruleName;

    LinkMethod(String ruleName) {
        this.ruleName = ruleName;
    }

    public String ruleName() {
        return ruleName;
    }

    static LinkMethod of(MatchKind match) {
        return switch (match) {
            case EXACT_LABEL -> EXACT_LABEL;
            case ALIAS -> ALIAS;
            case FUZZY -> FUZZY;
        };
    }
}
