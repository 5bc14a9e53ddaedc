package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.CleanText;

class PageCleanerTest {
    private final PageCleaner cleaner = new PageCleaner();

    private CleanText clean(String page) {
        return cleaner.clean(new Article("a", "a.txt", page)).body();
    }

    /** Scraped pages often put the whole story on one line, ending in the site's furniture. */
    @Test
    void oneLineStoryEndingInFurnitureIsNoHeading() {
        String page = "Acme Raises Money For Robots\n\nAcme raised $5 million on Monday to build robots for farms and warehouses. "
                + "Jane Doe leads it and says the money will last until the robots sell. By Ann Lee Editorial Standards Site Awards\n";
        CleanText body = clean(page);
        assertTrue(body.text().contains("Acme raised $5 million on Monday to build robots for farms and warehouses. Jane Doe leads it"),
                body.text());
        assertEquals("Acme Raises Money For Robots", cleaner.clean(new Article("a", "a.txt", page)).metadata().title().orElseThrow());
    }

    @Test
    void headlineWithAnAbbreviationIsStillAHeadline() {
        String page = "Acme Corp. Unveils New Orbit Model For Robots\n\nAcme Corp. unveiled Orbit on Monday.\n";
        PageCleaner.Result r = cleaner.clean(new Article("a", "a.txt", page));
        assertEquals("Acme Corp. unveiled Orbit on Monday.", r.body().text());
        assertEquals("Acme Corp. Unveils New Orbit Model For Robots", r.metadata().title().orElseThrow());
    }

    @Test
    void inlineImagesShortcodesAddressesQuotesAndTeasersAreDropped() {
        String page = "Acme (NASDAQ:ACME) rose as Orbit (ORBT+2.15%) fell. ![chart](https://cdn.example.com/c.png)"
                + " {{< figure src=\"banner.png\" >}} READ NEXT: 10 Stocks To Buy Now. Jane Doe said so, see https://example.com/x.\n";
        String text = clean(page).text();
        assertEquals("Acme rose as Orbit fell. Jane Doe said so, see", text.replaceAll("\\s+", " ").strip());
        for (String furniture : new String[] {"NASDAQ", "ORBT", "png", "figure", "READ NEXT", "Stocks", "https"}) {
            assertFalse(text.contains(furniture), furniture + " in: " + text);
        }
    }

    @Test
    void offsetsOfWhatRemainsPointIntoTheOriginal() {
        String page = "Acme (NASDAQ:ACME) rose as Orbit (ORBT+2.15%) fell.\n";
        CleanText body = clean(page);
        int orbit = body.text().indexOf("Orbit");
        assertEquals(page.indexOf("Orbit"), body.originalOffset(orbit));
        int fell = body.text().indexOf("fell");
        assertEquals("fell", page.substring(body.originalOffset(fell), body.originalEnd(fell + 4)));
    }
}
