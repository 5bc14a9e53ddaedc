package org.newskg.relations.patterns;

import org.newskg.relations.FactObject;
import org.newskg.relations.RelationDefinition;
import org.newskg.relations.ValueContext;
import org.newskg.relations.Values;
import org.newskg.vocab.NKG;

/** The reported cost to train or build a model, in US dollars. */
public final class TrainingCost extends RelationDefinition {
    public TrainingCost() {
        super(NKG.trainingCost);
        // "Model-3 large language model cost only $5.6 million to build"; "the Model-1 model price $6M to train"
        pattern("cost-to-train", 0.85, "{MODEL:s}\\s+(?:{W4})?(?:cost|costs|price|priced)\\s+(?:only\\s+|just\\s+|solely\\s+|merely\\s+|about\\s+|around\\s+|roughly\\s+|under\\s+|less than\\s+)?{MONEY:v}\\s+to\\s+(?:train|build|coach|develop|make|create|produce)");
        // "training Model-1 cost $5 million"
        pattern("training-cost", 0.85, "(?:training|to train|building)\\s+{MODEL:s}\\s+(?:cost|costs|took)\\s+(?:only\\s+|just\\s+|about\\s+)?{MONEY:v}");
    }

    @Override
    public FactObject.Value value(String captured, ValueContext context) {
        return Values.dollarLiteral(captured).orElse(null);
    }
}
