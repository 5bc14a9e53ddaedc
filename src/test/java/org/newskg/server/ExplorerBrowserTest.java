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
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * the bundled corpus: search, neighbours, evidence of an edge clicked on the canvas, and no console
 * error. Uses Debian's Chromium and chromedriver; Selenium is given both paths, so it downloads
 * nothing. Skipped, saying how to install them, where they are missing.
 */
class ExplorerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The page as the test left it, for docs/explorer.png. */
    private static final Path SCREENSHOT = Path.of("target", "explorer.png");
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

    @Test
    void searchShowsNeighboursAndAnEdgeItsEvidence() throws IOException {
        browser.get(server.baseUrl() + "explore");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        // The page replaces what it shows: an element found a moment ago may be gone; look again.
        wait.ignoring(StaleElementReferenceException.class);
        // On a timeout, say what the page shows and what the console said.
        wait.withMessage(() -> "the page says: " + browser.findElement(By.id("status")).getText()
                + "; console: " + browser.manage().logs().get(LogType.BROWSER).getAll());

        WebElement search = browser.findElement(By.id("search-input"));
        search.sendKeys("DeepSeek");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();

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
        WebElement source = details.findElement(By.cssSelector("ul.evidence .source a"));
        assertTrue(source.getAttribute("href").startsWith(server.sparqlUrl() + "?query=DESCRIBE"), source.getAttribute("href"));

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

        clickOnGraph("explorer.cy.nodes().filter(n => n.data('label') === 'Liang Wenfeng')[0].renderedPosition()");
        wait.until(b -> details.getText().startsWith("Liang Wenfeng"));
        assertTrue(details.getText().contains("Person"), "the node's card gives its type: " + details.getText());

        browser.findElement(By.xpath("//fieldset[@id='property-filter']/label[normalize-space()='founded by']/input")).click();
        assertEquals(Boolean.TRUE, script("const founded = explorer.cy.edges().filter(e => e.data('label') === 'founded by');"
                + " return founded.nonempty() && founded.every(e => e.hidden())"), "unticking a property hides its edges");

        // A part of a name matches several entities: the page lists them to choose from.
        search.clear();
        search.sendKeys("seek-v");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
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

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }
}
