package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.vocab.NKG;
import org.newskg.vocab.Ontology;

/** {@link GraphStore} on real TDB2 folders. */
class GraphStoreTest {
    @TempDir
    Path tmp;

    private static Model company(String key, String label) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("nkg", NKG.NS);
        m.createResource(NKG.DATA + "entity/" + key, NKG.Company).addProperty(RDFS.label, label);
        return m;
    }

    private static List<String> labelsOfCompanies(GraphStore store) {
        QueryAnswer answer = store.query(QueryFactory.create(
                "SELECT ?l WHERE { ?c a <" + NKG.Company.getURI() + "> ; <" + RDFS.label.getURI() + "> ?l } ORDER BY ?l"));
        ResultSetRewindable rows = assertInstanceOf(QueryAnswer.Rows.class, answer).rows();
        List<String> labels = new ArrayList<>();
        rows.forEachRemaining(row -> labels.add(row.getLiteral("l").getString()));
        return labels;
    }

    @Test
    void loadPutsOntologyAndGraphInTheDefaultGraph() throws IOException {
        Path dir = tmp.resolve("tdb2");
        long ontologySize = Ontology.load().size();
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(0, store.size());
            store.replace(company("acme", "Acme"));

            assertEquals(ontologySize + 2, store.size());
            assertEquals(List.of("Acme"), labelsOfCompanies(store));
            QueryAnswer ontologyDeclared = store.query(QueryFactory.create(
                    "ASK { <" + NKG.Company.getURI() + "> a <" + OWL.Class.getURI() + "> }"));
            assertEquals(new QueryAnswer.Bool(true), ontologyDeclared);
            QueryAnswer named = store.query(QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(new QueryAnswer.Bool(false), named);
            // a small first load is added in a write transaction, prefixes included
            assertEquals(NKG.NS, Txn.calculateRead(store.dataset(), () -> store.dataset().getPrefixMapping().getNsPrefixURI("nkg")));
        }
    }

    @Test
    void reloadReplacesTheGraphAndSurvivesReopening() throws IOException {
        Path dir = tmp.resolve("tdb2");
        try (GraphStore store = GraphStore.open(dir)) {
            store.replace(company("acme", "Acme"));
            store.replace(company("globex", "Globex"));
            assertEquals(List.of("Globex"), labelsOfCompanies(store));
        }
        try (GraphStore reopened = GraphStore.openLoaded(dir)) {
            assertEquals(List.of("Globex"), labelsOfCompanies(reopened));
            assertEquals(Ontology.load().size() + 2, reopened.size());
        }
    }

    @Test
    void aReplaceThatChangesLittleLeavesExactlyTheNewContent() throws IOException {
        try (GraphStore store = GraphStore.open(tmp.resolve("tdb2"))) {
            store.replace(company("acme", "Acme").add(company("globex", "Globex")));
            Model changed = company("acme", "Acme Corp").add(company("initech", "Initech"));
            changed.add(changed.createResource(NKG.DATA + "entity/acme"), RDFS.label, "Acme");
            store.replace(changed);
            assertEquals(List.of("Acme", "Acme Corp", "Initech"), labelsOfCompanies(store));
            assertEquals(Ontology.load().size() + changed.size(), store.size());
        }
    }

    @Test
    void aChangedNumberWrittenInAnotherLexicalFormReplacesTheOldOne() throws IOException {
        // TDB2 keeps "0.900" by value and gives back "0.9": the store must still hold the one number written last
        try (GraphStore store = GraphStore.open(tmp.resolve("tdb2"))) {
            Model first = company("acme", "Acme");
            first.createResource(NKG.DATA + "entity/acme").addLiteral(NKG.confidence, first.createTypedLiteral(new java.math.BigDecimal("0.900")));
            store.replace(first);
            Model second = company("acme", "Acme");
            second.createResource(NKG.DATA + "entity/acme").addLiteral(NKG.confidence, second.createTypedLiteral(new java.math.BigDecimal("0.850")));
            store.replace(second);
            QueryAnswer values = store.query(QueryFactory.create("SELECT ?c WHERE { ?s <" + NKG.confidence.getURI() + "> ?c }"));
            ResultSetRewindable rows = assertInstanceOf(QueryAnswer.Rows.class, values).rows();
            assertEquals(1, rows.size());
            assertEquals(0.85, rows.next().getLiteral("c").getDouble());
        }
    }

    @Test
    void aLargeFirstLoadGoesThroughTheBulkLoaderAndALaterReplaceStillApplies() throws IOException {
        Model large = company("acme", "Acme");
        for (int i = 0; i < 100_000; i++) {
            large.add(large.createResource(NKG.DATA + "entity/e" + i), RDFS.label, "entity " + i);
        }
        large.createResource(NKG.DATA + "entity/acme").addLiteral(NKG.confidence, large.createTypedLiteral(new java.math.BigDecimal("0.900")));
        try (GraphStore store = GraphStore.open(tmp.resolve("tdb2"))) {
            store.replace(large);
            assertEquals(Ontology.load().size() + large.size(), store.size());
            assertEquals(NKG.NS, Txn.calculateRead(store.dataset(), () -> store.dataset().getPrefixMapping().getNsPrefixURI("nkg")));

            Model changed = ModelFactory.createDefaultModel().add(large);
            changed.removeAll(changed.createResource(NKG.DATA + "entity/acme"), NKG.confidence, null);
            changed.createResource(NKG.DATA + "entity/acme").addLiteral(NKG.confidence, changed.createTypedLiteral(new java.math.BigDecimal("0.5")));
            changed.remove(changed.createResource(NKG.DATA + "entity/e7"), RDFS.label, changed.createLiteral("entity 7"));
            store.replace(changed);
            assertEquals(Ontology.load().size() + changed.size(), store.size());
            QueryAnswer values = store.query(QueryFactory.create("SELECT ?c WHERE { ?s <" + NKG.confidence.getURI() + "> ?c }"));
            ResultSetRewindable rows = assertInstanceOf(QueryAnswer.Rows.class, values).rows();
            assertEquals(0.5, rows.next().getLiteral("c").getDouble());
            assertEquals(1, rows.size());
        }
    }

    @Test
    void constructAndDescribeReturnGraphs() throws IOException {
        try (GraphStore store = GraphStore.open(tmp.resolve("tdb2"))) {
            store.replace(company("acme", "Acme"));
            Resource acme = ModelFactory.createDefaultModel().createResource(NKG.DATA + "entity/acme");

            QueryAnswer built = store.query(QueryFactory.create(
                    "CONSTRUCT { ?c a <urn:test:Thing> } WHERE { ?c a <" + NKG.Company.getURI() + "> }"));
            Model graph = assertInstanceOf(QueryAnswer.Graph.class, built).model();
            assertTrue(graph.contains(acme, RDF.type, graph.createResource("urn:test:Thing")));
            assertEquals(1, graph.size());

            QueryAnswer described = store.query(QueryFactory.create("DESCRIBE <" + acme.getURI() + ">"));
            assertTrue(assertInstanceOf(QueryAnswer.Graph.class, described).model().contains(acme, RDFS.label, "Acme"));
        }
    }

    @Test
    void openLoadedRefusesAMissingOrEmptyStore() throws IOException {
        Path missing = tmp.resolve("missing");
        IOException e = assertThrows(IOException.class, () -> GraphStore.openLoaded(missing));
        assertTrue(e.getMessage().contains("run `newskg load`"), e.getMessage());
        assertFalse(Files.exists(missing), "a failed open must not create the folder");

        Path empty = tmp.resolve("empty");
        GraphStore.open(empty).close();
        e = assertThrows(IOException.class, () -> GraphStore.openLoaded(empty));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void refusesAFileOrAFolderOfOtherThings() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a store");
        IOException e = assertThrows(IOException.class, () -> GraphStore.open(file));
        assertTrue(e.getMessage().startsWith(file + ": not a folder"), e.getMessage());

        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("thesis.tex"), "\\documentclass{article}");
        e = assertThrows(IOException.class, () -> GraphStore.open(busy));
        assertTrue(e.getMessage().contains("holds no TDB2 store"), e.getMessage());
        try (Stream<Path> children = Files.list(busy)) {
            assertEquals(1, children.count(), "nothing written into a folder that is not a store");
        }
    }
}
