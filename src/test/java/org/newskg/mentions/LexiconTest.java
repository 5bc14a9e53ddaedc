package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void capitalizedJobTitlesAndBoardsAreNoNames() {
        for (String title : new String[] {"Senior Vice President", "Board of Directors", "Professor Emeritus", "Chief Design Officer",
                "Vice", "Managing Director", "Master Instructor", "Founding", "Scientific", "Artistic Director", "Project Manager"}) {
            assertTrue(Lexicon.isJobTitle(title), title);
        }
        for (String name : new String[] {"Harbor Group", "Director Labs Inc", "Jane Roe", "University of Northfield", "Scientific Instruments Ltd"}) {
            assertFalse(Lexicon.isJobTitle(name), name);
        }
    }

    @Test
    void aJobTitleAroundANameIsCutOff() {
        assertEquals("Harbor Information System", untitled("Project Executive of the Harbor Information System"));
        assertEquals("Kite", untitled("Kite Senior Fellow"));
        assertEquals("Kite", untitled("Kite Senior Fellow."));
        assertEquals("Orbit Labs", untitled("Orbit Labs Sales & Marketing Director"));
        assertEquals("Orbit Labs", untitled("Orbit Labs Technology Director"));
        assertEquals("Northland Assembly", untitled("Marshal of the Northland Assembly"));
        assertEquals("", untitled("Chief Design Officer"));
        for (String name : new String[] {"Harbor Group", "Howard Dean", "Bank of Lakeside", "Kite Technology", "Acme Executive Search", "Professor of Psychology",
                "New Scientist", "Kite Password Manager", "Creative Technology"}) {
            assertEquals(name, untitled(name));
        }
    }

    @Test
    void glossesDegreesAndMarkupAreNoNames() {
        for (String notName : new String[] {"Михаил Ефремов", "北京", "BSc (Hons) in Computer Science", "MBA in Finance",
                "Master of Business Administration", "Bachelor of Arts", "Masters Degree in Law", "Master’s Degree", "MSc", "*actually",
                "The", "Senior Vice President"}) {
            assertTrue(Lexicon.isNotAName(notName), notName);
        }
        for (String name : new String[] {"Jane Roe", "Zoë Marlow", "North Harbor Bank", "West", "BA Cityflyer", "MS", "Master Lock",
                "Doctor Who", "Doctors of the World", "Bachelor in Paradise", "Masters of the Universe", "adidas", "eBay"}) {
            assertFalse(Lexicon.isNotAName(name), name);
        }
    }

    private static String untitled(String phrase) {
        int[] name = Lexicon.withoutJobTitle(phrase);
        return phrase.substring(name[0], name[1]);
    }
}
