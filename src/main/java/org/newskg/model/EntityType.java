package org.newskg.model;

import org.apache.jena.rdf.model.Resource;
import org.newskg.vocab.NKG;

/** What an entity is, from the general kinds a mention can be typed with down to the subclasses context tells. */
public enum EntityType {
    PERSON(NKG.Person, null),
    ORGANIZATION(NKG.Organization, null),
    COMPANY(NKG.Company, ORGANIZATION),
    RESEARCH_LAB(NKG.ResearchLab, ORGANIZATION),
    INVESTMENT_FIRM(NKG.InvestmentFirm, COMPANY),
    UNIVERSITY(NKG.University, ORGANIZATION),
    MEDIA(NKG.MediaOrganization, ORGANIZATION),
    GOVERNMENT(NKG.GovernmentBody, ORGANIZATION),
    /** A product whose kind nothing has told yet: what a recognizer's PRODUCT is before context refines it. */
    PRODUCT(NKG.Product, null),
    AI_MODEL(NKG.AIModel, PRODUCT),
    CHIP(NKG.Chip, PRODUCT),
    PLACE(NKG.Place, null),
    COUNTRY(NKG.Country, PLACE),
    CITY(NKG.City, PLACE),
    BENCHMARK(NKG.Benchmark, null),
    TECHNIQUE(NKG.Technique, null);

    private final Resource rdfClass;
    private final EntityType parent;

    EntityType(Resource rdfClass, EntityType parent) {
        this.rdfClass = rdfClass;
        this.parent = parent;
    }

    /** The type whose ontology class is {@code rdfClass}, if any. */
    public static java.util.Optional<EntityType> ofClass(Resource rdfClass) {
        for (EntityType t : values()) {
            if (t.rdfClass.equals(rdfClass)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    /** The ontology class of this type. */
    public Resource rdfClass() {
        return rdfClass;
    }

    /** The most general type above this one: ORGANIZATION for a COMPANY, PLACE for a COUNTRY. */
    public EntityType root() {
        EntityType t = this;
        while (t.parent != null) {
            t = t.parent;
        }
        return t;
    }

    /** True when this type is {@code other} or one of its subtypes. */
    public boolean isA(EntityType other) {
        for (EntityType t = this; t != null; t = t.parent) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public boolean isOrganization() {
        return isA(ORGANIZATION);
    }

    /**
     * Whether two types can describe one entity: the same root kind (a company and a lab are both
     * organizations). Products are the exception: a model and a chip are different things, so of
     * two product types one must be the other or above it.
     */
    public boolean compatibleWith(EntityType other) {
        if (root() == PRODUCT) {
            return isA(other) || other.isA(this);
        }
        return root() == other.root();
    }

    /** The more specific of two compatible types; {@code this} when neither is below the other. */
    public EntityType moreSpecific(EntityType other) {
        if (other.isA(this) && other != this) {
            return other;
        }
        return this;
    }
}
