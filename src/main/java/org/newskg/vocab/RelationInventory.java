package org.newskg.vocab;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the ontology says about the shape of the graph, as the property-graph view needs it. It is
 * derived from the ontology rather than listed here, so that a relation added to the ontology shows
 * up in the exports without touching this code:
 * <ul>
 *   <li>entity classes: the ontology's named classes, less those of the provenance layer
 *       (articles, evidence, extraction rules);</li>
 *   <li>relations (edges): object properties whose domain and range are entity classes, or unions
 *       of them;</li>
 *   <li>values (node attributes): datatype properties whose domain is an entity class.</li>
 * </ul>
 */
public final class RelationInventory {
    /** Classes the graph describes that are not things the news talks about. */
    private static final Set<Resource> PROVENANCE_CLASSES = Set.of(NKG.Article, NKG.Evidence, NKG.ExtractionRule);

    private static final Comparator<Resource> BY_LOCAL_NAME = Comparator.comparing(Resource::getLocalName);

    private final Model ontology;
    private final List<Resource> entityClasses;
    private final List<Property> relations;
    private final List<Property> valueProperties;

    private RelationInventory(Model ontology) {
        this.ontology = ontology;
        this.entityClasses = ontology.listSubjectsWithProperty(RDF.type, OWL.Class).toList().stream()
                .filter(c -> c.isURIResource() && NKG.NS.equals(c.getNameSpace()) && !PROVENANCE_CLASSES.contains(c))
                .sorted(BY_LOCAL_NAME).toList();
        this.relations = propertiesOfType(OWL.ObjectProperty).stream()
                .filter(p -> coversEntityClasses(p.getPropertyResourceValue(RDFS.domain))
                        && coversEntityClasses(p.getPropertyResourceValue(RDFS.range)))
                .toList();
        this.valueProperties = propertiesOfType(OWL.DatatypeProperty).stream()
                .filter(p -> coversEntityClasses(p.getPropertyResourceValue(RDFS.domain)))
                .toList();
    }

    /** The inventory of the newskg ontology as packaged. */
    public static RelationInventory load() {
        return new RelationInventory(Ontology.load());
    }

    /** The inventory of a given ontology (tests, or a server that already holds the ontology). */
    public static RelationInventory of(Model ontology) {
        return new RelationInventory(ontology);
    }

    public List<Resource> entityClasses() {
        return entityClasses;
    }

    public List<Property> relations() {
        return relations;
    }

    public List<Property> valueProperties() {
        return valueProperties;
    }

    public boolean isEntityClass(Resource r) {
        return entityClasses.contains(r);
    }

    public boolean isRelation(Resource p) {
        return relations.contains(p);
    }

    public boolean isValueProperty(Resource p) {
        return valueProperties.contains(p);
    }

    /** Whether the ontology declares the relation asymmetric: A p B rules out B p A ("parent organization"). */
    public boolean isAsymmetric(Property p) {
        return ontology.contains(ontology.createProperty(p.getURI()), RDF.type, OWL2.AsymmetricProperty);
    }

    /** The entity classes a relation or value property applies to: its domain, or the members of its union. */
    public List<Resource> domain(Property p) {
        return classes(ontology.createProperty(p.getURI()).getPropertyResourceValue(RDFS.domain));
    }

    /** The entity classes a relation's object may be; empty for a value property, whose range is a datatype. */
    public List<Resource> range(Property p) {
        return isRelation(p) ? classes(ontology.createProperty(p.getURI()).getPropertyResourceValue(RDFS.range)) : List.of();
    }

    /** The ontology's label of a term (English first), or its local name when it has none. */
    public String label(Resource term) {
        return Labels.preferred(ontology.createResource(term.getURI())).orElse(term.getLocalName());
    }

