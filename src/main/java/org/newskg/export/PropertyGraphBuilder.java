package org.newskg.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.vocab.Labels;
import org.newskg.vocab.NKG;
import org.newskg.vocab.RelationInventory;

/** Builds the {@link PropertyGraph} view of an RDF graph, whole or a {@link Subgraph} of it. */
public final class PropertyGraphBuilder {
    private static final Comparator<Statement> FACT_ORDER = Comparator
            .comparing((Statement s) -> s.getSubject().getURI())
            .thenComparing(s -> s.getPredicate().getURI())
            .thenComparing(s -> s.getObject().asResource().getURI());

    private final RelationInventory inventory;

    public PropertyGraphBuilder(RelationInventory inventory) {
        this.inventory = inventory;
    }

    public PropertyGraph build(Model data) {
        return build(data, Subgraph.WHOLE);
    }

    /**
     * The view of {@code data} restricted to {@code subgraph}.
     *
     * @throws IllegalArgumentException when the subgraph names an unknown type or relation, or an
     *                                  entity that is not in the graph or is ambiguous
     */
    public PropertyGraph build(Model data, Subgraph subgraph) {
        Map<Resource, List<Resource>> entities = entities(data);
        Set<Resource> wantedTypes = subgraph.types().stream().map(inventory::entityClass).collect(Collectors.toSet());
        List<Property> relations = subgraph.properties().isEmpty()
                ? inventory.relations()
                : subgraph.properties().stream().map(inventory::relation).distinct().toList();

        Set<Resource> nodes = new HashSet<>(entities.keySet());
        if (!wantedTypes.isEmpty()) {
            nodes.removeIf(e -> entities.get(e).stream().noneMatch(t -> wantedTypes.stream().anyMatch(w -> inventory.isSubClassOf(t, w))));
        }
        Optional<Resource> center = subgraph.around().map(name -> find(data, entities.keySet(), name));
        center.ifPresent(nodes::add);

        List<Statement> facts = facts(data, relations, nodes);
        if (!subgraph.properties().isEmpty()) {
            nodes.retainAll(endpoints(facts));
            center.ifPresent(nodes::add);
        }
        if (center.isPresent()) {
            nodes.retainAll(neighbourhood(center.get(), subgraph.depth(), facts));
            facts.removeIf(f -> !nodes.contains(f.getSubject()) || !nodes.contains(f.getObject().asResource()));
        }

        Map<Triple, Resource> statements = statementsByTriple(data);
        List<PropertyGraph.Node> nodeList = nodes.stream()
                .sorted(Comparator.comparing(Resource::getURI))
                .map(e -> node(e, entities.get(e)))
                .toList();
        List<PropertyGraph.Edge> edgeList = facts.stream()
                .sorted(FACT_ORDER)
                .map(f -> edge(f, statements.get(f.asTriple())))
                .toList();
        List<String> valueAttributes = inventory.valueProperties().stream().map(Property::getLocalName).toList();
        return new PropertyGraph(valueAttributes, nodeList, edgeList);
    }

    /**
     * The view of any RDF graph, such as the result of a CONSTRUCT query, which need not follow the
     * ontology: every IRI or blank node that is the subject or object of a triple is a node, every
     * triple between two of them an edge, except rdf:type, which gives the node its type (the most
     * specific entity class, else the local name of a class). Literal values become node attributes
     * named after the property's local name; owl:sameAs to Wikidata also gives the QID. A node's
     * label, type, Wikidata QID and article count that {@code data} does not state are read from
     * {@code described}, the graph the query ran on, so that a node is named, typed and counted
     * whether or not the query asked for them.
     */
    public PropertyGraph buildAny(Model data, Model described) {
        Map<Triple, Resource> statements = statementsByTriple(data);
        Set<Resource> resources = new HashSet<>();
        Set<String> valueNames = new TreeSet<>();
        List<Statement> links = new ArrayList<>();
        for (Statement s : data.listStatements().toList()) {
            resources.add(s.getSubject());
            if (s.getObject().isLiteral()) {
                valueNames.add(attributeName(s.getPredicate()));
            } else if (!s.getPredicate().equals(RDF.type)) {
                resources.add(s.getObject().asResource());
                links.add(s);
            }
        }
        valueNames.removeAll(List.of("label", "type", "wikidata", "articles", "iri"));
        List<PropertyGraph.Node> nodeList = resources.stream()
                .map(r -> anyNode(r, described.wrapAsResource(r.asNode()), valueNames))
                .sorted(Comparator.comparing(PropertyGraph.Node::iri))
                .toList();
        List<PropertyGraph.Edge> edgeList = links.stream()
                .map(l -> anyEdge(l, statements.get(l.asTriple())))
                .sorted(Comparator.comparing(PropertyGraph.Edge::source)
                        .thenComparing(PropertyGraph.Edge::property)
                        .thenComparing(PropertyGraph.Edge::target))
                .toList();
        return new PropertyGraph(List.copyOf(valueNames), nodeList, edgeList);
    }

