package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.newskg.vocab.NKG;
import org.newskg.vocab.RelationInventory;

/** The RDF formats, read back through Jena: nothing lost, nothing added but the VoID description. */
class RdfFormatsTest {
    private static final String ENDPOINT = "http://localhost:3030/kg/sparql";

    private final Model data = NewsGraph.model();
    private final ExportSource source = new ExportSource(DatasetFactory.wrap(data), Subgraph.WHOLE, ENDPOINT, RelationInventory.load());

    @Test
    void turtleAndJsonLdHoldTheDataAndItsVoid() throws Exception {
        Model expected = ModelFactory.createDefaultModel().add(data).add(source.voidDescription());
        for (var format : new Object[][] {{"ttl", Lang.TURTLE}, {"jsonld", Lang.JSONLD11}}) {
            Model back = parse((String) format[0], (Lang) format[1]).getDefaultModel();
            assertTrue(back.isIsomorphicWith(expected), format[0] + " round trip");
        }
    }

    @Test
    void jsonLdIsCompactedWithPrefixes() throws Exception {
        var json = Readers.json(Readers.export("jsonld", source));
        var context = json.getAsJsonObject("@context");
        for (String prefix : new String[] {"nkg", "rdfs", "skos", "owl", "void"}) {
            assertTrue(context.has(prefix), prefix);
        }
        assertTrue(json.has("@graph"));
    }

    @Test
    void quadFormatsKeepTheVoidInItsOwnGraph() throws Exception {
        for (var format : new Object[][] {{"trig", Lang.TRIG}, {"nq", Lang.NQUADS}}) {
            Dataset back = parse((String) format[0], (Lang) format[1]);
            assertTrue(back.getDefaultModel().isIsomorphicWith(data), format[0] + " default graph");
            assertTrue(back.getNamedModel(RdfExport.VOID_GRAPH).isIsomorphicWith(source.voidDescription()), format[0] + " VoID graph");
            Set<String> graphNames = new HashSet<>();
            back.listModelNames().forEachRemaining(name -> graphNames.add(name.getURI()));
            assertEquals(Set.of(RdfExport.VOID_GRAPH), graphNames);
        }
    }

    @Test
    void voidCountsTheGraph() throws Exception {
        Model v = parse("void", Lang.TURTLE).getDefaultModel();
        Resource dataset = v.getResource(VoidDescription.DATASET);
        assertTrue(dataset.hasProperty(RDF.type, VOID.Dataset));
        assertEquals(data.size(), dataset.getProperty(VOID.triples).getLong());
        assertEquals(NewsGraph.ENTITIES, dataset.getProperty(VOID.entities).getInt());
        assertEquals(data.listStatements().mapWith(s -> s.getPredicate()).toSet().size(), dataset.getProperty(VOID.properties).getInt());
        assertEquals(data.listObjectsOfProperty(RDF.type).toSet().size(), dataset.getProperty(VOID.classes).getInt());
        assertEquals(ENDPOINT, dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(1, partition(dataset, VOID.classPartition, VOID._class, NKG.Person).getProperty(VOID.entities).getInt());
        assertEquals(2, partition(dataset, VOID.classPartition, VOID._class, NKG.Company).getProperty(VOID.entities).getInt());
        assertEquals(1, partition(dataset, VOID.propertyPartition, VOID.property, NKG.foundedBy).getProperty(VOID.triples).getInt());
        Resource linkset = v.getResource(VoidDescription.WIKIDATA_LINKSET);
        assertTrue(linkset.hasProperty(RDF.type, VOID.Linkset));
        assertTrue(linkset.hasProperty(VOID.linkPredicate, OWL.sameAs));
        assertEquals(1, linkset.getProperty(VOID.triples).getInt());
        assertTrue(dataset.hasProperty(VOID.subset, linkset));
    }

    @Test
    void noEndpointNoEndpointInVoid() {
        Model v = VoidDescription.describe(data, null);
        assertFalse(v.contains(null, VOID.sparqlEndpoint));
    }

    @Test
    void aSubgraphExportsItsOwnRdf() throws Exception {
        ExportSource around = new ExportSource(DatasetFactory.wrap(data), PropertyGraphBuilderTest.around("H800", 1), null, RelationInventory.load());
        Model back = RDFParser.source(new ByteArrayInputStream(Readers.export("ttl", around))).lang(Lang.TURTLE).toModel();

        PropertyGraph again = new PropertyGraphBuilder(RelationInventory.load()).build(back);
        assertEquals(Set.of(NewsGraph.H800, NewsGraph.DEEPSEEK, NewsGraph.NVIDIA), PropertyGraphBuilderTest.iris(again));
        assertEquals(around.propertyGraph().edges(), again.edges(), "same facts, confidences and evidence counts");
        assertFalse(back.contains(null, NKG.foundedBy));
        assertEquals(Set.of(NKG.usedChip, NKG.manufacturedBy, NKG.foundingDate),
                back.listObjectsOfProperty(RDF.predicate).mapWith(n -> n.as(Resource.class)).toSet(),
                "statements of the selected facts and of the entities' values");
        Set<String> sentences = back.listObjectsOfProperty(NKG.sentenceText).mapWith(n -> n.asLiteral().getString()).toSet();
        assertTrue(sentences.contains("DeepSeek trained on H800 chips."), sentences.toString());
        assertEquals(Set.of("a1.txt", "a2.txt"), back.listObjectsOfProperty(NKG.sourceFile).mapWith(n -> n.asLiteral().getString()).toSet());
        assertEquals(3, back.getResource(VoidDescription.DATASET).getProperty(VOID.entities).getInt());
    }

    private Dataset parse(String format, Lang lang) throws Exception {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(Readers.export(format, source))).lang(lang).parse(ds);
        return ds;
    }

    private static Resource partition(Resource dataset, Property partition, Property by, Resource value) {
        Set<Resource> matches = dataset.listProperties(partition).mapWith(s -> s.getResource())
                .filterKeep(p -> p.hasProperty(by, value)).toSet();
        assertEquals(1, matches.size(), "one partition for " + value);
        return matches.iterator().next();
    }
}
