package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** An organization or model applies a technique. */
public final class UsesTechnique extends RelationDefinition {
    public UsesTechnique() {
        super(NKG.usesTechnique);
        // "Acme uses distillation"; "Model-1 relies on reinforcement learning"
        pattern("uses", 0.8, "{ORG:s}\\s+(?:{W3})?(?:uses|used|employs|employed|applies|applied|relies on|relied on|leverages|adopted|made (?:\\w+\\s+)?progress on)\\s+{W3}{TECHNIQUE+:o}");
        pattern("model-uses", 0.8, "{MODEL:s}\\s+(?:{W3})?(?:uses|used|employs|applies|relies on)\\s+{W3}{TECHNIQUE+:o}");
        // "Model-1 was trained with reinforcement learning"; "Model-1, which has been pretrained on 20 trillion tokens
        // and post-trained with supervised fine-tuning and RLHF"
        pattern("trained-with", 0.8, "{MODEL:s},?\\s+(?:which\\s+|that\\s+)?(?:(?!⟦\\d+:(?:AI_MODEL|PRODUCT)⟧)[^.;]){0,80}?\\b(?:is|was|were|has been|had been)\\s+(?:further\\s+)?"
                + "(?:pre-?|post-?)?trained\\s+(?:[^⟦.;]{0,80}?\\s)?(?:with|using|via|through)\\s+{W3}{TECHNIQUE+:o}");
        // "Model-1 is a mixture-of-experts system"; "Model-2, a large-scale MoE model"
        pattern("technique-model", 0.8, "{MODEL:s}(?:,\\s+|\\s+is\\s+)(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?{TECHNIQUE:o}\\s+(?:{MODEL_NOUN}|architecture)");
        // "an approach employed by Acme's engineers, known as distillation"
        pattern("employed-by-known-as", 0.75, "(?:approach|method|technique)\\s+(?:employed|used) by\\s+{ORG:s}(?:'s\\s+\\w+)?,\\s+known as\\s+{TECHNIQUE:o}");
    }
}
