package org.newskg.export;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.newskg.vocab.Iris;
import org.newskg.vocab.NKG;
import org.newskg.vocab.RelationInventory;

/**
 * A VoID description (https://www.w3.org/TR/void/) of a graph, computed from the graph itself:
 * how many triples, entities, properties and classes it has, a partition per class and per
 * property, and a {@code void:Linkset} that counts its owl:sameAs links to Wikidata.
 */
public final class VoidDescription {
    /** The dataset the description is about. */
    public static final String DATASET = NKG.DATA + "dataset";
    /** Its owl:sameAs links to Wikidata, a subset of it. */
    public static final String WIKIDATA_LINKSET = NKG.DATA + "dataset/wikidata-links";
    /** Wikidata, the target of the links. */
    public static final String WIKIDATA_DATASET = NKG.DATA + "dataset/wikidata";

    private VoidDescription() {}

    /**
     * Describes {@code data}.
     *
     * @param endpointUrl the SPARQL endpoint that serves the data, or null when there is none
     */
    public static Model describe(Model data, String endpointUrl) {
        return describe(data, endpointUrl, RelationInventory.load());
    }

    /** Describes {@code data}, counting as entities the resources typed with an entity class of {@code inventory}. */
    public static Model describe(Model data, String endpointUrl, RelationInventory inventory) {
        Map<Resource, Set<Resource>> instancesByClass = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        Map<Resource, Integer> triplesByProperty = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        Set<Resource> subjects = new HashSet<>();
        Set<RDFNode> objects = new HashSet<>();
        Set<Resource> entities = new HashSet<>();
        long wikidataLinks = 0;
        StmtIterator statements = data.listStatements();
        try {
            while (statements.hasNext()) {
                Statement s = statements.nextStatement();
                subjects.add(s.getSubject());
                objects.add(s.getObject());
                triplesByProperty.merge(s.getPredicate(), 1, Integer::sum);
                if (s.getPredicate().equals(RDF.type) && s.getObject().isResource()) {
                    instancesByClass.computeIfAbsent(s.getResource(), k -> new HashSet<>()).add(s.getSubject());
                    if (inventory.isEntityClass(s.getResource())) {
                        entities.add(s.getSubject());
                    }
                }
                if (s.getPredicate().equals(OWL.sameAs) && Wikidata.qid(s.getObject()).isPresent()) {
                    wikidataLinks++;
                }
            }
        } finally {
            statements.close();
        }

        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("foaf", FOAF.getURI());
        m.setNsPrefix("owl", OWL.getURI());
        m.setNsPrefix("rdf", RDF.getURI());
        m.setNsPrefix("xsd", XSD.getURI());
        m.setNsPrefix("nkg", NKG.NS);

        Resource dataset = m.createResource(DATASET, VOID.Dataset)
                .addProperty(DCTerms.title, "newskg knowledge graph", "en")
                .addProperty(DCTerms.description, "Entities, facts and their evidence sentences, extracted from news articles.", "en")
                .addProperty(VOID.vocabulary, m.createResource(NKG.ONTOLOGY_IRI))
                .addProperty(VOID.uriSpace, Iris.entity(""))
                .addLiteral(VOID.triples, count(m, data.size()))
                .addLiteral(VOID.entities, count(m, entities.size()))
                .addLiteral(VOID.properties, count(m, triplesByProperty.size()))
                .addLiteral(VOID.classes, count(m, instancesByClass.size()))
                .addLiteral(VOID.distinctSubjects, count(m, subjects.size()))
                .addLiteral(VOID.distinctObjects, count(m, objects.size()));
        if (endpointUrl != null && !endpointUrl.isBlank()) {
            dataset.addProperty(VOID.sparqlEndpoint, m.createResource(endpointUrl.strip()));
        }
        instancesByClass.forEach((c, instances) -> dataset.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, c)
                .addLiteral(VOID.entities, count(m, instances.size()))));
        triplesByProperty.forEach((p, n) -> dataset.addProperty(VOID.propertyPartition, m.createResource()
                .addProperty(VOID.property, p)
                .addLiteral(VOID.triples, count(m, n))));

        Resource wikidata = m.createResource(WIKIDATA_DATASET, VOID.Dataset)
                .addProperty(DCTerms.title, "Wikidata", "en")
                .addProperty(FOAF.homepage, m.createResource(Wikidata.HOME_PAGE))
                .addProperty(VOID.uriSpace, Wikidata.ENTITY_NS);
        Resource linkset = m.createResource(WIKIDATA_LINKSET, VOID.Linkset)
                .addProperty(VOID.subjectsTarget, dataset)
                .addProperty(VOID.objectsTarget, wikidata)
                .addProperty(VOID.linkPredicate, OWL.sameAs)
                .addLiteral(VOID.triples, count(m, wikidataLinks));
        dataset.addProperty(VOID.subset, linkset);
        return m;
    }

    /** Counts are xsd:integer, the range VoID gives them. */
    private static Literal count(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }
}