    /** A node from what {@code r} says in the result, and from {@code stored}, the same node in the queried graph, what it lacks. */
    private PropertyGraph.Node anyNode(Resource r, Resource stored, Set<String> valueNames) {
        Map<String, List<String>> values = new HashMap<>();
        r.listProperties().forEachRemaining(s -> {
            if (s.getObject().isLiteral() && valueNames.contains(attributeName(s.getPredicate()))) {
                values.computeIfAbsent(attributeName(s.getPredicate()), k -> new ArrayList<>()).add(s.getLiteral().getLexicalForm());
            }
        });
        Map<String, String> joinedValues = new LinkedHashMap<>();
        values.forEach((name, v) -> joinedValues.put(name, joined(v)));
        List<Resource> types = orStored(types(r), types(stored));
        String type = inventory.mostSpecific(types)
                .or(() -> types.stream().min(Comparator.comparing(Resource::getURI)))
                .map(Resource::getLocalName)
                .orElse(RDFS.Resource.getLocalName());
        String wikidata = joined(orStored(qids(r), qids(stored)));
        int articles = orStored(r.listProperties(NKG.mentionedIn).toList(), stored.listProperties(NKG.mentionedIn).toList()).size();
        String id = nodeId(r);
        return new PropertyGraph.Node(id, Labels.preferred(r).or(() -> Labels.preferred(stored)).orElse(id), type,
                wikidata.isEmpty() ? Optional.empty() : Optional.of(wikidata), articles, joinedValues);
    }

    private static <T> List<T> orStored(List<T> inResult, List<T> stored) {
        return inResult.isEmpty() ? stored : inResult;
    }

    private static List<Resource> types(Resource r) {
        return r.listProperties(RDF.type).toList().stream()
                .filter(s -> s.getObject().isURIResource()).map(Statement::getResource).toList();
    }

    private static List<String> qids(Resource r) {
        return r.listProperties(OWL.sameAs).toList().stream().flatMap(s -> Wikidata.qid(s.getObject()).stream()).toList();
    }

    private PropertyGraph.Edge anyEdge(Statement link, Resource statement) {
        PropertyGraph.Edge fact = edge(link, statement);
        return new PropertyGraph.Edge(nodeId(link.getSubject()), nodeId(link.getObject().asResource()),
                fact.property(), fact.label(), fact.confidence(), fact.evidenceCount(), fact.statement());
    }

    /** IRIs are their own id; blank nodes get the {@code _:label} of N-Triples. */
    private static String nodeId(Resource r) {
        return r.isURIResource() ? r.getURI() : "_:" + r.getId().getLabelString();
    }

    /**
     * Attribute names must be valid in every format (GraphML key ids are XML name tokens), so
     * characters other than letters, digits, '_', '-' and '.' become '_'.
     */
    private static String attributeName(Property p) {
        String local = p.getLocalName().isEmpty() ? p.getURI() : p.getLocalName();
        String name = local.replaceAll("[^\\p{L}\\p{N}_.-]", "_");
        return Character.isLetter(name.charAt(0)) || name.charAt(0) == '_' ? name : "_" + name;
    }

    /** Every resource typed with an entity class, with those classes. */
    private Map<Resource, List<Resource>> entities(Model data) {
        Map<Resource, List<Resource>> entities = new HashMap<>();
        for (Resource c : inventory.entityClasses()) {
            data.listResourcesWithProperty(RDF.type, c).forEachRemaining(r -> {
                if (r.isURIResource()) {
                    entities.computeIfAbsent(r, k -> new ArrayList<>()).add(c);
                }
            });
        }
        return entities;
    }

    /** The relation triples between two of {@code nodes}. */
    private static List<Statement> facts(Model data, List<Property> relations, Set<Resource> nodes) {
        List<Statement> facts = new ArrayList<>();
        for (Property p : relations) {
            data.listStatements(null, p, (RDFNode) null).forEachRemaining(s -> {
                if (nodes.contains(s.getSubject()) && s.getObject().isResource() && nodes.contains(s.getObject().asResource())) {
                    facts.add(s);
                }
            });
        }
        return facts;
    }

    private static Set<Resource> endpoints(List<Statement> facts) {
        Set<Resource> endpoints = new HashSet<>();
        for (Statement f : facts) {
            endpoints.add(f.getSubject());
            endpoints.add(f.getObject().asResource());
        }
        return endpoints;
    }

