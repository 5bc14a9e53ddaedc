package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.Scores.Miss;
import org.newskg.eval.Scores.WrongType;
import org.newskg.graph.GraphWriter;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.vocab.NKG;
import org.newskg.vocab.Ontology;

class ScorerTest {
    private static final String ENTITIES = """
            entity\ttype\taliases\twikidata
            Acme Corp\tOrganization\tAcme Corp|Acme Corporation\t
            Jane Roe\tPerson\tJane Roe|Roe\t
            Bolt-7\tAIModel\tBolt-7\t
            Zeta Chip\tChip\tZeta Chip|Zeta\t
            Orbit Labs\tOrganization\tOrbit Labs|Orbit\t
            Nova\tOrganization\tNova|Nova Group\t
            Freedonia\tPlace\tFreedonian|Fredonia\t
            Benchmark\tOrganization\tBenchmark\t
            """;
    /** 8 required facts, 2 optional. */
    private static final String TRIPLES = """
            subject\tpredicate\tobject\tstatus\tdocs\tnote
            Acme Corp\tfoundedBy\tJane Roe\trequired\t001\t"Acme, founded by Jane Roe"
            Orbit Labs\tfoundedBy\tJane Roe\toptional\t002\timplied
            Bolt-7\tdevelopedBy\tAcme Corp\trequired\t001\t
            Bolt-7\tusedChip\tZeta Chip\trequired\t001\t
            Zeta Chip\tmanufacturedBy\tNova\trequired\t002\t
            Acme Corp\tcountry\tFreedonia\trequired\t001\t
            Bolt-7\ttrainingCost\t5600000\trequired\t001\t
            Acme Corp\tfoundingDate\t2015\trequired\t001\t
            Bolt-7\treleaseDate\t2025-01-20\trequired\t002\t
            Orbit Labs\tassetsUnderManagement\t8000000000\toptional\t002\t
            """;
    private static final String DATA = "http://example.org/entity/";

    private static final Scorer SCORER = new Scorer();

    @TempDir
    Path dir;

    private GoldSet gold;
    private final Model m = ModelFactory.createDefaultModel();

    @BeforeEach
    void writeGold() throws IOException {
        Files.writeString(dir.resolve(GoldSet.ENTITIES_FILE), ENTITIES);
        Files.writeString(dir.resolve(GoldSet.TRIPLES_FILE), TRIPLES);
        gold = GoldSet.read(dir);
    }

    @Test
    void labelMatchIsATruePositive() {
        m.add(node("acme", "Acme Corp"), NKG.foundedBy, node("jane", "Jane Roe"));
        Scores s = SCORER.score(m, gold);
        assertEquals(new Score(1, 0, 0), s.of(Relation.FOUNDED_BY));
        assertEquals(new Score(1, 0, 7), s.overall());
        assertEquals(1, s.predictions());
        assertEquals(List.of(), s.falsePositives());
    }

    @Test
    void labelsMatchWhateverTheirCasePossessiveHyphensAndPunctuation() {
        Resource acme = node("acme", "ACME CORPORATION's");
        m.add(acme, NKG.foundedBy, node("jane", "jane  ROE"));
        m.add(node("bolt", "Bolt 7"), NKG.developedBy, node("acme2", "acme corp."));
        Scores s = SCORER.score(m, gold);
        assertEquals(new Score(1, 0, 0), s.of(Relation.FOUNDED_BY));
        assertEquals(new Score(1, 0, 0), s.of(Relation.DEVELOPED_BY));
    }

    @Test
    void anEntitysCanonicalNameMatchesThoughItsAliasesLeaveItOut() {
        m.add(node("acme", "Acme Corp"), NKG.country, node("freedonia", "Freedonia"));
        m.add(node("acme2", "Acme Corporation"), NKG.country, node("freedonian", "Freedonian"));
        Scores s = SCORER.score(m, gold);
        assertEquals(new Score(1, 0, 0), s.of(Relation.COUNTRY));
        assertEquals(List.of(), s.falsePositives());
    }

    @Test
    void altLabelsMatchWhenTheLabelDoesNotAndOnlyOneEntityFits() {
        Resource unlabelled = alt(m.createResource(DATA + "a"), "Acme Corporation", "the start-up");
        Resource unknownLabel = alt(node("b", "Acme the Great"), "Acme Corporation");
        m.add(unlabelled, NKG.foundedBy, node("jane", "Jane Roe"));
        m.add(unknownLabel, NKG.country, node("freedonia", "Freedonia"));
        Scores s = SCORER.score(m, gold);
        assertEquals(new Score(1, 0, 0), s.of(Relation.FOUNDED_BY));
        assertEquals(new Score(1, 0, 0), s.of(Relation.COUNTRY));
    }

