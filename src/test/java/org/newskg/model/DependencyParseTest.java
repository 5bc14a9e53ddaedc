package org.newskg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyParseTest {
    /** "Acme was founded by Roe", parsed by hand: Acme and Roe meet at "founded". */
    private static final String TEXT = "Acme was founded by Roe";
    private static final DependencyParse PARSE = new DependencyParse(List.of(
            new DependencyParse.Word(0, 4, "acme", 2, "nsubjpass"),
            new DependencyParse.Word(5, 8, "be", 2, "auxpass"),
            new DependencyParse.Word(9, 16, "found", -1, "root"),
            new DependencyParse.Word(17, 19, "by", 2, "agent"),
            new DependencyParse.Word(20, 23, "roe", 3, "pobj")));

    @Test
    void pathGoesUpToTheCommonHeadAndDown() {
        assertEquals(List.of(0, 2, 3, 4), PARSE.path(0, 4));
        assertEquals(List.of(4, 3, 2, 0), PARSE.path(4, 0));
        assertEquals(List.of(3, 4), PARSE.path(3, 4), "a word and its own dependent");
        assertEquals(List.of(2), PARSE.path(2, 2));
    }

    @Test
    void wordAtAnOffsetIsTheWordHoldingItOrTheLastBefore() {
        assertEquals(0, PARSE.wordAt(TEXT.indexOf("Acme") + 3));
        assertEquals(4, PARSE.wordAt(TEXT.length() - 1));
        assertEquals(1, PARSE.wordAt(TEXT.indexOf(" founded")), "the space after 'was'");
        assertEquals(-1, PARSE.wordAt(-1));
    }

    @Test
    void piecesNotConnectedHaveNoPath() {
        DependencyParse twoRoots = new DependencyParse(List.of(
                new DependencyParse.Word(0, 4, "acme", -1, "root"),
                new DependencyParse.Word(5, 8, "roe", -1, "root")));
        assertEquals(List.of(), twoRoots.path(0, 1));
    }

    @Test
    void aHeadOutsideTheSentenceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DependencyParse(List.of(new DependencyParse.Word(0, 4, "acme", 3, "nsubj"))));
        assertEquals("head 3 of 'acme' outside the sentence's 1 words", e.getMessage());
    }
}
