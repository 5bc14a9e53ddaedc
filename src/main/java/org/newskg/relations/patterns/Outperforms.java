package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/**
 * A model is reported to beat another. Matching ("can nearly match", "about as well as",
 * "rivals") is not beating; a hedge before the verb ("nearly", "almost") is ruled out by the pattern.
 */
public final class Outperforms extends RelationDefinition {
    /** The verbs of beating; {@link EvaluatedOn} needs them too. */
    static final String BEAT_VERB = "(?:beats|beat|outperforms|outperformed|surpasses|surpassed|outscores|outscored|"
            + "outdoes|outdid|exceeds|exceeded|tops|topped|bests|bested)";
    /** "nearly beats" reports a near miss. */
    private static final String BEAT = "(?<!nearly\\s)(?<!almost\\s)" + BEAT_VERB;

    public Outperforms() {
        super(NKG.outperforms);
        // "Model-1 beats the market's leading models like Model-X"; "Model-1 matches and even surpasses the efficiency of A's X and B's Y"
        pattern("beats-list", 0.85, "{MODEL:s},?\\s+(?:{MODEL_NOUN}\\s+)?(?:(?:also|even|reportedly|clearly)\\s+|matches and even\\s+|matches or\\s+)?" + BEAT
                + "\\s+(?:[^⟦.;]{0,60}?\\b(?:like|such as|including|of)\\s+)?{MODEL+:o}");
        // "Model-1, a reasoning model that also outperformed Acme's latest X"
        pattern("apposition-beats", 0.85, "{MODEL:s},\\s+{DET}{W3}{MODEL_NOUN}\\s+(?:that|which)\\s+(?:also\\s+)?" + BEAT + "\\s+{MODEL+:o}");
    }
}
