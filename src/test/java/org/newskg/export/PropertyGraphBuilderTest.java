package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.vocab.NKG;
import org.newskg.vocab.RelationInventory;

class PropertyGraphBuilderTest {
    private final Model data = NewsGraph.model();
    private final PropertyGraphBuilder builder = new PropertyGraphBuilder(RelationInventory.load());

    @Test
    void nodesAreTheEntitiesAndEdgesTheRelationFacts() {
        PropertyGraph g = builder.build(data);
        assertEquals(NewsGraph.ENTITIES, g.nodes().size());
        assertEquals(NewsGraph.RELATION_FACTS, g.edges().size());
        assertEquals(Set.of(NewsGraph.DEEPSEEK, NewsGraph.LIANG, NewsGraph.HIGH_FLYER, NewsGraph.R1, NewsGraph.NVIDIA,
                NewsGraph.H800, NewsGraph.CHINA), iris(g));
    }

    @Test
    void nodesCarryLabelTypeWikidataArticlesAndValues() {
        PropertyGraph g = builder.build(data);
        PropertyGraph.Node deepseek = node(g, NewsGraph.DEEPSEEK);
        assertEquals("DeepSeek", deepseek.label());
        assertEquals("Company", deepseek.type());
        assertEquals(2, deepseek.articles());
        assertEquals(Optional.empty(), deepseek.wikidata());
        assertEquals("2023", deepseek.values().get("foundingDate"));
        assertEquals("InvestmentFirm", node(g, NewsGraph.HIGH_FLYER).type());
        assertEquals(Optional.of("Q148"), node(g, NewsGraph.CHINA).wikidata());
        assertEquals("5600000", node(g, NewsGraph.R1).values().get("trainingCost"));
        assertEquals(1, node(g, NewsGraph.R1).articles());
    }

    @Test
    void edgesCarryPropertyLabelConfidenceAndEvidence() {
        PropertyGraph.Edge founded = builder.build(data).edges().stream()
                .filter(e -> e.property().equals(NKG.foundedBy.getURI())).findFirst().orElseThrow();
        assertEquals(NewsGraph.DEEPSEEK, founded.source());
        assertEquals(NewsGraph.LIANG, founded.target());
        assertEquals("founded by", founded.label());
        assertEquals(0.98, founded.confidence().getAsDouble(), 1e-9);
        assertEquals(2, founded.evidenceCount());
        assertTrue(founded.statement().orElseThrow().startsWith(NKG.DATA + "fact/"));
    }

    @Test
    void aFactWithoutStatementHasNoConfidence() {
        data.add(data.createResource(NewsGraph.NVIDIA), NKG.investedIn, data.createResource(NewsGraph.DEEPSEEK));
        PropertyGraph.Edge invested = builder.build(data).edges().stream()
                .filter(e -> e.property().equals(NKG.investedIn.getURI())).findFirst().orElseThrow();
        assertTrue(invested.confidence().isEmpty());
        assertEquals(0, invested.evidenceCount());
        assertTrue(invested.statement().isEmpty());
    }

    @Test
    void aroundAnEntityToADepth() {
        assertEquals(Set.of(NewsGraph.R1), iris(builder.build(data, around("deepseek-r1", 0))));
        PropertyGraph one = builder.build(data, around("DeepSeek-R1", 1));
        assertEquals(Set.of(NewsGraph.R1, NewsGraph.DEEPSEEK), iris(one));
        assertEquals(1, one.edges().size());
        PropertyGraph two = builder.build(data, around(NewsGraph.R1, 2));
        assertEquals(Set.of(NewsGraph.R1, NewsGraph.DEEPSEEK, NewsGraph.LIANG, NewsGraph.HIGH_FLYER, NewsGraph.H800, NewsGraph.CHINA), iris(two));
        assertEquals(6, two.edges().size(), "every fact between the selected entities, ceoOf included");
    }

    @Test
    void aroundFindsAlternativeLabels() {
        assertEquals(Set.of(NewsGraph.R1), iris(builder.build(data, around("r1", 0))));
    }

    @Test
    void onlySomeTypesIncludingSubclasses() {
        PropertyGraph g = builder.build(data, new Subgraph(Optional.empty(), 0, Set.of(), Set.of("Person", "Organization")));
        assertEquals(Set.of(NewsGraph.DEEPSEEK, NewsGraph.LIANG, NewsGraph.HIGH_FLYER, NewsGraph.NVIDIA), iris(g));
        assertEquals(Set.of("foundedBy", "spunOutOf", "ceoOf"), properties(g));
    }