    /** Entities at most {@code depth} facts away from {@code center}, following facts both ways. */
    private static Set<Resource> neighbourhood(Resource center, int depth, List<Statement> facts) {
        Map<Resource, Set<Resource>> adjacent = new HashMap<>();
        for (Statement f : facts) {
            Resource s = f.getSubject();
            Resource o = f.getObject().asResource();
            adjacent.computeIfAbsent(s, k -> new HashSet<>()).add(o);
            adjacent.computeIfAbsent(o, k -> new HashSet<>()).add(s);
        }
        Map<Resource, Integer> distance = new HashMap<>(Map.of(center, 0));
        Deque<Resource> todo = new ArrayDeque<>(List.of(center));
        while (!todo.isEmpty()) {
            Resource next = todo.poll();
            int d = distance.get(next);
            if (d == depth) {
                continue;
            }
            for (Resource n : adjacent.getOrDefault(next, Set.of())) {
                if (distance.putIfAbsent(n, d + 1) == null) {
                    todo.add(n);
                }
            }
        }
        return distance.keySet();
    }

    /** The entity a user names by IRI or label; labels are tried before alternative labels. */
    private static Resource find(Model data, Set<Resource> entities, String name) {
        String wanted = name.strip();
        Resource byIri = data.createResource(wanted);
        if (entities.contains(byIri)) {
            return byIri;
        }
        for (Property labelProperty : List.of(RDFS.label, SKOS.altLabel)) {
            List<Resource> matches = entities.stream()
                    .filter(e -> e.listProperties(labelProperty).toList().stream()
                            .anyMatch(s -> s.getObject().isLiteral() && s.getString().equalsIgnoreCase(wanted)))
                    .sorted(Comparator.comparing(Resource::getURI))
                    .toList();
            if (matches.size() == 1) {
                return matches.get(0);
            }
            if (matches.size() > 1) {
                throw new IllegalArgumentException("'" + wanted + "' names " + matches.size() + " entities ("
                        + matches.stream().map(Resource::getURI).collect(Collectors.joining(", ")) + "); give the IRI");
            }
        }
        throw new IllegalArgumentException("no entity with IRI or label '" + wanted + "' in the graph");
    }

    /** Reified statements by the triple they describe. */
    private static Map<Triple, Resource> statementsByTriple(Model data) {
        Map<Triple, Resource> statements = new HashMap<>();
        data.listResourcesWithProperty(RDF.subject).forEachRemaining(st -> {
            Resource s = st.getPropertyResourceValue(RDF.subject);
            Resource p = st.getPropertyResourceValue(RDF.predicate);
            Statement o = st.getProperty(RDF.object);
            if (s != null && p != null && o != null) {
                statements.put(Triple.create(s.asNode(), p.asNode(), o.getObject().asNode()), st);
            }
        });
        return statements;
    }

    private PropertyGraph.Node node(Resource entity, List<Resource> types) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Property p : inventory.valueProperties()) {
            String joined = joined(entity.listProperties(p).toList().stream()
                    .filter(s -> s.getObject().isLiteral())
                    .map(s -> s.getLiteral().getLexicalForm())
                    .toList());
            if (!joined.isEmpty()) {
                values.put(p.getLocalName(), joined);
            }
        }
        String wikidata = joined(entity.listProperties(OWL.sameAs).toList().stream()
                .flatMap(s -> Wikidata.qid(s.getObject()).stream())
                .toList());
        int articles = (int) entity.listProperties(NKG.mentionedIn).toList().stream()
                .map(Statement::getObject).distinct().count();
        String type = inventory.mostSpecific(types).orElseThrow().getLocalName();
        return new PropertyGraph.Node(entity.getURI(), Labels.preferred(entity).orElse(entity.getURI()), type,
                wikidata.isEmpty() ? Optional.empty() : Optional.of(wikidata), articles, values);
    }

    private PropertyGraph.Edge edge(Statement fact, Resource statement) {
        OptionalDouble confidence = OptionalDouble.empty();
        int evidenceCount = 0;
        if (statement != null) {
            Statement c = statement.getProperty(NKG.confidence);
            if (c != null && c.getObject().isLiteral()) {
                confidence = OptionalDouble.of(c.getDouble());
            }
            Statement n = statement.getProperty(NKG.evidenceCount);
            evidenceCount = n != null && n.getObject().isLiteral()
                    ? n.getInt()
                    : statement.listProperties(NKG.evidence).toList().size();
        }
        Property p = fact.getPredicate();
        return new PropertyGraph.Edge(fact.getSubject().getURI(), fact.getObject().asResource().getURI(),
                p.getURI(), inventory.label(p), confidence, evidenceCount,
                Optional.ofNullable(statement).filter(Resource::isURIResource).map(Resource::getURI));
    }

    /** Several values of one attribute, sorted so that exports are reproducible. */
    private static String joined(List<String> values) {
        return values.stream().distinct().sorted().collect(Collectors.joining("; "));
    }
}
