package org.newskg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Names;

class NameClustererTest {
    private final NameClusterer clusterer = new NameClusterer();

    private NameClusters cluster(ArticleExtraction... corpus) {
        return clusterer.cluster(List.copyOf(EntityResolver.names(List.of(corpus))));
    }

    /** The cluster of a name. */
    private static String of(NameClusters c, String name) {
        return c.clusterOf(Names.key(name));
    }

    @Test
    void namesEqualUpToCasePunctuationAndPossessiveAreOne() {
        HandMadeArticle a = new HandMadeArticle("a", "Harbor-Point grew. Harbor Point's shares rose. HARBOR POINT hired.");
        a.name("Harbor-Point", null, 0);
        a.name("Harbor Point's", null, 0);
        a.name("HARBOR POINT", null, 0);
        NameClusters c = cluster(a.build());
        assertEquals(1, c.members().size());
    }

    @Test
    void productWithMakerInFrontIsTheProductWhenTheMakerIsNamedToo() {
        HandMadeArticle a = new HandMadeArticle("a", "Acme released Acme X1. Buyers liked X1.");
        a.name("Acme", EntityType.COMPANY, 3);
        a.name("Acme X1", EntityType.CHIP, 1.5);
        a.name("X1", EntityType.CHIP, 1.5);
        NameClusters c = cluster(a.build());
        assertEquals(of(c, "Acme X1"), of(c, "X1"));
        assertNotEquals(of(c, "Acme"), of(c, "X1"));
    }

    @Test
    void lookAlikeProductsStayApart() {
        HandMadeArticle a = new HandMadeArticle("a", "Orca 3.1 beat Orca and X1-Zero beat X1.");
        a.name("Orca 3.1", EntityType.AI_MODEL, 1.5);
        a.name("Orca", EntityType.AI_MODEL, 1.5);
        a.name("X1-Zero", EntityType.AI_MODEL, 1.5);
        a.name("X1", EntityType.AI_MODEL, 1.5);
        assertEquals(4, cluster(a.build()).members().size());
    }

    @Test
    void designatorMayBeLeftOffAndOneLetterTyposOfLongNamesAreTheSame() {
        HandMadeArticle a = new HandMadeArticle("a", "Harbor Holdings said Harbor lost. Zentekron rose and Zentekran fell.");
        a.name("Harbor Holdings", EntityType.COMPANY, 3);
        a.name("Harbor", null, 0);
        a.name("Zentekron", null, 0);
        a.name("Zentekran", null, 0);
        NameClusters c = cluster(a.build());
        assertEquals(of(c, "Harbor Holdings"), of(c, "Harbor"));
        assertEquals(of(c, "Zentekron"), of(c, "Zentekran"));
    }

    @Test
    void surnameAloneJoinsTheOnePersonWithIt() {
        HandMadeArticle a = new HandMadeArticle("a", "Jane Okafor founded Acme. Okafor said so.");
        a.name("Jane Okafor", EntityType.PERSON, 3);
        a.name("Okafor", null, 0);
        HandMadeArticle b = new HandMadeArticle("b", "John Roe and Mary Roe spoke. Roe agreed.");
        b.name("John Roe", EntityType.PERSON, 3);
        b.name("Mary Roe", EntityType.PERSON, 3);
        b.name("Roe", null, 0);
        NameClusters c = cluster(a.build(), b.build());
        clusterer.mergePartialPersonNames(c, new TypeVoter().vote(c));
        assertEquals(of(c, "Jane Okafor"), of(c, "Okafor"));
        assertEquals(Names.key("Roe"), of(c, "Roe"), "two people are called Roe");
    }

    @Test
    void referenceCountsAsAMentionOfItsAntecedentsEntity() {
        HandMadeArticle a = new HandMadeArticle("a", "Acme grew. The company hired.");
        int acme = a.name("Acme", EntityType.COMPANY, 3);
        a.reference("The company", acme);
        Entity entity = new EntityResolver().resolve(List.of(a.build())).entities().get(0);
        assertEquals("Acme", entity.label());
        assertEquals(2, entity.mentionCount());
    }
}
