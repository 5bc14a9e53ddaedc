package org.newskg.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

class ArticleTopicTest {
    private final List<Mention> mentions = new ArrayList<>();

    private void name(String name, EntityType type) {
        int at = mentions.size() * 10;
        mentions.add(new Mention(mentions.size(), at, at + 5, name, name, type, type == null ? 0 : 1, type == null ? null : Mention.CONTEXT, -1));
    }

    private void reference(int antecedent) {
        Mention a = mentions.get(antecedent);
        int at = mentions.size() * 10;
        mentions.add(new Mention(mentions.size(), at, at + 5, "the company", a.name(), a.type(), a.weight(), a.typedBy(), antecedent));
    }

    @Test
    void theOrganizationReferredToMostOftenCountingReferences() {
        name("Harbor Capital", EntityType.INVESTMENT_FIRM);
        name("Orbit AI", EntityType.COMPANY);
        name("Harbor Capital", EntityType.INVESTMENT_FIRM);
        reference(1);
        reference(1);
        assertEquals(1, ArticleTopic.of(mentions), "Orbit AI: one name and two references");
    }

    @Test
    void aTieGoesToTheOneNamedFirst() {
        name("Orbit AI", EntityType.COMPANY);
        name("Kite Ventures", EntityType.INVESTMENT_FIRM);
        name("Kite Ventures", EntityType.INVESTMENT_FIRM);
        name("Orbit AI", null);
        assertEquals(0, ArticleTopic.of(mentions));
    }

    @Test
    void peopleNewsroomsAndOnceNamedOrganizationsAreNoSubject() {
        name("Marisol Vance", EntityType.PERSON);
        name("Marisol Vance", EntityType.PERSON);
        name("The Daily Ledger", EntityType.MEDIA);
        name("The Daily Ledger", EntityType.MEDIA);
        name("Orbit AI", EntityType.COMPANY);
        assertEquals(-1, ArticleTopic.of(mentions));
    }

    @Test
    void anUntypedNameCountsOnlyWithATypedMentionOfIt() {
        name("Quillon", null);
        name("Quillon", null);
        name("Quillon", null);
        assertEquals(-1, ArticleTopic.of(mentions));
        name("Quillon", EntityType.COMPANY);
        assertEquals(0, ArticleTopic.of(mentions));
    }

    @Test
    void aNameWithAndWithoutItsDesignatorIsOneOrganization() {
        name("Kite Ventures", EntityType.INVESTMENT_FIRM);
        name("Orbit Corporation", EntityType.COMPANY);
        name("Kite Ventures", EntityType.INVESTMENT_FIRM);
        name("Orbit", null);
        name("ORBIT", null);
        assertEquals(1, ArticleTopic.of(mentions), "Orbit Corporation, Orbit and ORBIT: three names of one company");
    }
}
