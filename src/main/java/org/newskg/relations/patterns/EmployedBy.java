package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** A person works for an organization: analyst, professor, partner, director, president ... */
public final class EmployedBy extends RelationDefinition {
    /**
     * Titles held inside one organization, so that one without a name before it ("managing director
     * Jane Doe said") is of the article's subject; not "president" or "analyst", which news gives
     * to people of governments and other firms as well.
     */
    private static final String OFFICER = "(?:managing director|managing partner|general partner|chief [a-z]+ officer|chief scientist|"
            + "CTO|COO|CFO|CSO|CPO|chairman|chairwoman)";

    public EmployedBy() {
        super(NKG.employedBy);
        // "Jane Doe, a senior analyst at Acme"; "Jane Doe, managing director of Acme Ventures";
        // "Jane Doe, an engineer turned policy expert at the Acme Institute"
        pattern("name-title-at", 0.9, "{PERSON:s},\\s+(?:{DET})?(?:[\\w-]+\\s+){0,4}?{JOB}\\s+(?:at|of|for|with)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,4}?{ORG:o}");
        // "Acme analyst Jane Doe"; "Acme's chief scientist Jane Doe"
        pattern("org-title-name", 0.85, "{ORG:o}(?:'s)?\\s+{JOB},?\\s+{PERSON:s}");
        // "Jane Doe, the famed Acme engineer"; "Jane Doe, a senior Acme researcher"
        pattern("name-the-org-title", 0.85, "{PERSON:s},\\s+{DET}(?:[\\w-]+\\s+){0,2}?{ORG:o}\\s+{JOB}\\b");
        // "Acme raised a fund. ..., managing director Jane Doe said": a title that names no organization is the subject's
        ofRecentSubject("officer-without-org", 0.75, CeoOf.TITLE_WITHOUT_ORG + OFFICER + ",?\\s+{PERSON:s}");
        ofRecentSubject("name-officer-without-org", 0.75, "{PERSON:s}" + CeoOf.BARE_APPOSITION.formatted(OFFICER));
        // "Jane Doe is now chief scientist at Acme"
        pattern("is-title-at", 0.85, "{PERSON:s}\\s+(?:is|was|has been|became|serves as|served as)\\s+(?:now\\s+)?(?:{DET})?(?:[\\w-]+\\s+){0,3}?{JOB}\\s+(?:at|of|for|with)\\s+(?:the\\s+)?{ORG:o}");
        // "Jane Doe, Acme's VP of software"; "Jane Doe, who became Acme's chief technology officer"
        pattern("name-org-title", 0.85, "{PERSON:s},?\\s+(?:(?:who\\s+)?(?:is|was|became|becomes|is now|remains)\\s+)?{ORG:o}'s\\s+(?:[\\w-]+\\s+){0,2}?{JOB}\\b");
        // "Acme hired Jane Doe as its head of research"
        pattern("hired", 0.8, "{ORG:o}\\s+(?:has\\s+|recently\\s+)?(?:hired|appointed|named|recruited|poached)\\s+{PERSON:s}\\s+as\\b");
        // "Jane Doe, who works at Acme"; "Jane Doe, who joined Acme"; "Jane Doe joined the Acme team" (not "the Acme-backed startup")
        pattern("works-at", 0.85, "{PERSON:s},?\\s+(?:who\\s+)?(?:works|worked|joined)\\s+(?:at|for)?\\s*(?:the\\s+)?{ORG:o}(?!-)");
        // "Before joining Acme, Doe led research at Beta": where a biography's subject is now
        pattern("before-joining", 0.85, "\\b(?:prior\\s+to|before|since)\\s+joining\\s+(?:the\\s+)?{ORG:o}(?:\\s+in\\s+{YEAR})?,\\s+{PERSON:s}");
        // "a graduate of Acme University", "who studied physics at", "attended (Summer School at)", "a degree from",
        // "her alma mater, Acme University": where a person learned is not where they work; not
        // "a professor of religious studies at", "an attending physician at", "the MBA program at"
        never(End.OBJECT, Against.ANY, "\\b(?:graduated?|alumn(?:us|a|i|ae)|pupil)\\s+(?:of|from)"
                + "|\\b(?:studied|educated|enrolled|schooled)\\s+(?:[\\w-]+\\s+){0,3}?(?:at|in|from)"
                + "|\\battended(?:(?:\\s+(?-i:\\p{Lu}[\\w-]*)){0,4}\\s+at)?|\\balma\\s+mater"
                + "|\\b(?:degrees?|diploma|doctorate|ph\\.?\\s?d\\.?|mba|master['’]?s|bachelor['’]?s)\\s+(?:(?:in|of)\\s+(?:[\\w-]+\\s+){1,4}?)?from");
    }
}
