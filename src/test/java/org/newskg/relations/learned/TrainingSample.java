package org.newskg.relations.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Nlp4jDependencyParser;
import org.newskg.relations.ArticleSentence;
import org.newskg.vocab.NKG;

/**
 * A small invented training set for {@code ceoOf}: sentences that state it and sentences that name
 * a person and a company without stating it, each with invented names, as one-sentence articles
 * annotated for {@code ceoOf}.
 */
final class TrainingSample {
    static final List<String> STATES = List.of(
            "[%s|PERSON], the chief executive of [%s|COMPANY], said the results were strong.",
            "[%2$s|COMPANY] chief executive [%1$s|PERSON] told analysts that demand was rising.",
            "[%s|PERSON], CEO of [%s|COMPANY], declined to comment.",
            "\"We are growing,\" said [%2$s|COMPANY] CEO [%1$s|PERSON].");
    static final List<String> DOES_NOT_STATE = List.of(
            "[%s|PERSON] visited [%s|COMPANY] last week to see the new factory.",
            "[%2$s|COMPANY] sued [%1$s|PERSON] over a patent in March.",
            "[%s|PERSON], a critic of [%s|COMPANY], wrote a long blog post.",
            "Analysts asked whether [%s|PERSON] would buy shares of [%s|COMPANY].");
    static final List<String> TRAIN_PEOPLE = List.of("Mara Quist", "Tobias Wren", "Ilse Hart", "Joren Vale", "Pia Lund", "Otto Brand");
    static final List<String> TRAIN_COMPANIES = List.of("Veltrix", "Borealis Labs", "Quanta Forge", "Lumen Tide", "Arctis", "Novaline");
    static final List<String> NEW_PEOPLE = List.of("Selma Orr", "Ravi Demet", "Lena Marsh");
    static final List<String> NEW_COMPANIES = List.of("Corvid Systems", "Helix Row", "Tamber");

    private TrainingSample() {}

    /** Every template filled with every pair of the given names, as one-sentence articles. */
    static List<RelationTrainer.Example> examples(List<String> people, List<String> companies) {
        List<RelationTrainer.Example> out = new ArrayList<>();
        int n = 0;
        for (String person : people) {
            for (String company : companies) {
                for (String template : STATES) {
                    out.add(example("s" + n++, template.formatted(person, company), person, company, true));
                }
                for (String template : DOES_NOT_STATE) {
                    out.add(example("n" + n++, template.formatted(person, company), person, company, false));
                }
            }
        }
        return out;
    }

    /** A model of the words alone. */
    static RelationModel train(long seed) {
        return train(new RelationTrainer(seed, 1.0));
    }

    /** A model of the words and NLP4J's parse. */
    static RelationModel trainParsed(long seed) {
        return train(new RelationTrainer(seed, 1.0, Nlp4jDependencyParser.english()));
    }

    private static RelationModel train(RelationTrainer trainer) {
        return trainer.train(examples(TRAIN_PEOPLE, TRAIN_COMPANIES), List.of(NKG.ceoOf), 0.5, Map.of("trainedOn", "invented sample"));
    }

    private static RelationTrainer.Example example(String id, String bracketed, String person, String company, boolean states) {
        ArticleSentence s = Bracketed.sentence(bracketed);
        List<RelationTrainer.GoldPair> gold = states
                ? List.of(new RelationTrainer.GoldPair(NKG.ceoOf, List.of(person), List.of(company))) : List.of();
        return new RelationTrainer.Example(id, List.of(s), Set.of(NKG.ceoOf), gold);
    }
}
