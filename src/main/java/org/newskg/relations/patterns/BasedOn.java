package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** A model is derived or fine-tuned from another. */
public final class BasedOn extends RelationDefinition {
    public BasedOn() {
        super(NKG.basedOn);
        // "Model-2 is based on Model-1"; "Model-2, a fine-tuned version of Model-1"; "Model-2 is the company's
        // first reasoning model, built on Acme's open-weight Model-1"
        pattern("based-on", 0.85, "{MODEL:s}(?:\\s+{MODEL_NOUN}|\\s+(?:is|was)\\s+(?:(?!⟦\\d+:(?:AI_MODEL|PRODUCT)⟧)[^.;]){0,60}?\\b{MODEL_NOUN})?,?\\s+(?:is|was|which is|a)?\\s*(?:based on|built on|derived from|fine-tuned from|distilled from|(?:a\\s+)?fine-tuned version of)\\s+{W2}(?:{ORG}'s\\s+{W2})?{MODEL:o}");
        // "the Model-1-based Model-2"
        pattern("x-based", 0.8, "{MODEL?:o}-based\\s+{MODEL:s}");
        // "Model-2, a Model-1-based model"
        pattern("apposition-x-based", 0.8, "{MODEL:s},\\s+{DET}{W2}{MODEL?:o}-based\\s+{W2}{MODEL_NOUN}");
    }
}