    /** True when {@code c} is {@code ancestor} or one of its subclasses, following rdfs:subClassOf. */
    public boolean isSubClassOf(Resource c, Resource ancestor) {
        Set<Resource> seen = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(ontology.createResource(c.getURI())));
        while (!todo.isEmpty()) {
            Resource next = todo.pop();
            if (next.equals(ancestor)) {
                return true;
            }
            if (seen.add(next)) {
                next.listProperties(RDFS.subClassOf).forEachRemaining(s -> {
                    if (s.getObject().isURIResource()) {
                        todo.push(s.getResource());
                    }
                });
            }
        }
        return false;
    }

    /**
     * The most specific entity class among {@code types} (Company rather than Organization); when
     * two unrelated classes remain, the first by local name, so that exports are reproducible.
     */
    public Optional<Resource> mostSpecific(Collection<Resource> types) {
        List<Resource> candidates = types.stream().filter(this::isEntityClass).distinct().toList();
        return candidates.stream()
                .filter(c -> candidates.stream().noneMatch(other -> !other.equals(c) && isSubClassOf(other, c)))
                .min(BY_LOCAL_NAME);
    }

    /** The entity class a user names: its local name (any case), {@code nkg:Name} or its IRI. */
    public Resource entityClass(String name) {
        return find(entityClasses, name)
                .orElseThrow(() -> new IllegalArgumentException("unknown entity type '" + name + "' (known: " + localNames(entityClasses) + ")"));
    }

    /** The relation a user names: its local name (any case), {@code nkg:name} or its IRI. */
    public Property relation(String name) {
        return find(relations, name)
                .orElseThrow(() -> new IllegalArgumentException("unknown relation '" + name + "' (known: " + localNames(relations) + ")"));
    }

    /** A relation or value property a user or a model file names, as {@link #relation} reads names. */
    public Property property(String name) {
        List<Property> all = new java.util.ArrayList<>(relations);
        all.addAll(valueProperties);
        return find(all, name)
                .orElseThrow(() -> new IllegalArgumentException("unknown property '" + name + "' (known: " + localNames(all) + ")"));
    }

    private static <T extends Resource> Optional<T> find(List<T> terms, String name) {
        String wanted = name.strip();
        String local = wanted.startsWith("nkg:") ? wanted.substring(4) : wanted;
        return terms.stream()
                .filter(t -> t.getURI().equals(wanted) || t.getLocalName().equalsIgnoreCase(local))
                .findFirst();
    }

    private static String localNames(List<? extends Resource> terms) {
        return terms.stream().map(Resource::getLocalName).collect(Collectors.joining(", "));
    }

    private List<Property> propertiesOfType(Resource propertyType) {
        return ontology.listSubjectsWithProperty(RDF.type, propertyType).toList().stream()
                .filter(p -> p.isURIResource() && NKG.NS.equals(p.getNameSpace()))
                .map(p -> p.as(Property.class))
                .sorted(BY_LOCAL_NAME)
                .toList();
    }

    /** The named classes of a class expression: itself, or the members of its owl:unionOf. */
    private static List<Resource> classes(Resource classExpression) {
        if (classExpression == null) {
            return List.of();
        }
        if (classExpression.isURIResource()) {
            return List.of(classExpression);
        }
        Resource union = classExpression.getPropertyResourceValue(OWL.unionOf);
        return union == null ? List.of() : union.as(RDFList.class).asJavaList().stream()
                .filter(RDFNode::isURIResource).map(RDFNode::asResource).toList();
    }

    /** A named entity class, or an owl:unionOf list of them; false for no class at all. */
    private boolean coversEntityClasses(Resource classExpression) {
        if (classExpression == null) {
            return false;
        }
        if (classExpression.isURIResource()) {
            return isEntityClass(classExpression);
        }
        Resource union = classExpression.getPropertyResourceValue(OWL.unionOf);
        if (union == null) {
            return false;
        }
        List<RDFNode> members = union.as(RDFList.class).asJavaList();
        return !members.isEmpty() && members.stream().allMatch(m -> m.isURIResource() && isEntityClass(m.asResource()));
    }
}
