package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.newskg.graph.GraphWriter;
import org.newskg.model.EntityType;
import org.newskg.model.KnowledgeGraph;
import org.newskg.vocab.Iris;
import org.newskg.vocab.NKG;

class LinkWriterTest {
    @Test
    void linksAreSameAsTriplesWithProvenance() {
        KnowledgeGraph kg = new TestGraphs()
                .entity("Nvidia", "Nvidia", EntityType.COMPANY, "NVIDIA")
                .entity("Trump", "Trump", EntityType.PERSON)
                .build();
        Map<String, LinkDecision> decisions = EntityLinker.offline().decide(kg);
        Model m = new GraphWriter().write(kg);
        LinkWriter.write(m, decisions);

        assertTrue(m.contains(m.createResource(Iris.entity("Nvidia")), OWL.sameAs, Wikidata.item("Q182477")));
        assertFalse(m.contains(m.createResource(Iris.entity("Trump")), OWL.sameAs));

        String query = """
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX nkg: <%s>
                SELECT ?entity ?item ?confidence ?rule ?ruleLabel WHERE {
                  ?entity owl:sameAs ?item .
                  ?st a rdf:Statement ; rdf:subject ?entity ; rdf:predicate owl:sameAs ; rdf:object ?item ;
                      nkg:confidence ?confidence ; nkg:extractedBy ?rule .
                  ?rule a nkg:ExtractionRule ; rdfs:label ?ruleLabel .
                }""".formatted(NKG.NS);
        try (QueryExecution qe = QueryExecution.model(m).query(query).build()) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            assertEquals(Iris.entity("Nvidia"), row.getResource("entity").getURI());
            assertEquals("http://www.wikidata.org/entity/Q182477", row.getResource("item").getURI());
            assertEquals(1.0, row.getLiteral("confidence").getDouble(), 1e-9);
            assertEquals(Iris.rule("link-exact-label"), row.getResource("rule").getURI());
            assertEquals("link-exact-label", row.getLiteral("ruleLabel").getString());
            assertFalse(rs.hasNext(), "one link, one statement");
        }
    }
}