    @Test
    void onlySomePropertiesKeepsTheirEntities() {
        PropertyGraph g = builder.build(data, new Subgraph(Optional.empty(), 0, Set.of("foundedBy", "nkg:ceoOf"), Set.of()));
        assertEquals(Set.of(NewsGraph.DEEPSEEK, NewsGraph.LIANG), iris(g));
        assertEquals(Set.of("foundedBy", "ceoOf"), properties(g));
    }

    @Test
    void optionsCombine() {
        PropertyGraph g = builder.build(data, new Subgraph(Optional.of("H800"), 3, Set.of("usedChip", "developedBy"), Set.of("Chip", "AIModel", "Company")));
        assertEquals(Set.of(NewsGraph.H800, NewsGraph.DEEPSEEK, NewsGraph.R1), iris(g));
        assertEquals(Set.of("usedChip", "developedBy"), properties(g));
    }

    @Test
    void badNamesAreReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.build(data, around("Nobody", 1)));
        assertEquals("no entity with IRI or label 'Nobody' in the graph", e.getMessage());
        data.add(data.createResource(NewsGraph.NVIDIA), RDFS.label, "H800");
        e = assertThrows(IllegalArgumentException.class, () -> builder.build(data, around("h800", 1)));
        assertTrue(e.getMessage().startsWith("'h800' names 2 entities ("), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> builder.build(data, new Subgraph(Optional.empty(), 0, Set.of(), Set.of("Robot"))));
        assertTrue(e.getMessage().startsWith("unknown entity type 'Robot'"), e.getMessage());
    }

    static Subgraph around(String entity, int depth) {
        return new Subgraph(Optional.of(entity), depth, Set.of(), Set.of());
    }

    static Set<String> iris(PropertyGraph g) {
        return g.nodes().stream().map(PropertyGraph.Node::iri).collect(Collectors.toSet());
    }

    private static Set<String> properties(PropertyGraph g) {
        return g.edges().stream().map(e -> e.property().substring(NKG.NS.length())).collect(Collectors.toSet());
    }

    private static PropertyGraph.Node node(PropertyGraph g, String iri) {
        return g.nodes().stream().filter(n -> n.iri().equals(iri)).findFirst().orElseThrow();
    }

    @Test
    void anyGraphMakesEveryResourceANodeAndValidGraphMl() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        var org = m.createResource(NKG.DATA + "entity/acme", NKG.Company).addProperty(RDFS.label, "Acme");
        var untyped = m.createResource("http://example.org/thing/1");
        var blank = m.createResource().addProperty(m.createProperty("http://example.org/ns/", "2nd value"), "x");
        org.addProperty(m.createProperty("http://example.org/ns#", "partOf"), untyped);
        untyped.addProperty(m.createProperty("http://example.org/ns#", "has"), blank);

        PropertyGraph graph = new PropertyGraphBuilder(RelationInventory.load()).buildAny(m, ModelFactory.createDefaultModel());

        assertEquals(3, graph.nodes().size());
        assertEquals(2, graph.edges().size());
        var byLabel = graph.nodes().stream().collect(Collectors.toMap(PropertyGraph.Node::label, n -> n));
        assertEquals("Company", byLabel.get("Acme").type());
        assertEquals("Resource", byLabel.get("http://example.org/thing/1").type());
        assertTrue(graph.valueAttributes().stream().allMatch(a -> a.matches("[\\p{L}_][\\p{L}\\p{N}_.-]*")), graph.valueAttributes().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMlWriter.write(graph, out);
        Readers.validate(out.toByteArray(), Readers.GRAPHML_XSD);
    }

    /**
     * A CONSTRUCT that returns only the facts (the README's founders example) still gives nodes
     * their label, type, QID and article count, read from the graph the query ran on.
     */
    @Test
    void anyGraphTakesWhatItLacksFromTheQueriedGraph() {
        Model store = NewsGraph.model();
        Model result = ModelFactory.createDefaultModel();
        result.add(store.listStatements(null, NKG.foundedBy, (RDFNode) null));
        result.add(store.listStatements(null, NKG.country, (RDFNode) null));
        RelationInventory inventory = RelationInventory.load();

        PropertyGraph graph = new PropertyGraphBuilder(inventory).buildAny(result, store);

        PropertyGraph whole = new PropertyGraphBuilder(inventory).build(store);
        for (String iri : List.of(NewsGraph.DEEPSEEK, NewsGraph.LIANG, NewsGraph.CHINA)) {
            PropertyGraph.Node built = node(graph, iri);
            PropertyGraph.Node expected = node(whole, iri);
            assertEquals(List.of(expected.label(), expected.type(), expected.wikidata(), expected.articles()),
                    List.of(built.label(), built.type(), built.wikidata(), built.articles()), iri);
        }
        assertEquals(Optional.of("Q148"), node(graph, NewsGraph.CHINA).wikidata());
        assertEquals("Person", node(graph, NewsGraph.LIANG).type());
    }
}
