package org.newskg.relations.learned;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.Reading;
import org.newskg.model.Signature;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.RelationReader;
import org.newskg.relations.Values;

/**
 * Reads relations with a statistical model learned from annotated text ({@link RelationModel}):
 * every candidate pair of a sentence ({@link PairCandidates}) is classified for every property the
 * model knows, and a pair whose probability reaches the property's threshold is a reading with that
 * probability as its confidence. The reader's name carries the model's version, so every fact it
 * reads says which model read it.
 */
public final class LearnedRelationReader implements RelationReader {
    public static final String NAME = "learned";
    static final String RULE = "classifier";

    private final RelationModel model;
    private final String name;

    public LearnedRelationReader(RelationModel model) {
        this.model = model;
        this.name = NAME + "@" + model.version();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Reading> read(ArticleSentence s) {
        List<Reading> out = new ArrayList<>();
        // a pair's features do not depend on the property: most pairs fit several properties' signatures
        // (a person and an organization: ceoOf, employedBy, foundedBy), and are described once
        Map<PairCandidates.Pair, String[]> features = new HashMap<>();
        for (Property p : model.properties()) {
            double threshold = model.threshold(p);
            if (PairCandidates.YEAR_VALUED.contains(p)) {
                for (PairCandidates.YearPair pair : PairCandidates.years(s, Signature.of(p))) {
                    double probability = model.probability(p, PairFeatures.ofValue(s, pair.subject(), pair.year(), PairFeatures.YEAR));
                    if (probability >= threshold) {
                        out.add(new Reading(pair.subject(), p, -1, Values.yearLiteral(pair.year().text()).orElseThrow(),
                                s.sentence().index(), name, p.getLocalName() + "/" + RULE, -1, false, probability));
                    }
                }
                continue;
            }
            for (PairCandidates.Pair pair : PairCandidates.of(s, Signature.of(p))) {
                String[] f = features.computeIfAbsent(pair, x -> PairFeatures.of(s, x.subject(), x.object()).toArray(String[]::new));
                double probability = model.probability(p, f);
                if (probability >= threshold) {
                    out.add(new Reading(pair.subject(), p, pair.object(), null, s.sentence().index(), name,
                            p.getLocalName() + "/" + RULE, -1, false, probability));
                }
            }
        }
        return out;
    }
}
