package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.DependencyParse;

/** NLP4J's English parser on invented sentences. */
class Nlp4jDependencyParserTest {
    private static final Nlp4jDependencyParser PARSER = Nlp4jDependencyParser.english();

    private static String lemmas(DependencyParse parse, List<Integer> path) {
        return String.join(" ", path.stream().map(i -> parse.words().get(i).lemma()).toList());
    }

    @Test
    void wordsCarryOffsetsIntoTheSentenceAndOneRoot() {
        String sentence = "Kestrel Works was founded in 2019 by Dara Venn.";
        DependencyParse parse = PARSER.parse(sentence);
        assertEquals(10, parse.words().size(), parse.toString());
        for (DependencyParse.Word w : parse.words()) {
            assertTrue(w.start() < w.end() && w.end() <= sentence.length(), w.toString());
        }
        assertEquals("Venn", sentence.substring(parse.words().get(8).start(), parse.words().get(8).end()));
        assertEquals(1, parse.words().stream().filter(w -> w.head() == -1).count(), parse.toString());
        assertEquals("found", parse.words().get(3).lemma());
    }

    @Test
    void theFounderIsReachedThroughTheVerbNotThroughTheOtherName() {
        String sentence = "Dara Venn, the chief executive of Lumen Tide, said Arctis was founded by Ilan Moss.";
        DependencyParse parse = PARSER.parse(sentence);
        int arctis = parse.wordAt(sentence.indexOf("Arctis"));
        int moss = parse.wordAt(sentence.indexOf("Moss"));
        int venn = parse.wordAt(sentence.indexOf("Venn"));
        int tide = parse.wordAt(sentence.indexOf("Tide"));
        assertEquals("arctis found by moss", lemmas(parse, parse.path(arctis, moss)));
        assertTrue(lemmas(parse, parse.path(venn, tide)).contains("executive"), lemmas(parse, parse.path(venn, tide)));
        assertTrue(lemmas(parse, parse.path(venn, moss)).contains("say"), lemmas(parse, parse.path(venn, moss)));
    }

    @Test
    void aSentenceWithoutWordsHasAnEmptyParse() {
        assertEquals(List.of(), PARSER.parse("   ").words());
    }
}
