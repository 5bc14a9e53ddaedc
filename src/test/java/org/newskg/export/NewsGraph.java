package org.newskg.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.newskg.graph.GraphWriter;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.vocab.Iris;
import org.newskg.vocab.NKG;

/**
 * A small hand-made graph, written by the real {@link GraphWriter}: seven entities, seven facts
 * between them (one stated by two sentences), two value facts, and one owl:sameAs link to Wikidata.
 */
public final class NewsGraph {
    public static final int ENTITIES = 7;
    public static final int RELATION_FACTS = 7;

    public static final String DEEPSEEK = Iris.entity("DeepSeek");
    public static final String LIANG = Iris.entity("Liang_Wenfeng");
    public static final String HIGH_FLYER = Iris.entity("High-Flyer");
    public static final String R1 = Iris.entity("DeepSeek-R1");
    public static final String NVIDIA = Iris.entity("Nvidia");
    public static final String H800 = Iris.entity("H800");
    public static final String CHINA = Iris.entity("China");

    private NewsGraph() {}

    public static Model model() {
        List<KnowledgeGraph.Source> articles = List.of(
                new KnowledgeGraph.Source("a1", "a1.txt", Optional.of("DeepSeek shakes the AI world"), Optional.of(LocalDate.of(2025, 1, 27)),
                        "DeepSeek, founded by Liang Wenfeng, shook the AI world."),
                new KnowledgeGraph.Source("a2", "a2.txt", Optional.empty(), Optional.empty(), "DeepSeek AI trained its model."));
        List<Entity> entities = List.of(
                entity("DeepSeek", "DeepSeek", EntityType.COMPANY, Set.of("DeepSeek AI"), "a1", "a2"),
                entity("Liang_Wenfeng", "Liang Wenfeng", EntityType.PERSON, Set.of("Liang"), "a1", "a2"),
                entity("High-Flyer", "High-Flyer", EntityType.INVESTMENT_FIRM, Set.of(), "a1"),
                entity("DeepSeek-R1", "DeepSeek-R1", EntityType.AI_MODEL, Set.of("R1"), "a1"),
                entity("Nvidia", "Nvidia", EntityType.COMPANY, Set.of(), "a2"),
                entity("H800", "H800", EntityType.CHIP, Set.of(), "a2"),
                entity("China", "China", EntityType.COUNTRY, Set.of(), "a1"));
        List<Fact> facts = List.of(
                fact("DeepSeek", NKG.foundedBy, "Liang_Wenfeng",
                        evidence("a1", 2, "DeepSeek was founded by Liang Wenfeng.", 0.9),
                        evidence("a2", 5, "Liang Wenfeng founded DeepSeek in 2023.", 0.8)),
                fact("DeepSeek", NKG.spunOutOf, "High-Flyer", evidence("a1", 3, "DeepSeek grew out of High-Flyer.", 0.7)),
                fact("Liang_Wenfeng", NKG.ceoOf, "DeepSeek", evidence("a1", 4, "Liang Wenfeng, DeepSeek's chief executive, said ...", 0.85)),
                fact("DeepSeek-R1", NKG.developedBy, "DeepSeek", evidence("a1", 6, "DeepSeek released R1.", 0.9)),
                fact("DeepSeek", NKG.usedChip, "H800", evidence("a2", 1, "DeepSeek trained on H800 chips.", 0.75)),
                fact("H800", NKG.manufacturedBy, "Nvidia", evidence("a2", 2, "Nvidia's H800 chips ...", 0.8)),
                fact("DeepSeek", NKG.country, "China", evidence("a1", 1, "The Chinese start-up DeepSeek ...", 0.6)),
                new Fact("DeepSeek-R1", NKG.trainingCost, new FactObject.Value("5600000", XSDDatatype.XSDdecimal),
                        List.of(evidence("a1", 7, "It cost $5.6 million to train.", 0.7)), 0.7),
                new Fact("DeepSeek", NKG.foundingDate, new FactObject.Value("2023", XSDDatatype.XSDgYear),
                        List.of(evidence("a2", 5, "Liang Wenfeng founded DeepSeek in 2023.", 0.8)), 0.8));
        Model m = new GraphWriter().write(new KnowledgeGraph(articles, entities, facts));
        m.add(m.createResource(CHINA), OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q148"));
        return m;
    }

    private static Entity entity(String key, String label, EntityType type, Set<String> altLabels, String... articleIds) {
        return new Entity(key, label, new TreeSet<>(altLabels), type, articleIds.length * 2, new TreeSet<>(List.of(articleIds)));
    }

    private static Fact fact(String subject, Property property, String object, Evidence... evidence) {
        List<Evidence> all = List.of(evidence);
        return new Fact(subject, property, new FactObject.EntityRef(object), all, Fact.combine(all));
    }

    private static Evidence evidence(String article, int sentence, String text, double confidence) {
        return new Evidence(article, sentence, sentence * 100, sentence * 100 + text.length(), text, "test", "test-rule", null, false, confidence);
    }
}
