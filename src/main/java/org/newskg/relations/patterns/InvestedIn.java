package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/**
 * An organization has invested in another. News names investors in lists ("led by A, with
 * participation from B, C and D"), often in a sentence of their own after the one that names the
 * round ("E and F also participated"): those sentences are about the article's subject.
 */
public final class InvestedIn extends RelationDefinition {
    /** What a company raises: "a $20 million Series A round", "the financing". */
    private static final String ROUND = "(?:round|raise|financing|fundraise|fundraising|funding|investment|deal)";
    private static final String LED = "(?:co-?)?(?:led|headed)";

    public InvestedIn() {
        super(NKG.investedIn);
        // "Acme Ventures, a company that has invested in Beta and other AI firms"
        pattern("apposition-invested-in", 0.9, "{ORG:s},\\s+{DET}{W3}(?:{ORG_NOUN}|investor)\\s+(?:that|which)\\s+(?:has\\s+|had\\s+)?(?:invested|invests) in\\s+{ORG+:o}");
        // "Acme invested in Beta"; "Acme backed Beta"; "Acme, which has invested about $13 billion in Beta"; "Acme will invest another $4 billion in Beta"
        pattern("invested-in", 0.85, "{ORG:s},?\\s+(?:which\\s+|that\\s+)?(?:(?:has|had|also|will|would|agreed to|plans to|is set to)\\s+){0,2}"
                + "(?:invested|invests|invest|backed|backs)\\s+(?:another\\s+|an additional\\s+)?(?:{ABOUT}\\$[\\d.,]+\\s+\\w+\\s+)?(?:in\\s+)?{ORG+:o}");
        // "Acme led Beta's previous round"; "Acme and Gamma also participated in Beta's Series A"
        pattern("led-round-of", 0.85, "{ORG*:s},?\\s+(?:all\\s+)?(?:also\\s+)?(?:led|co-led|joined|participated in|took part in|invested in)\\s+{ORG:o}'s\\s+{W4}(?:"
                + ROUND + "|series \\w+)");
        // "Acme led Beta's previous round, in which Gamma and Delta also took part"
        pattern("round-in-which", 0.85, "{ORG:o}'s\\s+{W4}" + ROUND + "\\b[^.;⟦]{0,60}?,\\s+in which\\s+{ORG*:s},?\\s+(?:all\\s+)?also\\s+(?:took part|participated|invested)");
        // "Beta raised $600 million from Acme and Gamma"; "Beta closed a round led by Acme, sovereign fund Gamma and Delta";
        // "the company, which has raised $80 million across two rounds led by Acme"
        pattern("raised-from", 0.85, "{ORG:o}(?:,\\s+(?:which|that)\\s+|\\s+)(?:has\\s+|had\\s+)?(?:raised|secured|received|closed|landed|won|picked up)\\s+[^⟦.;]{0,80}?\\b(?:from|" + LED
                + " by|backed by)\\s+(?:investors\\s+|backers\\s+)?(?:(?:including|such as|like)\\s+)?{ORG*:s}");
        // "Beta raised $6 million in a round led by Acme, with participation from Gamma and Delta"
        pattern("raised-with-participation", 0.85, "{ORG:o}\\s+(?:has\\s+|had\\s+)?(?:raised|secured|closed|landed|picked up|announced)\\s+[^.;]{0,160}?"
                + "\\bwith (?:participation (?:from|of|by)|(?:investors|backers)\\s+(?:including\\s+)?)\\s*{ORG*:s}");
        // "Beta's latest round drew new investors, including returning backers Acme and Gamma"
        pattern("round-backers", 0.8, "{ORG:o}'s\\s+{W4}(?:" + ROUND + "|series \\w+)\\b[^.;⟦]{0,120}?\\b(?:returning|existing|new|early)\\s+(?:investors|backers)\\s+"
                + "(?:(?:including|such as|like)\\s+)?{ORG*:s}");
        // "Beta's seed round was led by Acme and Gamma"; "its Series B was co-led by Acme"
        pattern("round-led-by", 0.85, "{ORG:o}'s\\s+{W4}" + ROUND + "?\\s*(?:was|is|has been)\\s+" + LED + " by\\s+{ORG*:s}");
        // "Acme led a $200 million funding round in Beta"
        pattern("led-round-in", 0.85, "{ORG:s}\\s+(?:has\\s+|also\\s+)?(?:led|joined|co-led)\\s+[^⟦.;]{0,60}?\\b(?:round|investment|financing)\\s+(?:in|into|for)\\s+{ORG:o}");
        // "Beta counts Acme and Gamma (formerly Delta) among its investors"; "Beta's investors include Acme"; "Beta, whose backers include Acme"
        pattern("counts-among-investors", 0.85, "{ORG:o}[^.;]{0,120}?\\bcounts\\s+{ORG*:s}(?:\\s+\\([^()]{0,60}\\))?\\s+(?:among|as)\\s+its\\s+(?:\\w+\\s+)?(?:investors|backers|shareholders)");
        pattern("investors-include", 0.85, "{ORG:o}(?:'s|,\\s+whose)\\s+(?:\\w+\\s+){0,2}(?:investors|backers|shareholders)\\s+(?:include|included|are|were)\\s+{ORG*:s}");
        // "Acme-backed Beta"
        pattern("x-backed", 0.85, "{ORG:s}-(?:backed|funded)\\s+(?:{W3})?{ORG:o}");
        // "Beta, backed by Acme"; "Beta is backed by Acme and Gamma, as well as sovereign fund Delta"
        pattern("backed-by", 0.85, "{ORG:o},?\\s+(?:which\\s+|that\\s+)?(?:is\\s+|was\\s+|has been\\s+|are\\s+)?(?:also\\s+)?(?:backed|funded) by\\s+{ORG*:s}");

        // sentences about the round of the article's subject
        // "The round was led by Acme and Gamma"; "The $20 million Series A was co-led by Acme"
        aboutTopic("the-round-led-by", 0.8, "^(?:the|this|that)\\s+{W5}(?:" + ROUND + "|series \\w+)\\s+(?:was|is|has been)\\s+" + LED + " by\\s+{ORG*:s}");
        // "..., with participation from Gamma and Delta" in a sentence that opens on the round
        aboutTopic("the-round-participation", 0.8, "^(?:the|this|that)\\s+{W5}(?:" + ROUND + "|series \\w+)\\b[^.;]{0,200}?\\bwith participation (?:from|of|by)\\s+{ORG*:s}");
        // "Acme led the round"; "Acme is leading this round, with Gamma and Delta also participating"
        aboutTopic("led-the-round", 0.8, "^{ORG*:s}\\s+(?:led|co-led|is leading|are leading|headed)\\s+(?:the|this)\\s+{W3}" + ROUND);
        aboutTopic("also-participating", 0.8, "^{ORG}\\s+(?:led|co-led|is leading|are leading)\\s+(?:the|this)\\s+{W3}" + ROUND
                + "[^.;]{0,20}?,\\s+with\\s+{ORG*:s},?\\s+(?:[^.;⟦]{0,40}?\\s)?(?:all\\s+)?(?:also\\s+)?(?:participating|joining|investing)");
        // "Gamma, Delta and Epsilon also participated."; "Automakers A, B and C — all partners — also joined the round."
        aboutTopic("also-participated", 0.8, "^{ORG*:s},?\\s+(?:[—–-][^—–]{0,120}[—–]\\s+)?(?:have\\s+|has\\s+)?(?:all\\s+)?also\\s+"
                + "(?:participated|took part|joined|invested)(?:\\s+in)?(?:\\s+the\\s+{W3}" + ROUND + ")?\\s*[.,;]?$");
        // "Existing backers Gamma and Delta put in more money"; "Epsilon and Zeta joined as new investors"
        aboutTopic("backers-put-in", 0.8, "^(?:the\\s+)?(?:new|existing|returning|early)\\s+(?:investors|backers)\\s+{ORG*:s},?\\s+(?:also\\s+)?"
                + "(?:put in|invested|participated|joined|returned|added)");
        aboutTopic("joined-as-investors", 0.8, "{ORG*:s},?\\s+(?:also\\s+)?joined\\s+(?:the\\s+{W3}" + ROUND + "\\s+)?as\\s+(?:new\\s+)?(?:investors|backers)");
        // "New investors include Gamma and Delta"; "Other backers in the round included Epsilon"
        aboutTopic("investors-include", 0.8, "^(?:the\\s+)?(?:new|other|existing|returning|additional|further|early)\\s+(?:investors|backers)"
                + "(?:\\s+in\\s+the\\s+{W3}" + ROUND + ")?\\s+(?:include|included|are|were)\\s+{ORG*:s}");
    }
}
