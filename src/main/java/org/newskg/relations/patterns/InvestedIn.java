package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** An organization has invested in another. */
public final class InvestedIn extends RelationDefinition {
    public InvestedIn() {
        super(NKG.investedIn);
        // "Acme Ventures, a company that has invested in Beta and other AI firms"
        pattern("apposition-invested-in", 0.9, "{ORG:s},\\s+{DET}{W3}(?:{ORG_NOUN}|investor)\\s+(?:that|which)\\s+(?:has\\s+|had\\s+)?(?:invested|invests) in\\s+{ORG+:o}");
        // "Acme invested in Beta"; "Acme backed Beta"; "Acme led Beta's funding round"
        pattern("invested-in", 0.85, "{ORG:s}\\s+(?:has\\s+|had\\s+|also\\s+)?(?:invested|invests|backed|backs)\\s+(?:\\$[\\d.,]+\\s+\\w+\\s+)?(?:in\\s+)?{ORG+:o}");
        // "Beta raised $600 million from Acme and Gamma"; "Beta closed a round led by Acme"
        pattern("raised-from", 0.85, "{ORG:o}\\s+(?:has\\s+|had\\s+)?(?:raised|secured|received|closed|landed|won)\\s+[^⟦.;]{0,80}?\\b(?:from|led by|backed by)\\s+"
                + "(?:investors\\s+|backers\\s+)?(?:(?:including|such as|like)\\s+)?{ORG+:s}");
        // "Acme led a $200 million funding round in Beta"
        pattern("led-round-in", 0.85, "{ORG:s}\\s+(?:has\\s+|also\\s+)?(?:led|joined|co-led)\\s+[^⟦.;]{0,60}?\\b(?:round|investment|financing)\\s+(?:in|into|for)\\s+{ORG:o}");
        // "Acme-backed Beta"
        pattern("x-backed", 0.85, "{ORG:s}-(?:backed|funded)\\s+(?:{W3})?{ORG:o}");
        // "Beta, backed by Acme"
        pattern("backed-by", 0.85, "{ORG:o},?\\s+(?:which is\\s+)?(?:backed|funded) by\\s+{ORG+:s}");
    }
}
