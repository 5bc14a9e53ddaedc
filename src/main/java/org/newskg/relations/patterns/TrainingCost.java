package org.newskg.relations.patterns;

import org.newskg.model.FactObject;
import org.newskg.relations.ValueContext;
import org.newskg.relations.Values;
import org.newskg.vocab.NKG;

/** The reported cost to train or build a model, in US dollars. */
public final class TrainingCost extends RelationDefinition {
    public TrainingCost() {
        super(NKG.trainingCost);
        // "Model-3 large language model cost only $5.6 million to build"
        pattern("cost-to-train", 0.85, "{MODEL:s}\\s+(?:{W4})?(?:cost|costs)\\s+{ABOUT}{MONEY:v}\\s+to\\s+(?:train|build|develop|make|create|produce)");
        // "training Model-1 cost $5 million"
        pattern("training-cost", 0.85, "(?:training|to train|building)\\s+{MODEL:s}\\s+(?:cost|costs|took)\\s+{ABOUT}{MONEY:v}");
        // "Acme trained Model-1 for about $4 million"; "it spent just $3 million to train Model-1"
        pattern("trained-for", 0.8, "(?:trained|built|developed)\\s+{MODEL:s}\\s+(?:{MODEL_NOUN}\\s+)?for\\s+{ABOUT}{MONEY:v}");
        pattern("spent-to-train", 0.8, "(?:spent|spending|invested)\\s+{ABOUT}{MONEY:v}\\s+(?:to train|training|to build|building|on training|developing|to develop)\\s+{MODEL:s}");
    }

    @Override
    public FactObject.Value value(String captured, ValueContext context) {
        return Values.dollarLiteral(captured).orElse(null);
    }
}
