package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** A person works for an organization: analyst, professor, partner, director, president ... */
public final class EmployedBy extends RelationDefinition {
    public EmployedBy() {
        super(NKG.employedBy);
        // "Jane Doe, a senior analyst at Acme"; "Jane Doe, managing director of Acme Ventures";
        // "Jane Doe, an engineer turned policy expert at the Acme Institute"
        pattern("name-title-at", 0.9, "{PERSON:s},\\s+(?:{DET})?(?:[\\w-]+\\s+){0,4}?{JOB}\\s+(?:at|of|for|with)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,4}?{ORG:o}");
        // "Acme analyst Jane Doe"; "Acme's chief scientist Jane Doe"
        pattern("org-title-name", 0.85, "{ORG:o}(?:'s)?\\s+{JOB},?\\s+{PERSON:s}");
        // "Jane Doe is now chief scientist at Acme"
        pattern("is-title-at", 0.85, "{PERSON:s}\\s+(?:is|was|has been|became|serves as|served as)\\s+(?:now\\s+)?(?:{DET})?(?:[\\w-]+\\s+){0,3}?{JOB}\\s+(?:at|of|for|with)\\s+(?:the\\s+)?{ORG:o}");
        // "Jane Doe, Acme's VP of software"; "Jane Doe, who became Acme's chief technology officer"
        pattern("name-org-title", 0.85, "{PERSON:s},?\\s+(?:(?:who\\s+)?(?:is|was|became|becomes|is now|remains)\\s+)?{ORG:o}'s\\s+(?:[\\w-]+\\s+){0,2}?{JOB}\\b");
        // "Acme hired Jane Doe as its head of research"
        pattern("hired", 0.8, "{ORG:o}\\s+(?:has\\s+|recently\\s+)?(?:hired|appointed|named|recruited|poached)\\s+{PERSON:s}\\s+as\\b");
        // "Jane Doe, who works at Acme"; "Jane Doe, who joined Acme"
        pattern("works-at", 0.85, "{PERSON:s},?\\s+(?:who\\s+)?(?:works|worked|joined)\\s+(?:at|for)?\\s*{ORG:o}");
    }
}
