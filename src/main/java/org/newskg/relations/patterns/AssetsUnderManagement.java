package org.newskg.relations.patterns;

import org.newskg.relations.FactObject;
import org.newskg.relations.RelationDefinition;
import org.newskg.relations.ValueContext;
import org.newskg.relations.Values;
import org.newskg.vocab.NKG;

/** Assets an organization manages, in US dollars. */
public final class AssetsUnderManagement extends RelationDefinition {
    public AssetsUnderManagement() {
        super(NKG.assetsUnderManagement);
        // "a hedge fund called Acme that manages about $8 billion in assets"
        pattern("manages-assets", 0.9, "{ORG:s},?\\s+(?:that|which|who)?\\s*(?:manages|managed|oversees|has|had|holds|with)\\s+(?:about\\s+|around\\s+|some\\s+|roughly\\s+|more than\\s+|over\\s+|nearly\\s+)?{MONEY:v}\\s+(?:in|of)\\s+(?:assets|AUM)");
        // "Acme, which has $8 billion under management"
        pattern("under-management", 0.9, "{ORG:s},?\\s+{W3}{MONEY:v}\\s+(?:in assets\\s+)?under management");
    }

    @Override
    public FactObject.Value value(String captured, ValueContext context) {
        return Values.dollarLiteral(captured).orElse(null);
    }
}