    @Test
    void altLabelsThatFitSeveralEntitiesMatchNone() {
        Resource ambiguous = alt(node("x", "Mystery Co"), "Acme Corporation", "Orbit");
        m.add(ambiguous, NKG.foundedBy, node("jane", "Jane Roe"));
        Scores s = SCORER.score(m, gold);
        assertEquals(new Score(0, 1, 1), s.of(Relation.FOUNDED_BY));
        assertEquals("Mystery Co [ambiguous: Acme Corp | Orbit Labs] foundedBy Jane Roe [= Jane Roe]",
                s.falsePositives().get(0).describe());
    }

    @Test
    void theLabelWinsOverAltLabels() {
        // read as Orbit Labs, whose founding by Jane Roe is optional; as Acme Corp it would be a hit
        m.add(alt(node("orbit", "Orbit Labs"), "Acme Corp"), NKG.foundedBy, node("jane", "Jane Roe"));
        Scores s = SCORER.score(m, gold);
        assertEquals(new Score(0, 0, 1), s.of(Relation.FOUNDED_BY));
        assertEquals(1, s.ignored());
    }

    @Test
    void moneyMatchesByNumber() {
        Resource bolt = node("bolt", "Bolt-7");
        assertEquals(1, valueHits(bolt, NKG.trainingCost, m.createTypedLiteral("5600000.00", XSDDatatype.XSDdecimal)));
        assertEquals(1, valueHits(bolt, NKG.trainingCost, m.createTypedLiteral("5.6E6", XSDDatatype.XSDdouble)));
        assertEquals(1, valueHits(bolt, NKG.trainingCost, m.createTypedLiteral("5600000", XSDDatatype.XSDinteger)));
        assertEquals(0, valueHits(bolt, NKG.trainingCost, m.createTypedLiteral("5600001", XSDDatatype.XSDdecimal)));
        assertEquals(0, valueHits(bolt, NKG.trainingCost, m.createLiteral("$5.6 million")));
    }

    @Test
    void yearsMatchByPrefix() {
        Resource acme = node("acme", "Acme Corp");
        assertEquals(1, valueHits(acme, NKG.foundingDate, m.createTypedLiteral("2015", XSDDatatype.XSDgYear)));
        assertEquals(1, valueHits(acme, NKG.foundingDate, m.createTypedLiteral("2015-06-01", XSDDatatype.XSDdate)));
        assertEquals(0, valueHits(acme, NKG.foundingDate, m.createTypedLiteral("2016", XSDDatatype.XSDgYear)));
    }

    @Test
    void datesMatchByDate() {
        Resource bolt = node("bolt", "Bolt-7");
        assertEquals(1, valueHits(bolt, NKG.releaseDate, m.createTypedLiteral("2025-01-20", XSDDatatype.XSDdate)));
        assertEquals(1, valueHits(bolt, NKG.releaseDate, m.createTypedLiteral("2025-01-20T09:30:00Z", XSDDatatype.XSDdateTime)));
        assertEquals(0, valueHits(bolt, NKG.releaseDate, m.createTypedLiteral("2025-01-21", XSDDatatype.XSDdate)));
        assertEquals(0, valueHits(bolt, NKG.releaseDate, m.createTypedLiteral("2025", XSDDatatype.XSDgYear)));
    }

    @Test
    void optionalFactsAreIgnored() {
        m.add(node("orbit", "Orbit"), NKG.foundedBy, node("jane", "Roe"));
        m.addLiteral(node("orbit", "Orbit"), NKG.assetsUnderManagement, m.createTypedLiteral("8000000000", XSDDatatype.XSDdecimal));
        Scores s = SCORER.score(m, gold);
        assertEquals(2, s.predictions());
        assertEquals(2, s.ignored());
        assertEquals(new Score(0, 0, 8), s.overall());
    }

    @Test
    void aFactPredictedTwiceCountsOnce() {
        Resource jane = node("jane", "Jane Roe");
        m.add(node("acme", "Acme Corp"), NKG.foundedBy, jane);
        m.add(node("acme-duplicate", "Acme Corporation"), NKG.foundedBy, jane);
        Scores s = SCORER.score(m, gold);
        assertEquals(2, s.predictions());
        assertEquals(new Score(1, 0, 0), s.of(Relation.FOUNDED_BY));
        assertEquals(1.0, s.overall().precision());
    }

