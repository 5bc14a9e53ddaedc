package org.newskg.relations;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.newskg.entities.EntityType;
import org.newskg.vocab.NKG;

/**
 * Domain and range of each relation as entity types, as the ontology states them. A reading whose
 * resolved subject or object is of another type is not a fact.
 */
public record Signature(Set<EntityType> domain, Set<EntityType> range) {
    private static final Set<EntityType> ORG = EnumSet.of(EntityType.ORGANIZATION);
    private static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> MODEL = EnumSet.of(EntityType.AI_MODEL);
    private static final Set<EntityType> VALUE = EnumSet.noneOf(EntityType.class);

    private static final Map<String, Signature> BY_PROPERTY = Map.ofEntries(
            Map.entry(NKG.foundedBy.getURI(), new Signature(ORG, PERSON)),
            Map.entry(NKG.spunOutOf.getURI(), new Signature(ORG, ORG)),
            Map.entry(NKG.parentOrganization.getURI(), new Signature(ORG, ORG)),
            Map.entry(NKG.usedChip.getURI(), new Signature(EnumSet.of(EntityType.ORGANIZATION, EntityType.AI_MODEL), EnumSet.of(EntityType.CHIP))),
            Map.entry(NKG.manufacturedBy.getURI(), new Signature(EnumSet.of(EntityType.CHIP), ORG)),
            Map.entry(NKG.developedBy.getURI(), new Signature(MODEL, ORG)),
            Map.entry(NKG.ceoOf.getURI(), new Signature(PERSON, ORG)),
            Map.entry(NKG.employedBy.getURI(), new Signature(PERSON, ORG)),
            Map.entry(NKG.country.getURI(), new Signature(ORG, EnumSet.of(EntityType.COUNTRY))),
            Map.entry(NKG.outperforms.getURI(), new Signature(MODEL, MODEL)),
            Map.entry(NKG.evaluatedOn.getURI(), new Signature(MODEL, EnumSet.of(EntityType.BENCHMARK))),
            Map.entry(NKG.usesModel.getURI(), new Signature(ORG, MODEL)),
            Map.entry(NKG.investedIn.getURI(), new Signature(ORG, ORG)),
            Map.entry(NKG.basedOn.getURI(), new Signature(MODEL, MODEL)),
            Map.entry(NKG.usesTechnique.getURI(), new Signature(EnumSet.of(EntityType.ORGANIZATION, EntityType.AI_MODEL), EnumSet.of(EntityType.TECHNIQUE))),
            Map.entry(NKG.trainingCost.getURI(), new Signature(MODEL, VALUE)),
            Map.entry(NKG.foundingDate.getURI(), new Signature(ORG, VALUE)),
            Map.entry(NKG.assetsUnderManagement.getURI(), new Signature(ORG, VALUE)),
            Map.entry(NKG.releaseDate.getURI(), new Signature(MODEL, VALUE)));

    public static Signature of(Property p) {
        Signature s = BY_PROPERTY.get(p.getURI());
        if (s == null) {
            throw new IllegalArgumentException("no signature for " + p);
        }
        return s;
    }

    public boolean subjectFits(EntityType t) {
        return fits(domain, t);
    }

    public boolean objectFits(EntityType t) {
        return fits(range, t);
    }

    private static boolean fits(Set<EntityType> allowed, EntityType t) {
        return t != null && allowed.stream().anyMatch(t::isA);
    }
}
