package org.newskg.eval;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Property;
import org.newskg.vocab.NKG;

/**
 * The relation inventory of the gold set: the properties whose triples count as predictions.
 * Declared in the order of the gold README, which is also the order of the report tables.
 */
public enum Relation {
    FOUNDED_BY(NKG.foundedBy, ObjectKind.ENTITY),
    SPUN_OUT_OF(NKG.spunOutOf, ObjectKind.ENTITY),
    PARENT_ORGANIZATION(NKG.parentOrganization, ObjectKind.ENTITY),
    USED_CHIP(NKG.usedChip, ObjectKind.ENTITY),
    MANUFACTURED_BY(NKG.manufacturedBy, ObjectKind.ENTITY),
    DEVELOPED_BY(NKG.developedBy, ObjectKind.ENTITY),
    CEO_OF(NKG.ceoOf, ObjectKind.ENTITY),
    EMPLOYED_BY(NKG.employedBy, ObjectKind.ENTITY),
    COUNTRY(NKG.country, ObjectKind.ENTITY),
    OUTPERFORMS(NKG.outperforms, ObjectKind.ENTITY),
    EVALUATED_ON(NKG.evaluatedOn, ObjectKind.ENTITY),
    USES_MODEL(NKG.usesModel, ObjectKind.ENTITY),
    INVESTED_IN(NKG.investedIn, ObjectKind.ENTITY),
    BASED_ON(NKG.basedOn, ObjectKind.ENTITY),
    USES_TECHNIQUE(NKG.usesTechnique, ObjectKind.ENTITY),
    TRAINING_COST(NKG.trainingCost, ObjectKind.MONEY),
    FOUNDING_DATE(NKG.foundingDate, ObjectKind.TIME),
    ASSETS_UNDER_MANAGEMENT(NKG.assetsUnderManagement, ObjectKind.MONEY),
    RELEASE_DATE(NKG.releaseDate, ObjectKind.TIME);

    /** What the object of a fact is, which decides how a predicted object is compared with the gold one. */
    public enum ObjectKind {
        /** A gold entity, matched through the labels of the predicted node. */
        ENTITY,
        /** An amount of US dollars, matched by numeric equality. */
        MONEY,
        /** A year ({@code YYYY}, matched by prefix) or a day ({@code YYYY-MM-DD}, matched by date equality). */
        TIME
    }

    private static final Map<String, Relation> BY_LOCAL_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Relation::localName, Function.identity()));

    private final Property property;
    private final ObjectKind objectKind;

    Relation(Property property, ObjectKind objectKind) {
        this.property = property;
        this.objectKind = objectKind;
    }

    public Property property() {
        return property;
    }

    public ObjectKind objectKind() {
        return objectKind;
    }

    /** The name the gold files and the reports use, e.g. {@code foundedBy}. */
    public String localName() {
        return property.getURI().substring(NKG.NS.length());
    }

    /** The relation with this local name, e.g. {@code foundedBy}. */
    public static Optional<Relation> byLocalName(String localName) {
        return Optional.ofNullable(BY_LOCAL_NAME.get(localName));
    }

    /**
     * The relation a predicate stands for. The scoring rules compare local names only, so a
     * predicate from another namespace with the same local name counts too.
     */
    public static Optional<Relation> ofPredicate(String predicateIri) {
        int cut = Math.max(predicateIri.lastIndexOf('#'), predicateIri.lastIndexOf('/'));
        return byLocalName(predicateIri.substring(cut + 1));
    }
}
