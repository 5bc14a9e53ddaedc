package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.Article;
import org.newskg.model.CleanText;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.KnowledgeGraph;

/** Scraped pages: the story's text comes out of the HTML, and every offset still points into the page. */
class HtmlPageTest {
    /** A saved page on one line, as scrapers write them, with the furniture that must not become text. */
    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Orbit Labs Raises Money For Farm Robots</title>"
            + "<style>p { color: red; } .Founded { by: Nobody }</style>"
            + "<script>var note = \"Kestrel Partners, founded by Ann Lee, owns Orbit Labs.\";</script></head>"
            + "<body><nav><a href=\"/\">Home</a> <a href=\"/tech\">Tech News Today</a></nav>"
            + "<article><h1>Orbit Labs Raises Money For Farm Robots</h1>"
            + "<p>Orbit Labs, founded by Marisol Vance in 2019, builds robots for farms &amp; warehouses.</p>"
            + "<p>The company&#8217;s <a href=\"/r\">newest robot</a>, Tiller&nbsp;2, was shown on Monday.\r\nIt sold out.</p>"
            + "</article><!-- a comment, not text --><footer>Copyright Site Media. All rights reserved.</footer></body></html>";

    private static Article html(String page) {
        return new Article("page", "page.html", page, Article.Markup.HTML, StandardCharsets.UTF_8);
    }

    @Test
    void theStoryIsTheTitleAndParagraphsWithoutScriptsStylesNavigationOrFooter() {
        PageCleaner.Result r = new PageCleaner().clean(html(PAGE));
        String text = r.body().text();
        assertEquals("Orbit Labs, founded by Marisol Vance in 2019, builds robots for farms & warehouses.\n\n"
                + "The company\u2019s newest robot, Tiller 2, was shown on Monday. It sold out.", text);
        assertEquals("Orbit Labs Raises Money For Farm Robots", r.metadata().title().orElseThrow());
    }

    @Test
    void everyCharacterOfTheTextMapsToItsPlaceInThePage() {
        CleanText body = new PageCleaner().clean(html(PAGE)).body();
        String text = body.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char inPage = PAGE.charAt(body.originalOffset(i));
            if (!Character.isWhitespace(c)) {
                assertTrue(c == inPage || inPage == '&', "character " + i + " '" + c + "' maps to '" + inPage + "'");
            }
            if (i > 0) {
                assertTrue(body.originalOffset(i) >= body.originalOffset(i - 1), "offsets keep text order at " + i);
            }
        }
    }

    @Test
    void factsAreReadFromTheStoryNotTheScriptAndTheirEvidencePointsIntoThePage() {
        KnowledgeGraph kg = TestModels.PIPELINE.extract(List.of(html(PAGE)));
        List<Fact> founded = kg.facts().stream().filter(f -> f.property().getLocalName().equals("foundedBy")).toList();
        assertEquals(1, founded.size(), kg.facts()::toString);
        assertTrue(kg.entities().stream().noneMatch(e -> e.label().equals("Kestrel Partners") || e.label().equals("Ann Lee")),
                kg.entities()::toString);
        Evidence ev = founded.get(0).evidence().get(0);
        String inPage = PAGE.substring(ev.begin(), ev.end()).replace("&amp;", "&");
        assertEquals(ev.sentenceText(), inPage);
    }

    @Test
    void htmlIsRecognizedByContentAndPlainTextWithAFewTagsIsNot() {
        assertTrue(HtmlSniffer.isHtml("page.txt", PAGE));
        assertTrue(HtmlSniffer.isHtml("page.txt", "\n  <div class=\"story\"><p>Orbit Labs builds robots.</p></div>"));
        assertTrue(HtmlSniffer.isHtml("page.htm", "Orbit Labs builds robots."));
        assertFalse(HtmlSniffer.isHtml("story.txt", "Orbit Labs <u>builds</u> robots for x < y farms.\n"));
        assertFalse(HtmlSniffer.isHtml("story.txt", "Orbit Labs builds robots.\n"));
    }
}
