package org.newskg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Fact;
import org.newskg.vocab.NKG;

class FactAssemblerTest {
    private static Entity entity(String key, EntityType type) {
        return new Entity(key, key, new TreeSet<>(), type, 1, new TreeSet<>(List.of("a")));
    }

    /** Mentions 0 and 1 resolve to Acme and Jane, mention 2 to nothing. */
    private static final Map<Integer, Entity> ENTITIES = Map.of(0, entity("Acme", EntityType.COMPANY), 1, entity("Jane", EntityType.PERSON));

    private static List<Fact> assemble(ArticleExtraction... articles) {
        FactAssembler assembler = new FactAssembler();
        Map<String, List<Fact>> parts = new LinkedHashMap<>();
        for (ArticleExtraction a : articles) {
            assembler.assemble(a, ENTITIES::get).forEach(f -> parts.computeIfAbsent(FactAssembler.key(f), k -> new ArrayList<>()).add(f));
        }
        return parts.values().stream().map(FactAssembler::merge).toList();
    }

    @Test
    void readingsOfOneFactInOneSentenceAreOneEvidenceAndSentencesCombine() {
        HandMadeArticle a = new HandMadeArticle("a", "Acme, founded by Jane, grew.");
        a.name("Acme", EntityType.COMPANY, 3);
        a.name("Jane", EntityType.PERSON, 3);
        a.reads(0, NKG.foundedBy, 1, 0.6).reads(0, NKG.foundedBy, 1, 0.9);
        HandMadeArticle b = new HandMadeArticle("b", "Acme, founded by Jane, grew.");
        b.name("Acme", EntityType.COMPANY, 3);
        b.name("Jane", EntityType.PERSON, 3);
        b.reads(0, NKG.foundedBy, 1, 0.5);
        List<Fact> facts = assemble(a.build(), b.build());
        assertEquals(1, facts.size());
        Fact f = facts.get(0);
        assertEquals(List.of(0.9, 0.5), f.evidence().stream().map(e -> e.confidence()).toList());
        assertEquals(1 - 0.1 * 0.5, f.confidence(), 1e-9);
        assertEquals("a", f.evidence().get(0).articleId());
        assertEquals("Acme, founded by Jane, grew.", f.evidence().get(0).sentenceText());
    }

    @Test
    void readingWhoseEntitiesDoNotFitTheRelationIsNoFact() {
        HandMadeArticle a = new HandMadeArticle("a", "Acme said Jane founded it with Vexa.");
        a.name("Acme", EntityType.COMPANY, 3);
        a.name("Jane", EntityType.PERSON, 3);
        a.name("Vexa", null, 0);
        // subject and object the wrong way round; an object that became no entity; an entity with itself
        a.reads(1, NKG.foundedBy, 0, 0.9).reads(0, NKG.foundedBy, 2, 0.9).reads(0, NKG.investedIn, 0, 0.9);
        assertEquals(List.of(), assemble(a.build()));
    }
}
