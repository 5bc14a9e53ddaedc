package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** A person is the chief executive of an organization. */
public final class CeoOf extends RelationDefinition {
    public CeoOf() {
        super(NKG.ceoOf);
        // "Jane Doe, CEO of Acme"; "Jane Doe, the chief executive of Acme"
        pattern("name-ceo-of", 0.95, "{PERSON:s},\\s+(?:{DET})?(?:co-?founder and\\s+)?{CEO}\\s+(?:and\\s+co-?founder\\s+)?(?:of|at)\\s+{ORG:o}");
        // "Jane Doe, Acme's chief executive"
        // "Jane Doe, its chief executive"; "Doe, who is also the company's chief executive"
        pattern("name-org-ceo", 0.9, "{PERSON:s},\\s+(?:who\\s+is\\s+(?:also\\s+)?)?{ORG:o}'s\\s+(?:co-?founder and\\s+)?{CEO}\\b");
        // "Acme, whose chief executive is Jane Doe"
        pattern("whose-ceo-is", 0.9, "{ORG:o},?\\s+whose\\s+{CEO}\\s+(?:is|was)\\s+{PERSON:s}");
        // "Acme is led by chief executive Jane Doe"
        pattern("led-by-ceo", 0.9, "{ORG:o},?\\s+(?:is|was|has been)\\s+(?:led|run|headed)\\s+by\\s+(?:its\\s+)?(?:co-?founder and\\s+)?{CEO}\\s+{PERSON:s}");
        // "Acme CEO Jane Doe"; "Acme's chief executive, Jane Doe"
        pattern("org-ceo-name", 0.95, "{ORG:o}(?:'s)?\\s+(?:co-?founder and\\s+)?{CEO},?\\s+{PERSON:s}");
        // "Jane Doe is the CEO of Acme"
        pattern("is-ceo-of", 0.9, "{PERSON:s}\\s+(?:is|was|became|has been)\\s+(?:{DET})?{CEO}\\s+(?:of|at)\\s+{ORG:o}");
    }
}
