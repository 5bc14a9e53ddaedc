package org.newskg.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.newskg.vocab.RelationInventory;

/**
 * Domain and range of a relation as entity types, read from the ontology's {@code rdfs:domain}
 * and {@code rdfs:range} (the one place the inventory is declared). A reading whose resolved
 * subject or object is of another type is not a fact. A value property has an empty range.
 */
public record Signature(Set<EntityType> domain, Set<EntityType> range) {
    private static final RelationInventory INVENTORY = RelationInventory.load();
    private static final Map<String, Signature> BY_PROPERTY = new ConcurrentHashMap<>();

    public Signature {
        domain = Collections.unmodifiableSet(domain.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(domain));
        range = Collections.unmodifiableSet(range.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(range));
    }

    /** The signature of a property of the inventory; an exception for any other property. */
    public static Signature of(Property p) {
        return BY_PROPERTY.computeIfAbsent(p.getURI(), uri -> {
            if (!INVENTORY.isRelation(p) && !INVENTORY.isValueProperty(p)) {
                throw new IllegalArgumentException("no signature for " + p + ": not a relation or value property of the ontology");
            }
            return new Signature(types(INVENTORY.domain(p)), types(INVENTORY.range(p)));
        });
    }

    /** Whether the property's object is a literal value rather than an entity. */
    public boolean isValue() {
        return range.isEmpty();
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

    private static Set<EntityType> types(Iterable<Resource> classes) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (Resource c : classes) {
            out.add(EntityType.ofClass(c).orElseThrow(() -> new IllegalStateException("ontology class " + c + " has no entity type")));
        }
        return out;
    }
}
