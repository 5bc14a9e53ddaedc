package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void capitalizedJobTitlesAndBoardsAreNoNames() {
        for (String title : new String[] {"Senior Vice President", "Board of Directors", "Professor Emeritus", "Chief Design Officer",
                "Vice", "Managing Director", "Master Instructor"}) {
            assertTrue(Lexicon.isJobTitle(title), title);
        }
        for (String name : new String[] {"Harbor Group", "Director Labs Inc", "Jane Roe", "University of Northfield"}) {
            assertFalse(Lexicon.isJobTitle(name), name);
        }
    }
}
