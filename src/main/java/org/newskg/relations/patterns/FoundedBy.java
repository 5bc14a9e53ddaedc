package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** An organization was founded or co-founded by a person. */
public final class FoundedBy extends RelationDefinition {
    public FoundedBy() {
        super(NKG.foundedBy);
        // "Acme creator Jane Doe", "Acme founder Jane Doe", "the startup's CEO and co-founder Jane Doe"
        pattern("org-founder-name", 0.9, "{ORG:s}(?:'s)?\\s+(?:{CEO}\\s+and\\s+)?{FOUNDER}(?:\\s+and\\s+{CEO})?,?\\s+{PERSON:o}");
        // "Acme sells chips. Co-founder Jane Doe said ..." in a story about Acme
        ofRecentSubject("title-without-org", 0.8, CeoOf.TITLE_WITHOUT_ORG + "(?:{CEO}\\s+and\\s+)?{FOUNDER}(?:\\s+and\\s+{CEO})?\\s+{PERSON:o}");
        // "Jane Doe, a co-founder of Acme"; "Doe, an investor and co-founder of venture firm Acme"
        // "Jane Doe, cofounder and CEO of Seoul-based chip firm Acme"; "Doe, a Smith supporter and co-founder of Acme"
        pattern("name-founder-of", 0.9, "{PERSON:o},\\s+(?:{DET})?(?:{ANY}\\s+(?!(?:and|or)\\b))?{W5}(?:and\\s+)?{FOUNDER}(?:\\s+and\\s+{CEO})? of {DESCRIPTION}{ORG:s}(?!-based)");
        // "Acme, founded in 2020 by Jane Doe and John Roe"; "Acme was founded by hedge fund manager Jane Doe";
        // "Acme, a startup founded by former Beta researchers Jane Doe and John Roe"
        pattern("founded-by", 0.9, "{ORG:s},?\\s+(?:{DET}{W4}{ORG_NOUN}\\s+)?(?:which\\s+|that\\s+)?(?:was\\s+|is\\s+)?(?:co-?)?founded\\s+"
                + "(?:in\\s+[^⟦,]{0,30}?\\s+)?by\\s+{W6}(?:{ORG}\\s+(?:researchers|engineers|employees|executives|veterans|staff|alumni)\\s+"
                // a name and a noun describe the founder: "Turing Award winner Jane Doe", "Acme veteran Jane Doe"
                + "|{ANY}\\s+(?!(?:and|or)\\b)(?-i:\\p{Ll}+)\\s+)?{PERSON+:o}");
        // "Jane Doe, who co-founded Acme with John Roe"; "she left to start Acme with John Roe"
        pattern("founded-with", 0.85, "\\b(?:(?:co-?)?found(?:ed)?|start(?:ed)?|set\\s+up|establish(?:ed)?)\\s+{ORG:s}\\s+(?:in\\s+{YEAR}\\s+)?(?:together\\s+|along\\s+)?with\\s+{W3}{PERSON+:o}");
        // "Jane Doe founded Acme"; "Jane Doe, who co-founded Acme"
        pattern("name-founded", 0.85, "{PERSON+:o},?\\s+(?:who\\s+)?(?:co-?)?founded\\s+{W2}{ORG:s}");
        // "Jane Doe, Acme's co-founder"; "Jane Doe, Acme's CEO and co-founder"
        pattern("name-org-founder", 0.9, "{PERSON:o},\\s+(?:who\\s+is\\s+(?:also\\s+)?)?{ORG:s}'s\\s+(?:{CEO}\\s+and\\s+)?{FOUNDER}\\b");
        // "Doe, along with her co-founders John Roe and Ann Poe, ...": in a story about Acme, the co-founders are Acme's,
        // and so is Doe, whose co-founders they are
        aboutTopic("her-cofounders", 0.8, "\\b(?:his|her|their)\\s+co-?founders?,?\\s+{PERSON+:o}");
        aboutTopic("with-her-cofounders", 0.8, "{PERSON:o}{ASIDE},?\\s+(?:along|together)\\s+with\\s+(?:his|her|their)\\s+co-?founders?\\b");
        // "the lab and its founder, Jane Doe"
        pattern("its-founder", 0.85, "{ORG:s} and its {FOUNDER},? {PERSON:o}");
        // "Acme's founder, Jane Doe"
        pattern("possessive-founder", 0.9, "{ORG:s}'s\\s+(?:\\w+\\s+)?{FOUNDER},?\\s+{PERSON:o}");
    }
}
