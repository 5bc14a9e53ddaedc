package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.newskg.vocab.NKG;

class RankingTest {
    private static final String E = NKG.DATA + "entity/";

    /** The ranks written, as "iri-local-part=rank", in the order written. */
    private static List<String> ranks(Ranking r) {
        return r.triples().stream().map(RankingTest::describe).toList();
    }

    private static String describe(Triple t) {
        assertEquals(NKG.mentionRank.asNode(), t.getPredicate());
        return t.getSubject().getURI().substring(E.length()) + "=" + t.getObject().getLiteralLexicalForm();
    }

    @Test
    void ranksEachGroupApartMostFirstTiesByIri() {
        Ranking r = new Ranking(NKG.mentionRank);
        r.add(new Ranking.Entry("people", E + "b", 3));
        r.add(new Ranking.Entry("orgs", E + "x", 1));
        r.add(new Ranking.Entry("people", E + "c", 7));
        r.add(new Ranking.Entry("people", E + "a", 3));
        r.add(new Ranking.Entry("orgs", E + "y", 9));
        assertEquals(List.of("y=1", "x=2", "c=1", "a=2", "b=3"), ranks(r));
    }

    @Test
    void ranksOnlyTheFirstOfEachGroupWhateverTheOrderTheyCameIn() {
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < Ranking.RANKED + 50; i++) {
            entries.add(new Ranking.Entry("g", E + String.format("%05d", i), i / 2));
        }
        Ranking sorted = new Ranking(NKG.mentionRank);
        entries.forEach(sorted::add);
        Collections.shuffle(entries, new Random(7));
        Ranking shuffled = new Ranking(NKG.mentionRank);
        entries.forEach(shuffled::add);

        List<String> written = ranks(sorted);
        assertEquals(Ranking.RANKED, written.size());
        // the highest count is (RANKED + 49) / 2, shared by the last two IRIs: the smaller one first
        assertEquals(String.format("%05d=1", Ranking.RANKED + 48), written.get(0));
        assertEquals(String.format("%05d=2", Ranking.RANKED + 49), written.get(1));
        // the last two ranked share the count 25 (00050 and 00051); 00049 and below are left out
        assertEquals(String.format("%05d=%d", 50, Ranking.RANKED - 1), written.get(Ranking.RANKED - 2));
        assertEquals(String.format("%05d=%d", 51, Ranking.RANKED), written.get(Ranking.RANKED - 1));
        assertEquals(written, ranks(shuffled));
    }
}
