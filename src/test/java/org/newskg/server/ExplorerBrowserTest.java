package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.vocab.NKG;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the explorer page in headless Chromium against a real server over a TDB2 store holding
 * the bundled corpus, linked to Wikidata: the overview it opens on, search, neighbours, evidence of
 * an edge clicked on the canvas and of a value, an article's view, colours fixed per class, nodes
 * kept in place when a node is expanded, the status line, and no console error. Uses Debian's Chromium and chromedriver; Selenium is given both paths, so it downloads
 * nothing. Skipped, saying how to install them, where they are missing.
 */
class ExplorerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The page as the test left it, for docs/explorer.png. */
    private static final Path SCREENSHOT = Path.of("target", "explorer.png");
    private static final Path ARTICLE_SCREENSHOT = Path.of("target", "explorer-article.png");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path storeDir;
    @TempDir
    static Path browserProfile;

    private static ServedGraph served;
    private static KgServer server;
    private static ChromeDriverService driverService;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMIUM + " or " + CHROMEDRIVER + ": install them with `apt-get install -y chromium chromium-driver` to run the browser test");
        served = ServedGraph.bundledCorpus(storeDir);
        server = served.server;

        driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + browserProfile, "--window-size=1400,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(driverService, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
        if (served != null) {
            served.close();
        }
    }

    /** Opens the page afresh and waits for its overview; the wait knows what to say on a timeout. */
    private static WebDriverWait openPage() {
        // Reading the console's log empties it: what other pages (the Fuseki UI) logged is not this page's.
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(server.baseUrl() + "explore");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        // The page replaces what it shows: an element found a moment ago may be gone; look again.
        wait.ignoring(StaleElementReferenceException.class);
        // On a timeout, say what the page shows and what the console said.
        wait.withMessage(() -> "the page says: " + browser.findElement(By.id("status")).getText()
                + "; console: " + browser.manage().logs().get(LogType.BROWSER).getAll());
        wait.until(b -> b.findElement(By.id("details")).getText().contains("Most connected entities"));
        return wait;
    }

    private static void search(String term) {
        WebElement search = browser.findElement(By.id("search-input"));
        search.clear();
        search.sendKeys(term);
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
    }

    /** The first solution of a SELECT (the test needs one), as the strings of {@code vars}. */
    private static List<String> firstRow(String query, String... vars) {
        List<QuerySolution> rows = sparql(query + " LIMIT 1");
        assertFalse(rows.isEmpty(), "the bundled corpus's graph has nothing for " + query);
        return Stream.of(vars).map(v -> rows.get(0).get(v).asLiteral().getString()).toList();
    }

    /** Searches an entity by its label and waits for its card; returns the details panel. */
    private static WebElement searchForCard(WebDriverWait wait, String label) {
        search(label);
        WebElement details = browser.findElement(By.id("details"));
        wait.until(b -> details.getText().startsWith(label) && details.getText().contains("Facts ("));
        return details;
    }

    private static List<QuerySolution> sparql(String query) {
        String prefixes = "PREFIX nkg: <" + NKG.NS + "> PREFIX rdf: <" + RDF.getURI() + "> PREFIX rdfs: <" + RDFS.getURI()
                + "> PREFIX xsd: <" + XSD.NS + "> PREFIX owl: <" + OWL.NS + ">\n";
        try (QueryExecution q = QueryExecutionHTTP.service(server.sparqlUrl()).query(prefixes + query).build()) {
            return ResultSetFormatter.toList(q.execSelect());
        }
    }

    @Test
    void opensOnAnOverviewOfTheGraph() {
        WebDriverWait wait = openPage();
        WebElement details = browser.findElement(By.id("details"));
        int articles = sparql("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a nkg:Article }").get(0).getLiteral("n").getInt();
        String totals = details.findElement(By.cssSelector(".totals")).getText();
        assertTrue(totals.matches(articles + " articles, \\d+ entities, \\d+ facts\\."), totals);
        List<WebElement> listed = details.findElements(By.cssSelector("ul.articles li"));
        assertEquals(articles, listed.size());
        assertTrue(listed.stream().noneMatch(li -> li.getText().startsWith("http")), "articles are listed by title or file");
        assertFalse(details.findElements(By.cssSelector("ul.type-counts li")).isEmpty());
        assertFalse(details.findElements(By.cssSelector("ul.property-counts li")).isEmpty());

        WebElement first = details.findElement(By.cssSelector("ul.most-connected li a"));
        String name = first.getText();
        first.click();
        wait.until(b -> details.getText().startsWith(name) && details.getText().contains("Facts ("));
        assertEquals(Boolean.TRUE, script("return explorer.cy.nodes('.focus').data('label') === arguments[0]", name));
    }

    @Test
    void searchShowsNeighboursAndAnEdgeItsEvidence() throws IOException {
        WebDriverWait wait = openPage();
        search("DeepSeek");

        WebElement details = browser.findElement(By.id("details"));
        wait.until(b -> details.getText().contains("Facts ("));
        assertEquals("DeepSeek", details.findElement(By.tagName("h2")).getText().split(" ")[0]);
        assertTrue(details.getText().contains("Liang Wenfeng"), "the facts list names the founder: " + details.getText());
        assertTrue((Boolean) script("return explorer.cy.nodes().some(n => n.data('label') === 'Liang Wenfeng'"
                + " && n.neighborhood('node.focus').nonempty())"), "Liang Wenfeng is drawn as a neighbour of the entity searched");

        // A real click where the edge between the two is drawn on the canvas.
        clickOnGraph("explorer.cy.edges().filter(e => e.connectedNodes().some(n => n.data('label') === 'Liang Wenfeng')"
                + " && e.connectedNodes().some(n => n.hasClass('focus')))[0].renderedMidpoint()");
        wait.until(b -> details.getText().contains("Evidence sentences"));
        List<WebElement> sentences = details.findElements(By.cssSelector("ul.evidence blockquote"));
        assertFalse(sentences.isEmpty(), "no evidence sentence shown: " + details.getText());
        assertTrue(sentences.stream().anyMatch(s -> s.getText().contains("Liang")), "the evidence names the founder");
        String sentence = sentences.get(0).getText();

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

        // The article of an evidence sentence opens as a readable view: its whole text with that
        // sentence marked, and the sentences that gave facts with the facts they gave.
        details.findElement(By.cssSelector("ul.evidence .source a.article-link")).click();
        wait.until(b -> details.getText().contains("Sentences that gave facts"));
        assertTrue(details.getText().contains("Source file"), details.getText());
        String title = details.findElement(By.tagName("h2")).getText();
        String stored = sparql("SELECT ?text WHERE { ?a a nkg:Article ; rdfs:label " + NodeFmtLib.strNT(NodeFactory.createLiteralString(title)) + " ; nkg:text ?text }")
                .get(0).getLiteral("text").getString();
        WebElement text = details.findElement(By.cssSelector("div.article-text"));
        assertEquals(stored.replaceAll("\\s+", " ").strip(), text.getText().replaceAll("\\s+", " ").strip(),
                "the view shows the article's whole text");
        List<WebElement> marked = text.findElements(By.cssSelector("a > mark"));
        assertTrue(marked.stream().anyMatch(m -> m.getText().equals(sentence)), "the evidence sentence is marked in the text: " + text.getText());
        assertEquals(details.findElements(By.cssSelector("ol.article-sentences > li")).size(), marked.size(),
                "every sentence that gave facts is found in the text");
        assertTrue(details.findElements(By.cssSelector("ol.article-sentences mark")).stream().anyMatch(m -> m.getText().equals(sentence)),
                "the evidence sentence is listed: " + details.getText());
        assertFalse(details.findElements(By.cssSelector("ol.article-sentences ul.facts li")).isEmpty(), "with the facts it gave");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), ARTICLE_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        // a mark in the text leads to its facts
        marked.stream().filter(m -> m.getText().equals(sentence)).findFirst().orElseThrow().click();
        String target = (String) ((JavascriptExecutor) browser).executeScript("return location.hash");
        assertTrue(target.startsWith("#fact-sentence-"), target);
        assertTrue(details.findElement(By.id(target.substring(1))).getText().startsWith(sentence), "the mark leads to its sentence's facts");

        clickOnGraph("explorer.cy.nodes().filter(n => n.data('label') === 'Liang Wenfeng')[0].renderedPosition()");
        wait.until(b -> details.getText().startsWith("Liang Wenfeng"));
        assertTrue(details.getText().contains("Person"), "the node's card gives its type: " + details.getText());

        browser.findElement(By.xpath("//fieldset[@id='property-filter']/label[normalize-space()='founded by']/input")).click();
        assertEquals(Boolean.TRUE, script("const founded = explorer.cy.edges().filter(e => e.data('label') === 'founded by');"
                + " return founded.nonempty() && founded.every(e => e.hidden())"), "unticking a property hides its edges");

        // A name that matches nothing says so; a later search that matches replaces that message.
        search("no such name anywhere");
        wait.until(b -> b.findElement(By.id("status")).getText().startsWith("No entity is called"));
        // A part of a name matches several entities: the page lists them to choose from.
        search("seek-v");
        wait.until(b -> !b.findElement(By.id("status")).getText().startsWith("No entity is called"));
        // The list is drawn again while the search answers arrive: a choice found may be replaced before the click.
        wait.ignoring(StaleElementReferenceException.class).until(b -> {
            WebElement choice = b.findElements(By.cssSelector("#search-results li")).stream()
                    .filter(li -> li.isDisplayed() && li.getText().startsWith("DeepSeek-V3")).findFirst().orElse(null);
            if (choice == null) {
                return false;
            }
            choice.click();
            return true;
        });
        wait.until(b -> details.getText().startsWith("DeepSeek-V3"));

        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
        assertEquals(List.of(), errors, "browser console errors");
    }

    /**
     * A fact whose object is a value (an amount) shows it formatted, with the exact value on hover,
     * and its evidence button shows the sentences; a link to Wikidata is shown with its score and
     * method, not as a fact.
     */
    @Test
    void valuesAreFormattedAndHaveEvidenceAndLinksTheirScore() {
        List<String> amount = firstRow("SELECT ?label ?propertyLabel WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?v ;"
                + " nkg:evidence [] . FILTER(DATATYPE(?v) = xsd:decimal) ?s rdfs:label ?label ; nkg:mentionCount [] ."
                + " ?p rdfs:label ?propertyLabel FILTER(LANG(?propertyLabel) = 'en') } ORDER BY ?label", "label", "propertyLabel");
        String label = amount.get(0);
        String property = amount.get(1);
        WebDriverWait wait = openPage();
        WebElement details = searchForCard(wait, label);

        WebElement fact = details.findElements(By.cssSelector("ul.facts li")).stream()
                .filter(li -> li.findElement(By.cssSelector(".property")).getText().equals(property)).findFirst().orElseThrow();
        WebElement value = fact.findElement(By.cssSelector(".value"));
        assertTrue(value.getText().matches("\\$[\\d.,]+( (million|billion|trillion))?"), value.getText());
        assertTrue(value.getAttribute("title").endsWith("US dollars"), value.getAttribute("title"));
        String shown = value.getText();
        fact.findElement(By.tagName("button")).click();
        wait.until(b -> details.getText().contains("Evidence sentences"));
        assertEquals(label + " — " + property + " — " + shown, details.findElement(By.tagName("h2")).getText());
        assertFalse(details.findElements(By.cssSelector("ul.evidence blockquote")).isEmpty(), details.getText());
        assertFalse(details.getText().contains("null") || details.getText().contains("false"), details.getText());

        searchForCard(wait, firstRow("SELECT ?label WHERE { ?e owl:sameAs ?item ; rdfs:label ?label ; nkg:mentionCount ?n }"
                + " ORDER BY DESC(?n) ?label", "label").get(0));
        String link = details.findElement(By.cssSelector(".wikidata-link")).getText();
        assertTrue(link.matches("Q\\d+ · score \\d\\.\\d\\d · [a-z ]+"), link);
        assertTrue(details.findElements(By.cssSelector("ul.facts .property")).stream().noneMatch(p -> p.getText().contains("same")),
                "owl:sameAs is not listed among the facts");
    }

    /** Each class keeps one colour from one search to the next, the colour the legend gives it. */
    @Test
    void everyClassKeepsItsColourAndTheLegendSaysWhichIsWhich() {
        List<String> mostMentioned = sparql("SELECT ?label WHERE { ?e nkg:mentionCount ?n ; rdfs:label ?label }"
                + " ORDER BY DESC(?n) ?label LIMIT 4").stream().map(r -> r.getLiteral("label").getString()).toList();
        WebDriverWait wait = openPage();
        Map<String, String> legend = new HashMap<>();
        for (WebElement item : browser.findElements(By.cssSelector("#legend li"))) {
            legend.put(item.getAttribute("data-type"), rgb(item.findElement(By.className("swatch")).getCssValue("background-color")));
        }
        assertFalse(legend.isEmpty());
        for (String name : mostMentioned) {
            searchForCard(wait, name);
            @SuppressWarnings("unchecked")
            List<List<String>> nodes = (List<List<String>>) script(
                    "return explorer.cy.nodes().map(n => [n.data('type'), n.style('background-color')])");
            for (List<String> node : nodes) {
                assertEquals(legend.get(node.get(0)), rgb(node.get(1)), "colour of a " + node.get(0) + " after searching " + name);
            }
        }
    }

    /** The red, green and blue of a CSS colour as "r,g,b", however the browser or Cytoscape.js spells it. */
    private static String rgb(String colour) {
        List<String> parts = List.of(colour.replaceAll("[^0-9,]", "").split(","));
        return String.join(",", parts.subList(0, 3));
    }

    /** Double-clicking a node adds its neighbours around it and leaves every node drawn where it was. */
    @Test
    void expandingANodeKeepsTheOthersWhereTheyAre() {
        // An entity with a neighbour that has neighbours of its own the entity lacks.
        List<String> pair = firstRow("SELECT ?label ?neighbourLabel (COUNT(DISTINCT ?far) AS ?more) WHERE {"
                + " { ?s1 rdf:subject ?e ; rdf:object ?n } UNION { ?s1 rdf:subject ?n ; rdf:object ?e }"
                + " { ?s2 rdf:subject ?n ; rdf:object ?far } UNION { ?s2 rdf:subject ?far ; rdf:object ?n }"
                + " ?s1 nkg:evidence [] . ?s2 nkg:evidence [] . ?far nkg:mentionCount [] . FILTER(?far != ?e)"
                + " FILTER NOT EXISTS { { ?s3 rdf:subject ?e ; rdf:object ?far } UNION { ?s3 rdf:subject ?far ; rdf:object ?e } }"
                + " ?e rdfs:label ?label ; nkg:mentionCount [] . ?n rdfs:label ?neighbourLabel ; nkg:mentionCount [] ."
                + " } GROUP BY ?label ?neighbourLabel ORDER BY DESC(?more) ?label ?neighbourLabel", "label", "neighbourLabel");
        WebDriverWait wait = openPage();
        searchForCard(wait, pair.get(0));
        String neighbour = pair.get(1);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Number>> before = (Map<String, Map<String, Number>>) script(
                "return Object.fromEntries(explorer.cy.nodes().map(n => [n.id(), n.position()]))");

        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) script(
                "return explorer.cy.nodes().filter(n => n.data('label') === arguments[0])[0].renderedPosition()", neighbour);
        WebElement graph = browser.findElement(By.id("graph"));
        new Actions(browser).moveToElement(graph,
                (int) Math.round(at.get("x").doubleValue() - graph.getRect().getWidth() / 2.0),
                (int) Math.round(at.get("y").doubleValue() - graph.getRect().getHeight() / 2.0)).doubleClick().perform();
        wait.until(b -> ((Number) script("return explorer.cy.nodes().length")).intValue() > before.size());

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Number>> after = (Map<String, Map<String, Number>>) script(
                "return Object.fromEntries(explorer.cy.nodes().map(n => [n.id(), n.position()]))");
        before.forEach((id, p) -> {
            assertEquals(p.get("x").doubleValue(), after.get(id).get("x").doubleValue(), 0.5, id + " moved");
            assertEquals(p.get("y").doubleValue(), after.get(id).get("y").doubleValue(), 0.5, id + " moved");
        });
        List<Map<String, Number>> added = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        for (Map<String, Number> p : added) {
            for (Map<String, Number> q : after.values()) {
                if (p != q) {
                    double distance = Math.hypot(p.get("x").doubleValue() - q.get("x").doubleValue(),
                            p.get("y").doubleValue() - q.get("y").doubleValue());
                    assertTrue(distance >= 40, "a new node is " + distance + " from another");
                }
            }
        }
    }

    /** The Fuseki UI offers no adding or editing of data, and says that the endpoint is read-only. */
    @Test
    void fusekiUiOffersNoEditingAndSaysItIsReadOnly() {
        browser.get(server.baseUrl() + "#/dataset/kg/query");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(b -> b.findElements(By.cssSelector("a.nav-link")).stream().anyMatch(a -> a.isDisplayed() && a.getText().equals("query")));
        List<WebElement> tabs = browser.findElements(By.cssSelector("a.nav-link"));
        for (String hidden : List.of("add data", "edit")) {
            assertTrue(tabs.stream().filter(a -> a.getAttribute("textContent").strip().equals(hidden)).noneMatch(WebElement::isDisplayed),
                    hidden + " is offered");
        }
        String banner = (String) script("return getComputedStyle(document.getElementById('app'), '::before').content");
        assertTrue(banner.contains("read-only"), banner);
    }

    /** Clicks the graph's canvas at a rendered position, {x, y} from its top left, that {@code js} computes. */
    private static void clickOnGraph(String js) {
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) script("return " + js + ";");
        WebElement graph = browser.findElement(By.id("graph"));
        // Selenium's offsets are from the element's centre.
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }
}