    @Test
    void countsPerPropertyAndOverall() {
        Resource acme = node("acme", "Acme Corp");
        Resource jane = node("jane", "Jane Roe");
        Resource bolt = node("bolt", "Bolt-7");
        Resource zeta = node("zeta", "Zeta");
        Resource orbit = node("orbit", "Orbit Labs");
        m.add(acme, NKG.foundedBy, jane);                              // TP
        m.add(node("acme2", "Acme Corporation"), NKG.foundedBy, jane); // same fact again
        m.add(node("unknown", "Unknown Thing"), NKG.foundedBy, jane);  // FP: subject not in gold
        m.add(orbit, NKG.foundedBy, jane);                             // optional: ignored
        m.add(bolt, NKG.developedBy, acme);                            // TP
        m.add(bolt, NKG.developedBy, orbit);                           // FP: wrong object
        m.add(zeta, NKG.manufacturedBy, acme);                         // FP: gold says Nova
        m.add(acme, NKG.country, node("freedonia", "Freedonia"));      // TP
        m.add(acme, NKG.chiefExecutive, jane);                         // not in the inventory
        m.add(acme, RDFS.label, "Acme Corp");

        Scores s = SCORER.score(m, gold);

        assertEquals(8, s.predictions());
        assertEquals(1, s.ignored());
        assertEquals(new Score(1, 1, 0), s.of(Relation.FOUNDED_BY));
        assertEquals(new Score(1, 1, 0), s.of(Relation.DEVELOPED_BY));
        assertEquals(new Score(0, 1, 1), s.of(Relation.MANUFACTURED_BY));
        assertEquals(new Score(1, 0, 0), s.of(Relation.COUNTRY));
        assertEquals(new Score(0, 0, 1), s.of(Relation.USED_CHIP));
        assertEquals(new Score(0, 0, 1), s.of(Relation.TRAINING_COST));
        assertEquals(new Score(0, 0, 0), s.of(Relation.OUTPERFORMS));
        assertEquals(0.5, s.of(Relation.FOUNDED_BY).precision());
        assertEquals(1.0, s.of(Relation.FOUNDED_BY).recall());
        assertEquals(2.0 / 3, s.of(Relation.FOUNDED_BY).f1(), 1e-12);
        assertEquals(0.0, s.of(Relation.MANUFACTURED_BY).f1());

        assertEquals(new Score(3, 3, 5), s.overall());
        assertEquals(0.5, s.overall().precision());
        assertEquals(0.375, s.overall().recall());
        assertEquals(3.0 / 7, s.overall().f1(), 1e-12);

        assertEquals(List.of(
                "Unknown Thing [not in gold] foundedBy Jane Roe [= Jane Roe]",
                "Zeta [= Zeta Chip] manufacturedBy Acme Corp [= Acme Corp]",
                "Bolt-7 [= Bolt-7] developedBy Orbit Labs [= Orbit Labs]"),
                s.falsePositives().stream().map(Scores.FalsePositive::describe).toList());
        assertEquals(List.of(
                "Bolt-7 usedChip Zeta Chip: NOT_EXTRACTED",
                "Zeta Chip manufacturedBy Nova: OBJECT_NOT_FOUND",
                "Bolt-7 trainingCost 5600000: NOT_EXTRACTED",
                "Acme Corp foundingDate 2015: NOT_EXTRACTED",
                "Bolt-7 releaseDate 2025-01-20: NOT_EXTRACTED"),
                s.misses().stream().map(miss -> miss.fact().describe() + ": " + miss.cause()).toList());
    }

    @Test
    void anyPredicateWithAnInventoryLocalNameIsAPrediction() {
        m.add(node("acme", "Acme Corp"), m.createProperty("http://example.org/vocab#foundedBy"), node("jane", "Jane Roe"));
        m.add(node("nova", "Nova"), m.createProperty("http://example.org/vocab/investedIn"), node("orbit", "Orbit"));
        Scores s = SCORER.score(m, gold);
        assertEquals(new Score(1, 0, 0), s.of(Relation.FOUNDED_BY));
        assertEquals(new Score(0, 1, 0), s.of(Relation.INVESTED_IN));
    }

    @Test
    void allGraphsOfADatasetCountAndATripleInTwoGraphsIsOnePrediction() {
        Dataset ds = DatasetFactory.create();
        Model labels = ds.getDefaultModel();
        labels.add(labels.createResource(DATA + "acme"), RDFS.label, "Acme Corp");
        labels.add(labels.createResource(DATA + "jane"), RDFS.label, "Jane Roe");
        for (String g : List.of("http://example.org/graph/1", "http://example.org/graph/2")) {
            Model named = ds.getNamedModel(g);
            named.add(named.createResource(DATA + "acme"), NKG.foundedBy, named.createResource(DATA + "jane"));
        }
        Scores s = SCORER.score(ds, gold);
        assertEquals(1, s.predictions());
        assertEquals(new Score(1, 0, 0), s.of(Relation.FOUNDED_BY));
    }

