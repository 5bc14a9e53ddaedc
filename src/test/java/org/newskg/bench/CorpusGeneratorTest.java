package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.Article;

class CorpusGeneratorTest {
    private static final String FIRST = """
            Zentrix raises $40 million

            Zentrix, a robotics startup founded by Mira Okafor, said on Tuesday it had raised $40 million in a round led by Halvard Capital.

            Okafor said the money would pay for a factory.

            The company builds arms for warehouses. Its X100 arm ships next year.

            Halvard Capital also backs other robot makers.""";
    private static final String SECOND = """
            Halvard Capital closes a new fund

            Halvard Capital, the investor behind Zentrix, said on Monday it had closed a fund of $900 million for robotics companies.

            Its partners expect to write ten checks this year.""";

    private static List<CorpusGenerator.Seed> seeds() {
        return List.of(new CorpusGenerator.Seed(new Article("first", "first.txt", FIRST), Set.of("Zentrix", "Mira", "Okafor", "Halvard", "X100")),
                new CorpusGenerator.Seed(new Article("second", "second.txt", SECOND), Set.of("Halvard", "Zentrix")));
    }

    @Test
    void theSameSeedNumberGivesTheSameArticles() {
        CorpusGenerator a = new CorpusGenerator(seeds(), 7);
        CorpusGenerator b = new CorpusGenerator(seeds(), 7);
        for (int i = 0; i < 6; i++) {
            assertEquals(a.generate(i), b.generate(i));
        }
        assertNotEquals(a.generate(0).text(), new CorpusGenerator(seeds(), 8).generate(0).text());
    }

    @Test
    void namesAreRenamedAlikeWithinAPassAndAnewInTheNext() {
        CorpusGenerator g = new CorpusGenerator(seeds(), 1);
        Article first = g.generate(0);
        Article second = g.generate(1);
        Article firstAgain = g.generate(2);
        for (Article a : List.of(first, second, firstAgain)) {
            assertFalse(a.text().contains("Zentrix") || a.text().contains("Halvard") || a.text().contains("Okafor"), a.text());
            assertTrue(a.text().contains(" Capital"), "words many names share stay: " + a.text());
        }
        String company = firstWord(first.text());
        assertEquals(company, firstWord(between(second.text(), "the investor behind ", ",")),
                "the same company in two articles of one pass gets the same new name");
        assertNotEquals(company, firstWord(firstAgain.text()), "the next pass names it anew");
        assertEquals("00002-first", firstAgain.id());
    }

    @Test
    void aNewNameKeepsTheShapeOfTheOldOne() {
        String text = new CorpusGenerator(seeds(), 3).generate(0).text();
        Matcher product = Pattern.compile("Its (\\S+) arm ships").matcher(text);
        assertTrue(product.find(), text);
        assertTrue(product.group(1).matches("\\p{Lu}100"), "a capital and the same digits: " + product.group(1));
        assertTrue(firstWord(text).matches("\\p{Lu}\\p{Ll}+"), firstWord(text));
    }

    @Test
    void theLeadStaysFirstAndNoParagraphIsLostOrAdded() {
        CorpusGenerator g = new CorpusGenerator(seeds(), 5);
        List<String> original = Arrays.asList(FIRST.split("\n\n"));
        boolean reordered = false;
        for (int pass = 0; pass < 8; pass++) {
            List<String> paragraphs = Arrays.asList(g.generate(2 * pass).text().split("\n\n"));
            assertEquals(original.size(), paragraphs.size());
            assertTrue(paragraphs.get(1).contains("a robotics startup founded by"), paragraphs.get(1));
            reordered |= !paragraphs.get(2).contains("the money would pay");
        }
        assertTrue(reordered, "the paragraphs after the lead are reshuffled");
    }

    @Test
    void aSeedRenamesNamesOfPeopleOrganizationsAndProductsNotCommonWords() {
        String text = "Brightwell Robotics, a startup founded by Jane Okonkwo, makes arms for warehouses. "
                + "Okonkwo said the bank that lent Brightwell money is in Germany.";
        CorpusGenerator.Seed seed = CorpusGenerator.Seed.of(TestModels.PIPELINE.process(new Article("s", "s.txt", text)));
        assertTrue(seed.nameWords().containsAll(Set.of("Brightwell", "Okonkwo")), seed.nameWords().toString());
        assertFalse(seed.nameWords().contains("Robotics"), "a word many company names end in stays");
        assertFalse(seed.nameWords().contains("Germany"), "places stay");
    }

    private static String firstWord(String text) {
        return text.split("[\\s,’']", 2)[0];
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before) + before.length();
        return text.substring(start, text.indexOf(after, start));
    }
}
