package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** The object owns or contains the subject: a branch, unit, subsidiary or product company. */
public final class ParentOrganization extends RelationDefinition {
    public ParentOrganization() {
        super(NKG.parentOrganization);
        // "Beta, a research branch of Acme"
        pattern("unit-of", 0.85, "{ORG:s},\\s+{DET}?{W4}(?:branch|unit|division|arm|subsidiary|affiliate|department) (?:of|at|within) {ORG:o}");
        // "Acme (ACME), Beta's parent company"
        pattern("parent-apposition", 0.9, "{ORG:o}\\s+(?:\\([A-Z.]+\\)\\s*)?,\\s+{ORG:s}'s parent(?: company| firm| group)?");
        // "Beta parent company Acme"; "Beta's parent Acme"
        pattern("parent-before-name", 0.9, "{ORG:s}(?:'s)?\\s+parent(?: company| firm| group)?,?\\s+{ORG:o}");
        // "Acme-owned Beta"; "Beta, owned by Acme"
        pattern("owned-by", 0.85, "{ORG:s},?\\s+(?:which is\\s+|is\\s+)?(?:owned|acquired) by {ORG:o}");
        pattern("x-owned", 0.85, "{ORG:o}-owned\\s+(?:{W3})?{ORG:s}");
        // "Beta is a subsidiary of Acme"
        pattern("is-unit-of", 0.85, "{ORG:s}\\s+(?:is|was|became|has been)\\s+{DET}?{W3}(?:branch|unit|division|arm|subsidiary|affiliate) (?:of|at|within) {ORG:o}");
        // "Acme's subsidiary Beta"; "the company's research arm Beta" (not "Acme's former unit Beta")
        pattern("possessive-subsidiary", 0.85, "{ORG:o}'s\\s+(?:(?!(?:former|ex|onetime|one-time)\\b)[\\w-]+\\s+)?(?:subsidiary|unit|division|arm|branch)\\s+{ORG:s}");
        // "Beta raised money for its parent company Acme": Acme owns the company named before it
        never(End.SUBJECT, Against.EARLIER, "\\bparent(?:\\s+(?:company|firm|group|organi[sz]ation))?");
        // "Acme and its subsidiary Beta": Beta is owned by it
        never(End.OBJECT, Against.EARLIER, "\\b(?:subsidiary|subsidiaries|unit|division|affiliate|spin-?off)");
    }
}
