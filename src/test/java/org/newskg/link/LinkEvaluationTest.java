package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;

class LinkEvaluationTest {
    private static WikidataTable table;

    @BeforeAll
    static void read() throws IOException {
        table = WikidataTable.read(Path.of("wikidata", "entities.tsv"));
    }

    private static LinkDecision linkTo(String qid) {
        Candidate c = new Candidate(qid, qid, List.of(), "", Set.of(), Set.of(), Set.of(),
                OptionalInt.empty());
        return new LinkDecision(Optional.of(new ScoredCandidate(c, MatchKind.EXACT_LABEL, 1.0, "")), LinkMethod.EXACT_LABEL,
                Optional.empty());
    }

    private static final LinkDecision NIL = new LinkDecision(Optional.empty(), LinkMethod.NO_CANDIDATE, Optional.empty());

    @Test
    void scoresLinksAgainstTheVerifiedTable() {
        List<Entity> entities = new TestGraphs()
                .entity("Apple", "Apple", EntityType.COMPANY)          // right: Q312 has the alias Apple
                .entity("Perplexity", "Perplexity", EntityType.COMPANY) // wrong: the product look-alike
                .entity("Nvidia", "NVIDIA", EntityType.COMPANY)         // wrong: a target of another name
                .entity("Meta", "Meta", EntityType.COMPANY)             // missed
                .entity("Liang", "Liang Wenfeng", EntityType.PERSON)    // wrong: not in the table
                .build().entities();
        LinkEvaluation ev = LinkEvaluation.evaluate(table, entities, Map.of(
                "Apple", linkTo("Q312"),
                "Perplexity", linkTo("Q123403392"),
                "Nvidia", linkTo("Q95"),
                "Meta", NIL,
                "Liang", linkTo("Q7407093")));
        assertEquals(4, ev.links());
        assertEquals(1, ev.rightLinks());
        assertEquals(1, ev.lookalikeLinks());
        assertEquals(0.25, ev.precision());
        // Perplexity, Nvidia and Meta are targets whose gold entity occurs; Apple's row has no gold
        // entity, so it counts for precision only.
        assertEquals(3, ev.targets());
        assertEquals(0, ev.targetsLinked());
        assertEquals(List.of("Perplexity -> Q123403392: a look-alike", "NVIDIA -> Q95: a target named Google",
                "Liang Wenfeng -> Q7407093: a target named Sam Altman"), ev.wrong());
        assertEquals(List.of("Nvidia (Q182477)", "Meta (Q380)", "Perplexity (Q124333951)"), ev.missed());
    }
}
