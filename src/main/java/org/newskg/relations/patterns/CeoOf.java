package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** A person is the chief executive of an organization. */
public final class CeoOf extends RelationDefinition {
    /**
     * Where a title stands without an organization before it: at the start of the sentence or a
     * clause, or after a lowercase word ("said", "what", "by"); not after a name ("Acme CEO"), a
     * possessive ("its CEO", "Acme's"), "whose" (the title is the owner's) or a word that makes it
     * a past one ("former CEO").
     */
    static final String TITLE_WITHOUT_ORG = "(?:^|[,;:]\\s+|\\b(?!(?:its|their|his|her|our|whose|former|ex|then|previous|late|the)\\b)(?-i:\\p{Ll}+)\\s+)";
    /** A title in apposition that names no organization: "Jane Doe, CEO, said"; "Jane Doe (CTO) and John Roe". */
    static final String BARE_APPOSITION = "(?:,\\s+|\\s+\\()(?:co-?founder and\\s+)?%s(?:\\s+and\\s+co-?founder)?\\s*(?:[,;)–]|$)";

    public CeoOf() {
        super(NKG.ceoOf);
        // "Jane Doe, CEO of Acme"; "Jane Doe, the chief executive of Acme"; "Jane Doe, cofounder and CEO of Seoul-based chip firm Acme"
        pattern("name-ceo-of", 0.95, "{PERSON:s},\\s+(?:{DET})?(?:co-?founder and\\s+)?{CEO}\\s+(?:and\\s+co-?founder\\s+)?(?:of|at)\\s+{DESCRIPTION}{ORG:o}(?!-based)");
        // "Jane Doe, Acme's chief executive"
        // "Jane Doe, its chief executive"; "Doe, who is also the company's chief executive"
        pattern("name-org-ceo", 0.9, "{PERSON:s},\\s+(?:who\\s+is\\s+(?:also\\s+)?)?{ORG:o}'s\\s+(?:co-?founder and\\s+)?{CEO}\\b");
        // "Acme, whose chief executive is Jane Doe"
        pattern("whose-ceo-is", 0.9, "{ORG:o},?\\s+whose\\s+{CEO}\\s+(?:is|was)\\s+{PERSON:s}");
        // "Acme is led by chief executive Jane Doe"
        pattern("led-by-ceo", 0.9, "{ORG:o},?\\s+(?:is|was|has been)\\s+(?:led|run|headed)\\s+by\\s+(?:its\\s+)?(?:co-?founder and\\s+)?{CEO}\\s+{PERSON:s}");
        // "Acme CEO Jane Doe"; "Acme's chief executive, Jane Doe"; "the startup's CEO and co-founder Jane Doe"
        pattern("org-ceo-name", 0.95, "{ORG:o}(?:'s)?\\s+(?:co-?founder and\\s+)?{CEO}(?:\\s+and\\s+co-?founder)?,?\\s+{PERSON:s}");
        // "Acme sells chips. CEO Jane Doe said ...": in a story about Acme, a title that names no organization is Acme's
        ofRecentSubject("title-without-org", 0.8, TITLE_WITHOUT_ORG + "(?:co-?founder and\\s+)?{CEO}(?:\\s+and\\s+co-?founder)?\\s+{PERSON:s}");
        // "Acme raised $5 million. Jane Doe, CEO, and John Roe, CTO, met in school."
        ofRecentSubject("name-title-without-org", 0.8, "{PERSON:s}" + BARE_APPOSITION.formatted("{CEO}"));
        // "Jane Doe is the CEO of Acme"
        pattern("is-ceo-of", 0.9, "{PERSON:s}\\s+(?:is|was|became|has been)\\s+(?:{DET})?{CEO}\\s+(?:of|at)\\s+{ORG:o}");
    }
}
