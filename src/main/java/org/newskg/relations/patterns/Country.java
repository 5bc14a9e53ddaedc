package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** The country an organization is from. */
public final class Country extends RelationDefinition {
    public Country() {
        super(NKG.country);
        // "Chinese startup Acme"; "the Chinese AI startup Acme"; "a Chinese hedge fund called Acme"
        pattern("demonym-org-noun", 0.9, "{COUNTRY:o}\\s+(?:language\\s+)?(?:[\\w-]+\\s+){0,3}?{ORG_NOUN}\\s+(?:called\\s+|named\\s+)?{ORG:s}");
        // "French investors Acme, Beta and Gamma": a plural noun makes the demonym every item's (a
        // singular one, "Chinese startup Acme and Beta", is only the first's, as above)
        pattern("demonym-plural-list", 0.85, "{COUNTRY:o}\\s+(?:[\\w-]+\\s+){0,2}?(?:players|investors|backers|firms|companies|startups|start-ups|groups|funds|banks|labs)\\s+{ORG+:s}");
        // "Acme, an AI research lab from China"; "Acme, a startup based in France"
        pattern("org-from-country", 0.85, "{ORG:s},\\s+{DET}{W4}{ORG_NOUN}\\s+(?:from|in|out of|based in|headquartered in)\\s+{COUNTRY:o}");
        // "Acme is headquartered in France"
        pattern("based-in", 0.85, "{ORG:s},?\\s+(?:which is\\s+|is\\s+|was\\s+)?(?:based|headquartered)\\s+in\\s+(?:[\\p{Lu}][\\w-]+,\\s+)?{COUNTRY:o}");
        // "Acme, one of China's best-performing hedge funds"; "Acme, South Korea's largest mobile operator" (not
        // "Acme, China's largest chipmaker Beta", where the description is Beta's)
        pattern("country-s-description", 0.85, "{ORG:s},\\s+(?:(?:one of|among)\\s+)?{COUNTRY:o}'s\\s+{W4}{ORG_NOUN}\\b(?!\\s+⟦)");
        // "Acme, a Chinese company"; "Acme is a French startup"
        pattern("is-a-demonym", 0.85, "{ORG:s}(?:,|\\s+is)\\s+{DET}(?:[\\w-]+\\s+){0,2}?{COUNTRY:o}\\s+(?:language\\s+)?{W3}{ORG_NOUN}");
        // "South Korea's Acme"; "France's biggest chipmaker Acme"
        pattern("country-s-org", 0.8, "{COUNTRY:o}'s\\s+(?:(?:[\\w-]+\\s+){0,3}?{ORG_NOUN}\\s+)?{ORG:s}");
        // "Taiwanese Acme", as news writes a foreign company: a demonym right before the name
        pattern("demonym-org", 0.8, "(?:^|\\b(?:the|by|from|and|with|of|to|for|as|said|says)\\s+){COUNTRY:o}\\s+{ORG:s}");
    }
}
