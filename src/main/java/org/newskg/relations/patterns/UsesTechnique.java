package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** An organization or model applies a technique. */
public final class UsesTechnique extends RelationDefinition {
    public UsesTechnique() {
        super(NKG.usesTechnique);
        // "Acme uses distillation"; "Model-1 relies on reinforcement learning"
        pattern("uses", 0.8, "{ORG:s}\\s+(?:{W3})?(?:uses|used|employs|employed|applies|applied|relies on|relied on|leverages|adopted|made (?:\\w+\\s+)?progress on)\\s+{W3}{TECHNIQUE+:o}");
        pattern("model-uses", 0.8, "{MODEL:s}\\s+(?:{W3})?(?:uses|used|employs|applies|relies on|is trained with|was trained with)\\s+{W3}{TECHNIQUE+:o}");
        // "an approach employed by Acme's engineers, known as distillation"
        pattern("employed-by-known-as", 0.75, "(?:approach|method|technique)\\s+(?:employed|used) by\\s+{ORG:s}(?:'s\\s+\\w+)?,\\s+known as\\s+{TECHNIQUE:o}");
    }
}
