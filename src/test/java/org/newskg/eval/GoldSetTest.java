package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.vocab.NKG;
import org.newskg.vocab.Ontology;

class GoldSetTest {
    /** The gold set shipped in the repository; tests run from the project folder. */
    static final Path PROJECT_GOLD = Path.of("gold");

    static final String ENTITIES_HEADER = "entity\ttype\taliases\twikidata\n";
    static final String TRIPLES_HEADER = "subject\tpredicate\tobject\tstatus\tdocs\tnote\n";

    @TempDir
    Path dir;

    @Test
    void projectGoldSetParses() throws IOException {
        GoldSet gold = GoldSet.read(PROJECT_GOLD);
        assertEquals(87, gold.entities().size());
        assertEquals(83, gold.facts().size());
        assertEquals(54, gold.requiredFacts());
        GoldEntity r1 = gold.entity("DeepSeek-R1").orElseThrow();
        assertEquals(GoldType.AIModel, r1.type());
        assertEquals(List.of("DeepSeek-R1", "DeepSeek R1", "R1", "DeepSeek R1s"), r1.aliases());
        GoldFact first = gold.facts().get(0);
        assertEquals("DeepSeek foundedBy Liang Wenfeng", first.describe());
        assertTrue(first.required());
        assertEquals(List.of("001", "003", "004"), first.docs());
    }

    @Test
    void everyGoldPredicateIsAnOntologyProperty() throws IOException {
        Model ontology = Ontology.load();
        List<String> lines = Files.readAllLines(PROJECT_GOLD.resolve(GoldSet.TRIPLES_FILE));
        Set<String> predicates = new TreeSet<>();
        lines.subList(1, lines.size()).forEach(line -> predicates.add(line.split("\t")[1]));
        for (String predicate : predicates) {
            Resource p = ResourceFactory.createResource(NKG.NS + predicate);
            assertTrue(ontology.contains(p, RDF.type, OWL.ObjectProperty) || ontology.contains(p, RDF.type, OWL.DatatypeProperty),
                    predicate + " is not a property of the ontology");
        }
    }

    @Test
    void relationInventoryMatchesTheOntology() {
        Model ontology = Ontology.load();
        assertEquals(19, Relation.values().length);
        for (Relation r : Relation.values()) {
            Resource kind = r.objectKind() == Relation.ObjectKind.ENTITY ? OWL.ObjectProperty : OWL.DatatypeProperty;
            assertTrue(ontology.contains(r.property(), RDF.type, kind), r.localName() + " should be a " + kind.getLocalName());
        }
    }

    /** Under the matching rules no alias may stand for two gold entities, or the scores would depend on chance. */
    @Test
    void projectGoldAliasesAreUnambiguous() throws IOException {
        Map<String, String> entityByKey = new HashMap<>();
        for (GoldEntity e : GoldSet.read(PROJECT_GOLD).entities()) {
            for (String alias : e.aliases()) {
                String other = entityByKey.putIfAbsent(NameKey.of(alias), e.name());
                assertTrue(other == null || other.equals(e.name()), alias + " stands for both " + other + " and " + e.name());
            }
        }
    }

    @Test
    void readsOptionalTrailingColumns() throws IOException {
        write(ENTITIES_HEADER + "Acme\tOrganization\tAcme|ACME Inc.\n" + "Jane Roe\tPerson\tJane Roe\tQ42\n",
                TRIPLES_HEADER + "Acme\tfoundedBy\tJane Roe\trequired\n");
        GoldSet gold = GoldSet.read(dir);
        assertEquals("", gold.entity("Acme").orElseThrow().wikidata());
        assertEquals("Q42", gold.entity("Jane Roe").orElseThrow().wikidata());
        assertEquals(List.of(), gold.facts().get(0).docs());
        assertEquals("", gold.facts().get(0).note());
    }

    @Test
    void entityWithoutAliasesIsNamedByItsCanonicalName() throws IOException {
        write(ENTITIES_HEADER + "Acme\tOrganization\t | \t\n", TRIPLES_HEADER);
        assertEquals(List.of("Acme"), GoldSet.read(dir).entity("Acme").orElseThrow().aliases());
    }

