package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** Results of a model are reported on a benchmark. */
public final class EvaluatedOn extends RelationDefinition {
    public EvaluatedOn() {
        super(NKG.evaluatedOn);
        // "Model-1 beats Model-2 on the benchmarks A, B, and C", "... in benchmarks such as A and B": the
        // results reported are Model-1's
        pattern("beats-on", 0.85, "{MODEL:s},?\\s+[^⟦.;]{0,30}?" + Outperforms.BEAT_VERB + "\\s+[^.;]{0,80}?\\b(?:on|in|across)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?"
                + "(?:benchmarks?,?\\s+(?:such as\\s+|like\\s+|including\\s+)?)?{BENCHMARK+:o}");
        // "Model-1 does well on the benchmarks A, B, and C"; not the model beaten in "X beats Model-1 on ..."
        pattern("on-benchmarks", 0.85, "(?<!" + Outperforms.BEAT_VERB + "\\s)(?<!" + Outperforms.BEAT_VERB + "\\s\\w{1,10}\\s){MODEL:s}\\s+[^⟦.;]{0,80}?\\bon\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?benchmarks?,?\\s+(?:such as\\s+|like\\s+|including\\s+)?{BENCHMARK+:o}");
        // "Model-1 scored 79% on BENCH"
        pattern("scored-on", 0.85, "{MODEL:s}\\s+(?:{W3})?(?:scored|scores|achieved|achieves|reached|posted)\\s+[^⟦.;]{0,30}?\\bon\\s+(?:the\\s+)?{BENCHMARK+:o}");
    }
}
