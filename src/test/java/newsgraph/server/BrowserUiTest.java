package newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Fuseki UI in a real browser (headless Chromium): it lists the dataset, runs a query typed into its
 * editor and shows the result rows; a page of another site (another origin) can neither read the data nor
 * make the server connect outward. Without Chromium the test is skipped, unless NEWSGRAPH_REQUIRE_BROWSER
 * is set (as {@code .ci/run} does), when it fails.
 */
class BrowserUiTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path profile;

    private static WebDriver browser;
    private static ChromeDriverService driverService;
    private static NewsServer server;

    @BeforeAll
    static void openBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver";
            if (System.getenv("NEWSGRAPH_REQUIRE_BROWSER") != null) {
                fail(missing + " — NEWSGRAPH_REQUIRE_BROWSER is set, so the browser test may not be skipped");
            }
            Assumptions.abort(missing + "; skipping the browser test (set NEWSGRAPH_REQUIRE_BROWSER to fail instead)");
        }
        server = SeededServer.server();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1024",
                "--user-data-dir=" + profile.toAbsolutePath());
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driverService, options);
        browser.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
    }

    @Test
    void theDatasetsPageListsTheNewsDataset() {
        browser.get(server.baseUrl() + "#/");
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "/news"));
    }

    @Test
    void aQueryTypedIntoTheEditorShowsItsRowsInThePage() {
        String query = """
                PREFIX schema: <http://schema.org/>
                SELECT ?speaker ?text WHERE {
                  ?statement a schema:Quotation ; schema:creator/schema:name ?speaker ; schema:text ?text .
                  FILTER (CONTAINS(?text, "feebler British defence"))
                }""";
        browser.get(server.baseUrl() + "#/dataset/news/query");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        // YASQE is a CodeMirror editor: set its text through the CodeMirror instance, as typing would
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var e = document.querySelector('.CodeMirror'); return !!(e && e.CodeMirror);"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", query);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();

        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr_results")));
        wait.until(d -> results.getText().contains("Michael Fallon"));
        List<WebElement> rows = browser.findElements(By.cssSelector(".yasr_results table tbody tr"));
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("Michael Fallon")
                && r.getText().contains("Putin would certainly welcome feebler British defence.")),
                "a result row shows the speaker and the words: " + results.getText());
    }

    /**
     * JSONP: Fuseki answers {@code ?callback=steal} with {@code steal({…})}, which a page of any site can load
     * with a script tag and read. Here a page of another origin tries, and also a plain fetch (no CORS).
     */
    @Test
    void anotherSitesPageCannotReadTheDataThroughJsonpOrFetch() {
        String query = URLEncoder.encode("SELECT ?name { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name }",
                StandardCharsets.UTF_8);
        String jsonp = server.sparqlUrl() + "?query=" + query + "&callback=steal";
        String plain = server.sparqlUrl() + "?query=" + query;
        String page = "<html><body><script>window.stolen = null; window.scriptDone = null; window.fetched = null;"
                + " function steal(data) { window.stolen = JSON.stringify(data); }</script>"
                + "<script src=\"" + jsonp + "\" onload=\"window.scriptDone='loaded'\" onerror=\"window.scriptDone='error'\"></script>"
                + "<script>fetch('" + plain + "').then(r => r.text()).then(t => { window.fetched = t; })"
                + ".catch(e => { window.fetched = 'refused: ' + e; });</script></body></html>";
        try (OtherSite evil = new OtherSite(page)) {
            browser.get(evil.url());
            JavascriptExecutor js = (JavascriptExecutor) browser;
            new WebDriverWait(browser, PATIENCE).until(d -> js.executeScript(
                    "return window.scriptDone !== null && window.fetched !== null;"));
            assertNull(js.executeScript("return window.stolen;"), "the JSONP callback never ran with the data");
            assertTrue(((String) js.executeScript("return window.fetched;")).startsWith("refused"),
                    "the browser keeps the answer from the other site's page");
        }
    }

    /**
     * SERVICE from a plain GET: a page of any site can make the server send a request anywhere with an image
     * tag. The listener stands for the address it is sent to; nothing may connect.
     */
    @Test
    void anotherSitesImageCannotMakeTheServerConnectOutward() {
        try (OutboundListener listener = new OutboundListener()) {
            String query = URLEncoder.encode("SELECT * { SERVICE <" + listener.url("sparql") + "> { ?s ?p ?o } }",
                    StandardCharsets.UTF_8);
            String page = "<html><body><script>window.imageDone = null;</script><img src=\"" + server.sparqlUrl()
                    + "?query=" + query + "\" onload=\"window.imageDone='loaded'\" onerror=\"window.imageDone='error'\">"
                    + "</body></html>";
            try (OtherSite evil = new OtherSite(page)) {
                browser.get(evil.url());
                new WebDriverWait(browser, PATIENCE).until(d -> ((JavascriptExecutor) d).executeScript(
                        "return window.imageDone !== null;"));
            }
            assertEquals(0, listener.connections(), "the server made no outbound connection");
        }
    }

    /** The server has no admin endpoints: the UI must not offer buttons that post to them (a 404). */
    @Test
    void theUiOffersNoManageTabOrBackupButton() {
        browser.get(server.baseUrl() + "#/");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/news"));
        assertTrue(browser.findElements(By.cssSelector("a[href='#/manage']")).stream().noneMatch(WebElement::isDisplayed),
                "no manage tab");
        browser.get(server.baseUrl() + "#/manage");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/news"));
        for (String button : List.of(".dataset-backup", ".dataset-remove", ".dataset-add-data")) {
            assertTrue(browser.findElements(By.cssSelector(button)).stream().noneMatch(WebElement::isDisplayed),
                    button + " is hidden");
        }
    }

    /**
     * A reader's path: the search box finds the seed's person, his page lists what he said, a statement's link opens
     * the article at that statement, whose words are highlighted there and in view. No JavaScript is needed (the
     * pages have none), but the browser is the real judge of what is shown.
     */
    @Test
    void fromAPersonsPageAStatementLeadsToItsHighlightedWordsInTheArticle() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        browser.get(server.baseUrl() + "search");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("header input[name=name]")));
        box.sendKeys("Fallon");
        box.submit();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Michael Fallon"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Michael Fallon"));

        WebElement card = browser.findElement(By.cssSelector("#by li.statement"));
        String words = card.findElement(By.cssSelector("blockquote mark.quote")).getText();
        assertTrue(words.length() > 10, words);
        card.findElement(By.cssSelector("a.article")).click();
        wait.until(d -> d.getCurrentUrl().contains("/page/article/") && d.getCurrentUrl().contains("#char="));

        String fragment = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement target = browser.findElement(By.id(fragment));
        assertEquals("mark", target.getTagName());
        assertTrue(target.getAttribute("class").contains("quote"));
        assertTrue(words.startsWith(target.getText()), "the statement's words: " + target.getText() + " / " + words);
        String background = target.getCssValue("background-color");
        assertFalse(background.equals("rgba(0, 0, 0, 0)") || background.equals("transparent"), "highlighted: "
                + background);
        Object where = ((JavascriptExecutor) browser).executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return [r.top, r.bottom, window.innerHeight, window.scrollY];", target);
        List<?> rect = (List<?>) where;
        double top = ((Number) rect.get(0)).doubleValue();
        assertTrue(top > -1 && top < ((Number) rect.get(2)).doubleValue() && ((Number) rect.get(3)).doubleValue() > 0,
                "scrolled to the statement: " + where);
        assertTrue(browser.findElements(By.cssSelector(".article-text mark.quote")).size() > 1,
                "every statement of the article highlighted");
    }

    /** The entity page's link to a named query opens the Fuseki editor with the query and its values filled in. */
    @Test
    void aNamedQueryOpensInTheEditorWithItsValuesAndRuns() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        browser.get(server.baseUrl() + "search?name=Fallon");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Michael Fallon"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Michael Fallon"));
        browser.findElement(By.cssSelector("#by .queries")).findElement(By.linkText("in the SPARQL editor")).click();
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var e = document.querySelector('.CodeMirror');"
                        + " return !!(e && e.CodeMirror && e.CodeMirror.getValue().indexOf('michael-fallon') >= 0);"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr_results")));
        wait.until(d -> results.getText().contains("Michael Fallon"));
    }

    /** An IRI of the graph in the UI's results opens its page on this server, not its base elsewhere. */
    @Test
    void anIriInTheResultsOpensItsPageOnThisServer() {
        String query = "PREFIX schema: <http://schema.org/> SELECT ?person WHERE { ?person a schema:Person ;"
                + " schema:name \"Michael Fallon\" }";
        browser.get(server.baseUrl() + "#/dataset/news/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var e = document.querySelector('.CodeMirror');"
                        + " return !!(e && e.CodeMirror && e.CodeMirror.getValue().indexOf('Michael Fallon') >= 0);"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".yasr_results a[href*='/id/person/']")));
        String ui = browser.getWindowHandle();
        java.util.Set<String> before = browser.getWindowHandles();
        link.click();
        wait.until(d -> d.getWindowHandles().size() > before.size()
                || d.getCurrentUrl().contains("/page/person/"));
        for (String handle : browser.getWindowHandles()) {
            if (!before.contains(handle)) {
                browser.switchTo().window(handle);
            }
        }
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Michael Fallon"));
            assertTrue(browser.getCurrentUrl().startsWith(server.baseUrl() + "page/person/"), browser.getCurrentUrl());
        } finally {
            if (!browser.getWindowHandle().equals(ui)) {
                browser.close();
                browser.switchTo().window(ui);
            }
            browser.get("about:blank"); // the UI reads a query from the address only when it loads
        }
    }

    @Test
    void aQueryInTheUrlIsPrefilledAndRuns() {
        String query = "PREFIX schema: <http://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"
                + " ORDER BY ?name";
        browser.get(server.baseUrl() + "#/dataset/news/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var e = document.querySelector('.CodeMirror');"
                        + " return !!(e && e.CodeMirror && e.CodeMirror.getValue().indexOf('schema:Person') >= 0);"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr_results")));
        wait.until(d -> results.getText().contains("Jeremy Corbyn") && results.getText().contains("Vladimir Putin"));
    }
}
