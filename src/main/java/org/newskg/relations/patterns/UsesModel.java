package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** An organization uses or deploys a model. */
public final class UsesModel extends RelationDefinition {
    public UsesModel() {
        super(NKG.usesModel);
        // "Acme has publicly announced it's using Beta's Model-1 model"; "Acme uses Model-1"
        pattern("org-using", 0.85, "{ORG:s},?\\s+(?:{W4})?(?:that\\s+)?(?:it(?:'s| is)\\s+|is\\s+|has\\s+)?(?:using|uses|use|deploying|deploys|deployed|adopted|adopting|integrated|integrating|switched to|hosting|hosts|offers|offering)\\s+(?:{ORG}'s\\s+)?(?:the\\s+)?{MODEL:o}");
    }
}