    @Test
    void typingAcceptsSubclassesOfTheGoldType() {
        typed("acme", NKG.Company, "Acme Corp");                // Organization via Company
        typed("orbit", NKG.Organization, "Orbit Labs");
        typed("orbit-duplicate", NKG.Person, "Orbit");          // one right node is enough
        typed("nova", NKG.InvestmentFirm, "Nova Group");        // Organization via Company via InvestmentFirm
        typed("freedonia", NKG.Country, "Freedonia");           // Place via Country
        typed("bolt", NKG.AIModel, "Bolt-7");
        typed("jane", NKG.Organization, "Jane Roe");            // wrong
        node("zeta", "Zeta Chip");                              // no type: wrong
        m.add(Ontology.load());                                 // nkg:Benchmark is labelled "benchmark", yet is no entity

        Scores.EntityTyping t = SCORER.score(m, gold).typing();

        assertEquals(8, t.goldEntities());
        assertEquals(7, t.found());
        assertEquals(5, t.correctlyTyped());
        assertEquals(List.of(
                new WrongType("Jane Roe", GoldType.Person, List.of("nkg:Organization")),
                new WrongType("Zeta Chip", GoldType.Chip, List.of())), t.wronglyTyped());
        assertEquals(List.of("Benchmark"), t.missing());
        assertEquals(5.0 / 7, t.accuracy(), 1e-12);
    }

    /** The graph shape {@link GraphWriter} writes: reified statements and evidence are not predictions. */
    @Test
    void scoresTheGraphWriterShape() {
        Evidence ev = new Evidence("001", 3, 100, 160, "Acme Corp, founded by Jane Roe, built Bolt-7 for $5.6 million.",
                "test", "test-rule", null, false, 0.9);
        KnowledgeGraph kg = new KnowledgeGraph(
                List.of(new KnowledgeGraph.Source("001", "001.txt", Optional.of("A title"), Optional.of(LocalDate.of(2025, 1, 28)),
                        "Acme Corp, founded by Jane Roe, built Bolt-7 for $5.6 million.")),
                List.of(entity("acme", "Acme Corp", EntityType.COMPANY),
                        entity("jane", "Jane Roe", EntityType.PERSON),
                        entity("bolt", "Bolt 7", EntityType.AI_MODEL)),
                List.of(new Fact("acme", NKG.foundedBy, new FactObject.EntityRef("jane"), List.of(ev), 0.9),
                        new Fact("bolt", NKG.trainingCost, new FactObject.Value("5600000", XSDDatatype.XSDdecimal), List.of(ev), 0.9),
                        new Fact("bolt", NKG.developedBy, new FactObject.EntityRef("jane"), List.of(ev), 0.9)));

        Scores s = SCORER.score(new GraphWriter().write(kg), gold);

        assertEquals(3, s.predictions());
        assertEquals(new Score(2, 1, 6), s.overall());
        assertEquals(3, s.typing().found());
        assertEquals(3, s.typing().correctlyTyped());
        assertEquals(List.of(Miss.Cause.NOT_EXTRACTED), s.misses().stream()
                .filter(miss -> miss.fact().relation() == Relation.DEVELOPED_BY).map(Miss::cause).toList());
    }

    private Resource node(String key, String label) {
        return m.createResource(DATA + key).addProperty(RDFS.label, label);
    }

    private Resource typed(String key, Resource type, String label) {
        return node(key, label).addProperty(org.apache.jena.vocabulary.RDF.type, type);
    }

    private static Resource alt(Resource r, String... altLabels) {
        for (String a : altLabels) {
            r.addProperty(SKOS.altLabel, a);
        }
        return r;
    }

    /** True positives when the graph holds just this one value triple. */
    private int valueHits(Resource subject, org.apache.jena.rdf.model.Property p, RDFNode value) {
        Model one = ModelFactory.createDefaultModel().add(subject.listProperties(RDFS.label));
        one.add(subject, p, value);
        return SCORER.score(one, gold).overall().truePositives();
    }

    private static Entity entity(String key, String label, EntityType type) {
        return new Entity(key, label, new TreeSet<>(), type, 1, new TreeSet<>(List.of("001")));
    }
}
