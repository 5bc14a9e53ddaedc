package org.newskg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.EntityType;

class NameClustererTest {
    private final NameClusterer clusterer = new NameClusterer();

    private static MentionRef ref(int article, int mention) {
        return new MentionRef(article, mention);
    }

    @Test
    void namesEqualUpToCasePunctuationAndPossessiveAreOne() {
        HandMadeArticle a = new HandMadeArticle("a", "Harbor-Point grew. Harbor Point's shares rose. HARBOR POINT hired.");
        a.name("Harbor-Point", null, 0);
        a.name("Harbor Point's", null, 0);
        a.name("HARBOR POINT", null, 0);
        NameClusters c = clusterer.cluster(List.of(a.build()));
        assertEquals(1, c.members().size());
    }

    @Test
    void productWithMakerInFrontIsTheProductWhenTheMakerIsNamedToo() {
        HandMadeArticle a = new HandMadeArticle("a", "Acme released Acme X1. Buyers liked X1.");
        a.name("Acme", EntityType.COMPANY, 3);
        int prefixed = a.name("Acme X1", EntityType.CHIP, 1.5);
        int bare = a.name("X1", EntityType.CHIP, 1.5);
        NameClusters c = clusterer.cluster(List.of(a.build()));
        assertEquals(c.clusterOf(0, prefixed), c.clusterOf(0, bare));
        assertNotEquals(c.clusterOf(0, 0), c.clusterOf(0, bare));
    }

    @Test
    void lookAlikeProductsStayApart() {
        HandMadeArticle a = new HandMadeArticle("a", "Orca 3.1 beat Orca and X1-Zero beat X1.");
        a.name("Orca 3.1", EntityType.AI_MODEL, 1.5);
        a.name("Orca", EntityType.AI_MODEL, 1.5);
        a.name("X1-Zero", EntityType.AI_MODEL, 1.5);
        a.name("X1", EntityType.AI_MODEL, 1.5);
        assertEquals(4, clusterer.cluster(List.of(a.build())).members().size());
    }

    @Test
    void designatorMayBeLeftOffAndOneLetterTyposOfLongNamesAreTheSame() {
        HandMadeArticle a = new HandMadeArticle("a", "Harbor Holdings said Harbor lost. Zentekron rose and Zentekran fell.");
        int quant = a.name("Harbor Holdings", EntityType.COMPANY, 3);
        int bare = a.name("Harbor", null, 0);
        int right = a.name("Zentekron", null, 0);
        int typo = a.name("Zentekran", null, 0);
        NameClusters c = clusterer.cluster(List.of(a.build()));
        assertEquals(c.clusterOf(0, quant), c.clusterOf(0, bare));
        assertEquals(c.clusterOf(0, right), c.clusterOf(0, typo));
    }

    @Test
    void surnameAloneJoinsTheOnePersonWithIt() {
        HandMadeArticle a = new HandMadeArticle("a", "Jane Okafor founded Acme. Okafor said so.");
        int full = a.name("Jane Okafor", EntityType.PERSON, 3);
        int surname = a.name("Okafor", null, 0);
        HandMadeArticle b = new HandMadeArticle("b", "John Roe and Mary Roe spoke. Roe agreed.");
        b.name("John Roe", EntityType.PERSON, 3);
        b.name("Mary Roe", EntityType.PERSON, 3);
        int ambiguous = b.name("Roe", null, 0);
        List<ArticleExtraction> corpus = List.of(a.build(), b.build());
        NameClusters c = clusterer.cluster(corpus);
        clusterer.mergePartialPersonNames(c, new TypeVoter().vote(c));
        assertEquals(c.clusterOf(0, full), c.clusterOf(0, surname));
        assertEquals(ref(1, ambiguous), c.clusterOf(1, ambiguous), "two people are called Roe");
    }

    @Test
    void referenceBelongsToItsAntecedentsCluster() {
        HandMadeArticle a = new HandMadeArticle("a", "Acme grew. The company hired.");
        int acme = a.name("Acme", EntityType.COMPANY, 3);
        int company = a.reference("The company", acme);
        NameClusters c = clusterer.cluster(List.of(a.build()));
        assertEquals(c.clusterOf(0, acme), c.clusterOf(0, company));
    }
}
