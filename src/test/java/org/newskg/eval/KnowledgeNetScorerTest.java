package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.vocab.NKG;

/** The KnowledgeNet fold format and its scoring rules, on an invented fold. */
class KnowledgeNetScorerTest {
    @TempDir
    Path dir;

    private KnowledgeNetFold fold() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("facts.tsv"), String.join("\n",
                "doc\tproperty\tsubject\tobject\tsubject_wikidata",
                "1\tCEO\tAcme Robotics, Inc.\tJane Roe\t",
                "1\tCEO\tAcme Robotics\tShe\t",
                "1\tEMPLOYEE_OR_MEMBER_OF\tJane Roe\tAcme Robotics\t",
                "1\tDATE_FOUNDED\tAcme Robotics\tMarch 3, 1987\t",
                "2\tFOUNDED_BY\t\t\t",
                "2\tSPOUSE\tJohn Doe\tJane Roe\t",
                "3\tSUBSIDIARY_OF\tBeta Labs\tAcme Robotics\t"), StandardCharsets.UTF_8);
        return KnowledgeNetFold.read(dir);
    }

    @Test
    void foldIsReadInNewskgsDirectionWithoutOtherProperties() throws IOException {
        KnowledgeNetFold fold = fold();
        assertEquals(List.of(
                new KnowledgeNetFold.Fact("1", NKG.ceoOf, "Jane Roe", "Acme Robotics, Inc."),
                new KnowledgeNetFold.Fact("1", NKG.ceoOf, "She", "Acme Robotics"),
                new KnowledgeNetFold.Fact("1", NKG.employedBy, "Jane Roe", "Acme Robotics"),
                new KnowledgeNetFold.Fact("1", NKG.foundingDate, "Acme Robotics", "March 3, 1987"),
                new KnowledgeNetFold.Fact("3", NKG.parentOrganization, "Beta Labs", "Acme Robotics")), fold.facts());
        assertEquals(java.util.Set.of(NKG.foundedBy), fold.annotated().get("2"), "an empty row says the document was annotated");
        assertTrue(fold.facts().get(1).hasPronoun());
    }

    @Test
    void scoresByTheFoldsRules() throws IOException {
        Entity acme = entity("acme", "Acme Robotics, Inc.", EntityType.COMPANY, "Acme Robotics");
        Entity jane = entity("jane", "Jane Roe", EntityType.PERSON);
        Entity beta = entity("beta", "Beta Labs", EntityType.COMPANY);
        Entity gamma = entity("gamma", "Gamma", EntityType.COMPANY);
        KnowledgeGraph graph = new KnowledgeGraph(List.of(), List.of(acme, jane, beta, gamma), List.of(
                // matches both the CEO fact and, as a chief executive is an employee, the employee fact
                fact(jane, NKG.ceoOf, acme, "1"),
                fact(acme, NKG.foundingDate, new FactObject.Value("1987", XSDDatatype.XSDgYear), "1"),
                // wrong: document 1 has a CEO fact
                fact(beta, NKG.ceoOf, gamma, "1"),
                // not counted: document 2 has no CEO fact, so nothing proves it wrong
                fact(jane, NKG.ceoOf, gamma, "2"),
                // wrong direction
                fact(acme, NKG.parentOrganization, beta, "3")));
        KnowledgeNetScorer.Result r = new KnowledgeNetScorer().score(graph, fold());
        assertEquals(new Score(1, 1, 0), r.byProperty().get(NKG.ceoOf), "the pronoun fact is left out");
        // Beta ceoOf Gamma also states Beta employedBy Gamma, wrong in document 1
        assertEquals(new Score(1, 1, 0), r.byProperty().get(NKG.employedBy));
        assertEquals(new Score(1, 0, 0), r.byProperty().get(NKG.foundingDate));
        assertEquals(new Score(0, 1, 1), r.byProperty().get(NKG.parentOrganization));
        assertEquals(new Score(3, 3, 1), r.overall());
        assertTrue(r.wrong().stream().map(KnowledgeNetScorer.Prediction::describe)
                        .anyMatch(d -> d.equals("3: Acme Robotics, Inc. parentOrganization Beta Labs  [test rule 0.90]  «a sentence»")),
                "a wrong prediction names the reader, rule and confidence of its evidence: " + r.wrong());
    }

    @Test
    void folderThatIsNoFoldIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> KnowledgeNetFold.read(dir));
        assertTrue(e.getMessage().contains("not a KnowledgeNet fold"), e.getMessage());
    }

    private static Entity entity(String key, String label, EntityType type, String... alt) {
        return new Entity(key, label, new TreeSet<>(List.of(alt)), type, 1, new TreeSet<>());
    }

    private static Fact fact(Entity s, Property p, Entity o, String doc) {
        return fact(s, p, new FactObject.EntityRef(o.key()), doc);
    }

    private static Fact fact(Entity s, Property p, FactObject o, String doc) {
        Evidence e = new Evidence(doc, 0, 0, 10, "a sentence", "test", "rule", null, false, 0.9);
        return new Fact(s.key(), p, o, List.of(e), 0.9);
    }
}
