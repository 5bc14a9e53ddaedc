package org.newskg.relations.patterns;

import org.newskg.model.FactObject;
import org.newskg.relations.ValueContext;
import org.newskg.relations.Values;
import org.newskg.vocab.NKG;

/** When an organization was founded. */
public final class FoundingDate extends RelationDefinition {
    public FoundingDate() {
        super(NKG.foundingDate);
        // "The company, founded in late 2023 by ..."; "Acme was established in 2015"
        pattern("founded-in", 0.9, "{ORG:s},?\\s+(?:which\\s+|that\\s+)?(?:was\\s+)?(?:co-?founded|founded|established|set up|formed|launched|started)\\s+in\\s+(?:early\\s+|late\\s+|mid-?|the spring of\\s+|the fall of\\s+|\\w+\\s+)?{YEAR:v}");
        // "Acme, which was founded by Jane Doe in 2020"
        pattern("founded-by-in", 0.85, "{ORG:s},?\\s+(?:which\\s+|that\\s+)?(?:was\\s+)?(?:co-?founded|founded|established|set up)\\s+by\\s+[^.;]{0,80}?\\s+in\\s+{YEAR:v}\\b");
        // "After launching the company in 2020, Jane Doe raised ..."; "since founding Acme in 2019"
        pattern("founding-in", 0.85, "\\b(?:founding|co-?founding|launching|starting|establishing|setting up)\\s+{ORG:s}\\s+in\\s+(?:early\\s+|late\\s+|mid-?|\\w+\\s+)?{YEAR:v}\\b");
        // "Founded in 2015, the hedge fund ..."; "Founded by former Beta researchers in 2021, Acme ..."
        pattern("founded-in-fronted", 0.9, "(?:Co-?founded|Founded|Established|Set up)\\s+(?:by\\s+[^,]{1,80}?\\s+)?in\\s+(?:early\\s+|late\\s+|\\w+\\s+)?{YEAR:v}"
                + "(?:\\s+by\\s+[^,]{1,60})?,\\s+{ORG:s}");
        // "in 2023, she put the fund's resources into a new company called Acme"
        pattern("new-company-in-year", 0.7, "\\bin\\s+{YEAR:v},\\s+[^⟦]{0,20}?(?:⟦\\d+:[A-Z_]+⟧[^⟦]{0,80}?)?(?:into|founded|started|launched|set up|created)\\s+a\\s+new\\s+(?:company|startup|firm|lab)\\s+(?:called|named)\\s+{ORG:s}");
    }

    @Override
    public FactObject.Value value(String captured, ValueContext context) {
        return Values.yearLiteral(captured).orElse(null);
    }
}
