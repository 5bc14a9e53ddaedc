package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/**
 * An organization or model trained or ran on, or had access to, a chip. Sentences about chips a
 * lab was cut off from ("restrictions on chips like the X") are not evidence: the extractor drops
 * readings whose words speak of restriction or negation.
 */
public final class UsedChip extends RelationDefinition {
    public UsedChip() {
        super(NKG.usedChip);
        // "Acme said it has access to X100 chips"
        pattern("access-to", 0.85, "{ORG:s}\\s+(?:{SAY}\\s+|indicated\\s+|revealed\\s+)?(?:that\\s+)?(?:it\\s+)?(?:has|had|have|gained)\\s+access\\s+to\\s+{W4}[\\d,]*\\s*{CHIP:o}");
        // "Acme used 2,000 of Maker's X100 chips"; "Acme said it had used X100s"
        pattern("org-used", 0.85, "{ORG:s}\\s+(?:has\\s+|had\\s+|also\\s+)?(?:used|uses|relied on|relies on|trained\\s+(?:\\w+\\s+){0,2}?on)\\s+"
                + "(?:about\\s+|some\\s+|around\\s+|more than\\s+)?(?:[\\d,]+\\s+(?:of\\s+)?)?{W2}(?:{ORG}'s\\s+)?{CHIP+:o}");
        // "Model-2 was developed using clusters of X800 chips"
        pattern("model-trained-on", 0.9, "{MODEL:s}\\s+(?:was|were|is|has been)\\s+(?:developed|trained|built|run)\\s+(?:using|on|with)\\s+{W3}(?:clusters? of\\s+)?[\\d,]*\\s*(?:{ORG}'s\\s+)?{CHIP:o}");
        // "Acme trained Model-3 entirely on Maker's X300 systems"; "they trained Model-4 on 2,000 X100s"
        pattern("trained-model-on", 0.85, "\\btrained\\s+{MODEL:s}\\s+(?:(?:entirely|exclusively|solely|only|mostly|largely)\\s+)?on\\s+"
                + "(?:about\\s+|some\\s+|around\\s+|more than\\s+)?(?:[\\d,]+\\s+(?:of\\s+)?)?{W2}(?:{ORG}'s\\s+)?{CHIP+:o}");
        // "its Model-5 models, which it said cost just $5 million to train and develop on Maker X800 chips"
        pattern("cost-to-train-on", 0.85, "{MODEL:s}(?:\\s+{MODEL_NOUN})?,?\\s+(?:which\\s+)?(?:(?:it|they|⟦\\d+:[A-Z_]+⟧)\\s+(?:said|says)\\s+)?(?:cost|costs|took)\\s+"
                + "(?:[^.;⟦]|(?<=\\d)\\.(?=\\d)){0,60}?\\bto\\s+(?:train|build|develop)(?:\\s+and\\s+(?:train|build|develop))?\\s+(?:it\\s+|them\\s+)?(?:on|using)\\s+{W3}"
                + "(?:{ORG}(?:'s)?\\s+(?:\\([^()]{0,20}\\)\\s+)?)?{CHIP+:o}");
        // "Acme ... built it for $6 million, using chips from Maker called X800s"
        pattern("org-using", 0.75, "^(?:[^⟦]{0,40})?{ORG:s}\\s*,?[^⟦]{0,160}?\\b(?:using|used|uses|trained (?:it )?on|relied on|relies on|built (?:it )?(?:on|with)|deployed)\\s+{W3}(?:{CHIP_NOUN}\\s+from\\s+{ORG}\\s+(?:called|named)\\s+)?[\\d,]*\\s*{CHIP:o}");
    }
}
