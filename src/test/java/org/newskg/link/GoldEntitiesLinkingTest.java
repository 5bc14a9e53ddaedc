package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.KnowledgeGraph;

/**
 * The linker on the corpus's entities as the gold set names them (gold/entities.tsv), with no
 * context at all: what the extractor will hand over at best, minus the facts. Measured against
 * the verified table as the issue asks: every link right, nine in ten targets linked, no look-alike.
 */
class GoldEntitiesLinkingTest {
    private static final Map<String, EntityType> TYPES = Map.of("Person", EntityType.PERSON,
            "Organization", EntityType.ORGANIZATION, "AIModel", EntityType.AI_MODEL, "Chip", EntityType.CHIP,
            "Place", EntityType.PLACE, "Benchmark", EntityType.BENCHMARK, "Technique", EntityType.TECHNIQUE);

    private static List<Entity> goldEntities() throws IOException {
        List<Entity> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("gold", "entities.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            TreeSet<String> alts = new TreeSet<>(List.of(cells[2].split("\\|")));
            alts.remove(cells[0]);
            alts.remove("");
            out.add(new Entity(cells[0].replace(' ', '_'), cells[0], alts, TYPES.get(cells[1]), 1, new TreeSet<>(Set.of("a1"))));
        }
        return out;
    }

    @Test
    void everyLinkIsRightAndNineInTenTargetsAreLinked() throws IOException {
        List<Entity> entities = goldEntities();
        Map<String, LinkDecision> decisions = EntityLinker.offline().decide(new KnowledgeGraph(List.of(), entities, List.of()));
        LinkEvaluation ev = LinkEvaluation.evaluate(WikidataTable.read(Path.of("wikidata", "entities.tsv")), entities, decisions);
        assertEquals(List.of(), ev.wrong());
        assertEquals(0, ev.lookalikeLinks());
        assertEquals(1.0, ev.precision());
        assertTrue(ev.recall() >= 0.9, "recall " + ev.recall() + ", missed " + ev.missed());
    }
}
