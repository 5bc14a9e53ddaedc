package org.newskg.export;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.newskg.vocab.NKG;
import org.newskg.vocab.RelationInventory;

/**
 * The RDF behind a {@link PropertyGraph} that is a subgraph: what the RDF exports write when the
 * export is restricted. It holds the selected entities with everything said about them except
 * facts to entities left out, the selected facts, the statements of these facts and of the
 * entities' value facts with their evidence, and the articles and rules that evidence and
 * mentions point to.
 */
final class RdfSubgraph {
    private final Model data;
    private final RelationInventory inventory;
    private final Model selected = ModelFactory.createDefaultModel();

    private RdfSubgraph(Model data, RelationInventory inventory) {
        this.data = data;
        this.inventory = inventory;
        selected.setNsPrefixes(data.getNsPrefixMap());
    }

    static Model of(Model data, PropertyGraph graph, RelationInventory inventory) {
        RdfSubgraph sub = new RdfSubgraph(data, inventory);
        graph.nodes().forEach(n -> sub.addEntity(data.createResource(n.iri())));
        graph.edges().forEach(sub::addFact);
        return sub.selected;
    }

    private void addEntity(Resource entity) {
        for (Statement s : entity.listProperties().toList()) {
            if (inventory.isRelation(s.getPredicate())) {
                continue;
            }
            selected.add(s);
            if (s.getPredicate().equals(NKG.mentionedIn) && s.getObject().isResource()) {
                addDescription(s.getResource());
            }
        }
        for (Resource statement : data.listResourcesWithProperty(RDF.subject, entity).toList()) {
            Resource predicate = statement.getPropertyResourceValue(RDF.predicate);
            if (predicate != null && inventory.isValueProperty(predicate)) {
                addStatement(statement);
            }
        }
    }

    private void addFact(PropertyGraph.Edge edge) {
        selected.add(data.createResource(edge.source()), data.createProperty(edge.property()), data.createResource(edge.target()));
        edge.statement().ifPresent(iri -> addStatement(data.createResource(iri)));
    }

    /** A fact's rdf:Statement, its evidence, and the articles and rules of that evidence. */
    private void addStatement(Resource statement) {
        addDescription(statement);
        for (Statement e : statement.listProperties(NKG.evidence).toList()) {
            if (e.getObject().isResource()) {
                Resource evidence = e.getResource();
                addDescription(evidence);
                evidence.listProperties(NKG.article).forEachRemaining(a -> addDescription(a.getResource()));
                evidence.listProperties(NKG.extractedBy).forEachRemaining(r -> addDescription(r.getResource()));
            }
        }
    }

    private void addDescription(Resource r) {
        selected.add(r.listProperties());
    }
}