    /** Annotators list a fact again for a second article; it is one fact, stated by both, required if either row says so. */
    @Test
    void repeatedFactIsMergedAcrossArticles() throws IOException {
        write(ENTITIES_HEADER + "Acme\tOrganization\tAcme\t\n" + "Jane Roe\tPerson\tJane Roe\t\n",
                TRIPLES_HEADER + "Acme\tfoundedBy\tJane Roe\toptional\t001\tfirst quote\n"
                        + "Acme\tfoundedBy\tJane Roe\trequired\t002,001\tsecond quote\n");
        GoldSet gold = GoldSet.read(dir);
        assertEquals(1, gold.facts().size());
        GoldFact fact = gold.facts().get(0);
        assertTrue(fact.required());
        assertEquals(List.of("001", "002"), fact.docs());
        assertEquals("first quote; second quote", fact.note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            too few columns;          entities.tsv;   3;  Jane Roe\\tPerson;                           2 tab-separated columns, expected 3 to 4
            unknown type;             entities.tsv;   3;  Jane Roe\\tHuman\\tJane Roe\\t;             unknown type 'Human'
            bad QID;                  entities.tsv;   3;  Jane Roe\\tPerson\\tJane\\twd:Q1;           wikidata 'wd:Q1' is not a QID
            repeated entity;          entities.tsv;   3;  Acme\\tOrganization\\tAcme\\t;              entity 'Acme' is listed twice
            too many columns;         triples.tsv;    3;  Acme\\tfoundedBy\\tJane Roe\\trequired\\t\\t\\tx; 7 tab-separated columns
            unknown subject;          triples.tsv;    3;  Acne\\tfoundedBy\\tJane Roe\\trequired\\t\\t;  subject 'Acne' is not an entity
            unknown predicate;        triples.tsv;    3;  Acme\\tfounder\\tJane Roe\\trequired\\t\\t;    predicate 'founder' is not in the relation inventory
            unknown object;           triples.tsv;    3;  Acme\\tfoundedBy\\tJohn Doe\\trequired\\t\\t;  object 'John Doe' is not an entity
            amount not a number;      triples.tsv;    3;  Acme\\ttrainingCost\\t$5.6 million\\trequired\\t\\t; is not an amount
            date not a date;          triples.tsv;    3;  Acme\\tfoundingDate\\t2015-13-01\\trequired\\t\\t; is not a year YYYY or a date
            unknown status;           triples.tsv;    3;  Acme\\tfoundedBy\\tJane Roe\\tmaybe\\t\\t;     status 'maybe' is neither required nor optional
            empty object;             triples.tsv;    3;  Acme\\tfoundedBy\\t\\trequired\\t\\t;          empty object
            """)
    void badRowNamesFileAndLine(String problem, String file, int line, String row, String reason) throws IOException {
        String badRow = row.replace("\\t", "\t") + "\n";
        String entities = ENTITIES_HEADER + "Acme\tOrganization\tAcme\t\n" + "Jane Roe\tPerson\tJane Roe|Roe\t\n";
        String triples = TRIPLES_HEADER + "Acme\tfoundedBy\tJane Roe\trequired\t001\tquote\n";
        if (file.equals(GoldSet.ENTITIES_FILE)) {
            // the bad entity row goes second, so that its line is 3
            String[] lines = entities.split("\n");
            entities = lines[0] + "\n" + lines[1] + "\n" + badRow + lines[2] + "\n";
        } else {
            triples += badRow;
        }
        write(entities, triples);
        IOException e = assertThrows(IOException.class, () -> GoldSet.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve(file) + " line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void wrongHeaderIsReported() throws IOException {
        write("name\ttype\taliases\twikidata\n", TRIPLES_HEADER);
        IOException e = assertThrows(IOException.class, () -> GoldSet.read(dir));
        assertEquals(dir.resolve("entities.tsv") + " line 1: expected the header entity<tab>type<tab>aliases<tab>wikidata", e.getMessage());
    }

    @Test
    void missingFileIsReported() throws IOException {
        Files.writeString(dir.resolve(GoldSet.ENTITIES_FILE), ENTITIES_HEADER);
        IOException e = assertThrows(IOException.class, () -> GoldSet.read(dir));
        assertEquals(dir.resolve("triples.tsv") + ": file not found", e.getMessage());
        IOException noFolder = assertThrows(IOException.class, () -> GoldSet.read(dir.resolve("nowhere")));
        assertEquals(dir.resolve("nowhere") + ": gold folder not found", noFolder.getMessage());
    }

    private void write(String entities, String triples) throws IOException {
        Files.writeString(dir.resolve(GoldSet.ENTITIES_FILE), entities);
        Files.writeString(dir.resolve(GoldSet.TRIPLES_FILE), triples);
    }
}
