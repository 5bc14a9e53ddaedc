package org.newskg.relations.patterns;

import org.newskg.model.FactObject;
import org.newskg.relations.ValueContext;
import org.newskg.relations.Values;
import org.newskg.vocab.NKG;

/** Assets an organization manages, in US dollars. */
public final class AssetsUnderManagement extends RelationDefinition {
    private static final String APPROXIMATELY = "(?:about\\s+|around\\s+|some\\s+|roughly\\s+|more than\\s+|over\\s+|nearly\\s+|approximately\\s+)?";
    /** An amount in another currency, which news copy follows with its dollar value in brackets. */
    private static final String LOCAL_CURRENCY_AMOUNT = "[\\d.,]+\\s*(?:million|billion|trillion)?\\s*(?:RMB|yuan|euros?|pounds|yen|rupees|won)\\s+";

    public AssetsUnderManagement() {
        super(NKG.assetsUnderManagement);
        // "a hedge fund called Acme that manages about $8 billion in assets"
        // "Acme, a hedge fund that manages 50 billion yuan (around $7 billion) in assets": the dollar figure is read
        pattern("manages-assets", 0.9, "{ORG:s},?\\s+(?:{DET}(?:{COUNTRY}\\s+)?{W4}{ORG_NOUN}\\s+)?(?:that|which|who)?\\s*(?:manages|managed|oversees|has|had|holds|with)\\s+"
                + APPROXIMATELY + "(?:" + LOCAL_CURRENCY_AMOUNT + "\\(" + APPROXIMATELY + ")?{MONEY:v}\\)?\\s+(?:in|of)\\s+(?:assets|AUM)");
        // "Acme, which oversees $40 billion"
        pattern("oversees", 0.75, "{ORG:s},?\\s+(?:which|that)?\\s*(?:manages|oversees)\\s+" + APPROXIMATELY + "{MONEY:v}(?!\\s+(?:in|of)\\s+(?:revenue|sales|funding|debt))");
        // "Acme, which has $8 billion under management"
        pattern("under-management", 0.9, "{ORG:s},?\\s+{W3}{MONEY:v}\\s+(?:in assets\\s+)?under management");
    }

    @Override
    public FactObject.Value value(String captured, ValueContext context) {
        return Values.dollarLiteral(captured).orElse(null);
    }
}
