package org.newskg.relations.patterns;

import org.newskg.relations.RelationDefinition;
import org.newskg.vocab.NKG;

/** Results of a model are reported on a benchmark. */
public final class EvaluatedOn extends RelationDefinition {
    public EvaluatedOn() {
        super(NKG.evaluatedOn);
        // "Model-1 beats these models on the benchmarks A, B, and C"
        pattern("on-benchmarks", 0.85, "{MODEL:s}\\s+[^⟦.;]{0,80}?\\bon\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?benchmarks?,?\\s+(?:such as\\s+|like\\s+|including\\s+)?{BENCHMARK+:o}");
        // "Model-1 scored 79% on BENCH"
        pattern("scored-on", 0.85, "{MODEL:s}\\s+(?:{W3})?(?:scored|scores|achieved|achieves|reached|posted)\\s+[^⟦.;]{0,30}?\\bon\\s+(?:the\\s+)?{BENCHMARK+:o}");
    }
}
