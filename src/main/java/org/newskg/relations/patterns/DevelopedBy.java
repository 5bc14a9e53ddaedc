package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** A model was developed by an organization. ("Acme Model-1": the name prefix is read by entity resolution.) */
public final class DevelopedBy extends RelationDefinition {
    public DevelopedBy() {
        super(NKG.developedBy);
        // "Acme's Model-1", "Acme's latest reasoning model, Model-1", "its Model-2 model", "its agentic coding tool Model-3",
        // "the company's most advanced Model-4 model"
        pattern("possessive", 0.85, "{ORG:o}'s\\s+(?:(?:latest|new|newest|earlier|previous|current|older|own|comparable|flagship|rival|base|open-source|open-weight|"
                + "reasoning|language|AI|large|groundbreaking|most\\s+(?:advanced|powerful|capable|recent|popular))\\s+){0,3}"
                + "(?:(?:{MODEL_NOUN}|{W2}{AI_TOOL_NOUN}),?\\s+(?:called\\s+|named\\s+|known as\\s+|dubbed\\s+)?)?{MODEL?:s}");
        // "Model-1 maker Acme", "Model-1-maker Acme"; "Acme, the creator of Model-1"
        pattern("maker", 0.85, "{MODEL+:s}\\s*-?\\s*(?:maker|creator|developer)\\s+{ORG:o}");
        pattern("creator-of", 0.85, "{ORG:o},\\s+(?:{DET})?{W2}(?:maker|creator|developer)\\s+of\\s+(?:the\\s+)?(?:popular\\s+|viral\\s+)?{MODEL+:s}");
        // "Acme, the startup behind the Model-1 chatbot"; "the company behind Model-1"
        pattern("behind", 0.85, "{ORG:o},?\\s+(?:{DET}{W4}{ORG_NOUN}\\s+)?behind\\s+(?:the\\s+)?(?:popular\\s+|viral\\s+)?{MODEL+:s}");
        // "The model was developed by the Chinese AI startup Acme"
        pattern("developed-by", 0.9, "{MODEL:s}\\s+(?:was|were|is|has been|had been)\\s+(?:developed|created|built|made|released|trained|designed|fine-tuned|open-sourced)\\s+by\\s+{W5}{ORG:o}");
        // "Acme on Monday released Model-1"; "Acme unveiled its Model-2"; "Acme earlier this month
        // unveiled its most recent model, Model-3"; "Acme has also launched its new AI model Model-4"
        pattern("org-released", 0.8, "{ORG:o}\\s+(?:(?:on|last|this)\\s+\\w+\\s+|earlier\\s+this\\s+\\w+\\s+)?(?:(?:has|have)\\s+)?(?:also\\s+)?(?:released|launched|unveiled|introduced|debuted|open-sourced|announced)\\s+(?:its\\s+|their\\s+)?(?:(?:new|latest|newest|most\\s+recent|first|own|flagship|AI|reasoning|language|open-source|open-weight)\\s+)*(?:{MODEL_NOUN},?\\s+)?{MODEL:s}");
        // "Acme, the startup founded by Jane Roe, released its first model on Wednesday, called Model-5"
        pattern("released-model-called", 0.85, "{ORG:o}(?:,[^.;]{0,100}?,)?\\s+(?:has\\s+|have\\s+)?(?:released|launched|unveiled|introduced|debuted|open-sourced)\\s+"
                + "[^⟦.;]{0,60}?{MODEL_NOUN}\\b[^⟦.;]{0,40}?,?\\s+(?:called|named|dubbed)\\s+{MODEL+:s}");
        // "Model-1, the coding tool from rival Acme"; "Model-2, a chatbot by Acme"
        pattern("apposition-from", 0.8, "{MODEL:s},\\s+{DET}{W4}(?:{MODEL_NOUN}|tools?|assistants?|apps?)\\s+(?:from|by)\\s+(?:rival\\s+)?{ORG:o}");
        // "Model-1 is Acme's first reasoning model"; "Model-2 is the company's newest LLM"
        pattern("is-possessive-model", 0.85, "{MODEL:s}\\s+(?:is|was|will be)\\s+{ORG:o}'s\\s+{W4}{MODEL_NOUN}\\b");
        // "Model-1, a reasoning model developed by Acme"
        pattern("apposition-developed-by", 0.85, "{MODEL:s},\\s+{DET}{W3}{MODEL_NOUN}\\s+(?:developed|created|built|made|released)\\s+by\\s+{W3}{ORG:o}");
        // "The model, called Model-1, ...", "The new models, dubbed Model-2, ...": a sentence that opens on
        // the model the story is about, named in passing, in a story about the organization that made it
        aboutTopic("the-model-called", 0.8, "^(?:the|its|their)\\s+(?:new\\s+|latest\\s+)?{MODEL_NOUN},?\\s+(?:called|named|dubbed|known as)\\s+{MODEL+:s}");
        // "Acme is developing AI with our Model models"
        pattern("developing-with-our", 0.75, "{ORG:o}\\s+(?:is|are)\\s+(?:developing|building|training)\\s+[^⟦]{0,40}?\\b(?:with\\s+)?(?:our|its|their)\\s+{MODEL?:s}\\s+{MODEL_NOUN}");
    }
}
