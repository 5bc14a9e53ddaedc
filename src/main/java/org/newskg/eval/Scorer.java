package org.newskg.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.eval.GoldEntityIndex.NodeReading;
import org.newskg.eval.Scores.EntityTyping;
import org.newskg.eval.Scores.FalsePositive;
import org.newskg.eval.Scores.Miss;
import org.newskg.eval.Scores.WrongType;
import org.newskg.vocab.NKG;
import org.newskg.vocab.Ontology;

/**
 * Scores a graph against a {@link GoldSet} by the rules of {@code gold/README.md}: every triple
 * whose predicate's local name is in the relation inventory is a prediction; one that matches a
 * required fact makes that fact a true positive (once, however often it is predicted), one that
 * matches only optional facts is ignored, any other is a false positive.
 */
public final class Scorer {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("nkg", NKG.NS)
            .lock();

    /** For each gold type, its ontology class and every class below it. */
    private final Map<GoldType, Set<Resource>> acceptedClasses = new EnumMap<>(GoldType.class);

    /** A scorer that judges entity types by the class hierarchy of {@code ontology}. */
    public Scorer(Model ontology) {
        for (GoldType t : GoldType.values()) {
            acceptedClasses.put(t, subClassClosure(ontology, t.rdfClass()));
        }
    }

    /** A scorer that judges entity types by the bundled newskg ontology. */
    public Scorer() {
        this(Ontology.load());
    }

