package org.newskg.eval;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.newskg.vocab.NKG;

/** The entity types the gold set uses, with the ontology class each one stands for. */
public enum GoldType {
    Person(NKG.Person),
    Organization(NKG.Organization),
    AIModel(NKG.AIModel),
    Chip(NKG.Chip),
    Place(NKG.Place),
    Benchmark(NKG.Benchmark),
    Technique(NKG.Technique);

    private final Resource rdfClass;

    GoldType(Resource rdfClass) {
        this.rdfClass = rdfClass;
    }

    public Resource rdfClass() {
        return rdfClass;
    }

    /** The type spelled exactly as in {@code entities.tsv}. */
    public static Optional<GoldType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
