package org.newskg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.vocab.NKG;

class TypeVoterTest {
    private final TypeVoter voter = new TypeVoter();

    @Test
    void heaviestRootKindWinsThenItsHeaviestSubtype() {
        HandMadeArticle a = new HandMadeArticle("a", "Vexa one. Vexa two. Vexa three. Vexa four.");
        a.name("Vexa", EntityType.PERSON, 1.5);
        a.name("Vexa", EntityType.COMPANY, 1);
        a.name("Vexa", EntityType.INVESTMENT_FIRM, 1);
        a.name("Vexa", EntityType.RESEARCH_LAB, 0.5);
        NameClusters c = new NameClusterer().cluster(List.copyOf(EntityResolver.names(List.of(a.build()))));
        TypeVotes votes = voter.vote(c);
        String cluster = c.clusterOf("vexa");
        // organization votes sum to 2.5 against 1.5 for person; of the subtypes, the heaviest wins
        assertEquals(EntityType.ORGANIZATION, votes.rootType(cluster));
        assertEquals(EntityType.COMPANY, votes.type(cluster));
    }

    /** A recognizer that calls a name a person in four sentences counts √4 = 2 times; two contexts saying "startup" outweigh it. */
    @Test
    void aDetectorsVotesGrowWithTheRootOfTheirNumberAndContextVotesAddUp() {
        HandMadeArticle a = new HandMadeArticle("a", "Vexa won. Vexa grew. Vexa hired. Vexa sold. The startup Vexa rose. The firm Vexa fell.");
        for (int i = 0; i < 4; i++) {
            a.name("Vexa", EntityType.PERSON, 1.8, "recognizer");
        }
        a.name("Vexa", EntityType.COMPANY, 2);
        a.name("Vexa", EntityType.COMPANY, 2);
        NameClusters c = new NameClusterer().cluster(List.copyOf(EntityResolver.names(List.of(a.build()))));
        assertEquals(EntityType.COMPANY, voter.vote(c).type(c.clusterOf("vexa")));
    }

    @Test
    void untypedNameInARelationSlotTakesTheSlotsType() {
        HandMadeArticle a = new HandMadeArticle("a", "Acme was founded by Zorn.");
        int acme = a.name("Acme", EntityType.COMPANY, 3);
        a.reads(acme, NKG.foundedBy, a.name("Zorn", null, 0), 0.9);
        NameClusters c = new NameClusterer().cluster(List.copyOf(EntityResolver.names(List.of(a.build()))));
        assertEquals(EntityType.PERSON, voter.vote(c).type(c.clusterOf("zorn")));
    }

    @Test
    void nameNothingTypesHasNoType() {
        HandMadeArticle a = new HandMadeArticle("a", "Vexa was there.");
        a.name("Vexa", null, 0);
        NameClusters c = new NameClusterer().cluster(List.copyOf(EntityResolver.names(List.of(a.build()))));
        assertNull(voter.vote(c).type(c.clusterOf("vexa")));
    }
}