    /** Scores all graphs of the dataset together, inside a read transaction when it has transactions. */
    public Scores score(Dataset dataset, GoldSet gold) {
        if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
            return Txn.calculateRead(dataset, () -> score(union(dataset), gold));
        }
        return score(union(dataset), gold);
    }

    public Scores score(Model graph, GoldSet gold) {
        return new Run(graph, gold).scores();
    }

    private static Model union(Dataset dataset) {
        Model all = ModelFactory.createDefaultModel().add(dataset.getDefaultModel());
        dataset.listModelNames().forEachRemaining(name -> all.add(dataset.getNamedModel(name)));
        return all;
    }

    private static Set<Resource> subClassClosure(Model ontology, Resource top) {
        Set<Resource> classes = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            Resource c = todo.pop();
            if (classes.add(c)) {
                ontology.listSubjectsWithProperty(RDFS.subClassOf, c).forEachRemaining(todo::push);
            }
        }
        return classes;
    }

    /** One scoring of one graph. */
    private final class Run {
        private final Model graph;
        private final GoldSet gold;
        private final GoldEntityIndex index;
        private final Map<Resource, NodeReading> readings = new HashMap<>();
        private final Map<Relation, List<GoldFact>> factsByRelation = new EnumMap<>(Relation.class);

        Run(Model graph, GoldSet gold) {
            this.graph = graph;
            this.gold = gold;
            this.index = new GoldEntityIndex(gold);
            for (GoldFact f : gold.facts()) {
                factsByRelation.computeIfAbsent(f.relation(), r -> new ArrayList<>()).add(f);
            }
        }

        Scores scores() {
            Set<GoldFact> found = new LinkedHashSet<>();
            Map<Relation, Integer> falsePositiveCounts = new EnumMap<>(Relation.class);
            List<FalsePositive> falsePositives = new ArrayList<>();
            int predictions = 0;
            int ignored = 0;
            for (Statement s : graph.listStatements().toList()) {
                Optional<Relation> relation = Relation.ofPredicate(s.getPredicate().getURI());
                if (relation.isEmpty()) {
                    continue;
                }
                predictions++;
                List<GoldFact> matched = factsByRelation.getOrDefault(relation.get(), List.of()).stream()
                        .filter(f -> states(s, f))
                        .toList();
                if (matched.stream().anyMatch(GoldFact::required)) {
                    matched.stream().filter(GoldFact::required).forEach(found::add);
                } else if (!matched.isEmpty()) {
                    ignored++;
                } else {
                    falsePositiveCounts.merge(relation.get(), 1, Integer::sum);
                    falsePositives.add(new FalsePositive(describe(s.getSubject()), relation.get(), describe(s.getObject())));
                }
            }
            falsePositives.sort(Comparator.comparing(FalsePositive::relation)
                    .thenComparing(FalsePositive::subject).thenComparing(FalsePositive::object));

            Map<String, List<Resource>> nodesByEntity = nodesByEntity();
            Map<Relation, Score> byProperty = new EnumMap<>(Relation.class);
            Score overall = Score.ZERO;
            for (Relation r : Relation.values()) {
                List<GoldFact> required = factsByRelation.getOrDefault(r, List.of()).stream().filter(GoldFact::required).toList();
                int tp = (int) required.stream().filter(found::contains).count();
                Score score = new Score(tp, falsePositiveCounts.getOrDefault(r, 0), required.size() - tp);
                byProperty.put(r, score);
                overall = overall.plus(score);
            }
            List<Miss> misses = gold.facts().stream()
                    .filter(f -> f.required() && !found.contains(f))
                    .map(f -> new Miss(f, cause(f, nodesByEntity)))
                    .toList();
            return new Scores(byProperty, overall, predictions, ignored, typing(nodesByEntity), falsePositives, misses);
        }

        /** Whether the predicted triple states the gold fact (its predicate already agrees). */
        private boolean states(Statement s, GoldFact f) {
            if (!reading(s.getSubject()).entities().contains(f.subject())) {
                return false;
            }
            RDFNode o = s.getObject();
            if (f.relation().objectKind() == Relation.ObjectKind.ENTITY) {
                return o.isResource() && reading(o.asResource()).entities().contains(f.object());
            }
            return o.isLiteral() && f.valueMatches(o.asLiteral());
        }

        private NodeReading reading(Resource node) {
            return readings.computeIfAbsent(node, index::read);
        }

        /** The labelled nodes of the graph, grouped by the gold entity they stand for. */
        private Map<String, List<Resource>> nodesByEntity() {
            Set<Resource> labelled = new LinkedHashSet<>();
            graph.listSubjectsWithProperty(RDFS.label).forEachRemaining(labelled::add);
            graph.listSubjectsWithProperty(SKOS.altLabel).forEachRemaining(labelled::add);
            Map<String, List<Resource>> nodes = new HashMap<>();
            for (Resource node : labelled) {
                for (String entity : reading(node).entities()) {
                    nodes.computeIfAbsent(entity, e -> new ArrayList<>()).add(node);
                }
            }
            return nodes;
        }

        private EntityTyping typing(Map<String, List<Resource>> nodesByEntity) {
            int found = 0;
            int correct = 0;
            List<WrongType> wrong = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (GoldEntity e : gold.entities()) {
                List<Resource> nodes = nodesByEntity.getOrDefault(e.name(), List.of());
                if (nodes.isEmpty()) {
                    missing.add(e.name());
                    continue;
                }
                found++;
                Set<Resource> accepted = acceptedClasses.get(e.type());
                Set<String> types = new TreeSet<>();
                boolean typedRight = false;
                for (Resource node : nodes) {
                    for (RDFNode type : node.listProperties(RDF.type).mapWith(Statement::getObject).toList()) {
                        typedRight |= accepted.contains(type);
                        types.add(type.isURIResource() ? PREFIXES.shortForm(type.asResource().getURI()) : type.toString());
                    }
                }
                if (typedRight) {
                    correct++;
                } else {
                    wrong.add(new WrongType(e.name(), e.type(), List.copyOf(types)));
                }
            }
            return new EntityTyping(gold.entities().size(), found, correct, wrong, missing);
        }

        private Miss.Cause cause(GoldFact f, Map<String, List<Resource>> nodesByEntity) {
            boolean subject = nodesByEntity.containsKey(f.subject());
            boolean object = f.relation().objectKind() != Relation.ObjectKind.ENTITY || nodesByEntity.containsKey(f.object());
            if (subject && object) {
                return Miss.Cause.NOT_EXTRACTED;
            } else if (subject) {
                return Miss.Cause.OBJECT_NOT_FOUND;
            }
            return object ? Miss.Cause.SUBJECT_NOT_FOUND : Miss.Cause.NEITHER_FOUND;
        }

        /** A node as a developer reads it: its label (or IRI, or literal value) and the gold entity it stands for. */
        private String describe(RDFNode node) {
            if (node.isLiteral()) {
                return "\"" + node.asLiteral().getLexicalForm() + "\"";
            }
            Resource r = node.asResource();
            String name = firstLabel(r).orElse(r.isURIResource() ? "<" + r.getURI() + ">" : "_:" + r.getId());
            return name + " " + reading(r).describe();
        }

        private Optional<String> firstLabel(Resource r) {
            for (var property : List.of(RDFS.label, SKOS.altLabel)) {
                Optional<String> label = r.listProperties(property).toList().stream()
                        .filter(s -> s.getObject().isLiteral())
                        .map(s -> s.getLiteral().getLexicalForm())
                        .sorted()
                        .findFirst();
                if (label.isPresent()) {
                    return label;
                }
            }
            return Optional.empty();
        }
    }
}
