package newsgraph.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.server.NewsServer;
import newsgraph.server.SeededServer;
import newsgraph.text.ArticleReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages over HTTP, read as HTML: the person page shows what he said and what was said about him, a page at a
 * time, each statement in its sentence with its words, cue and speaker mention marked; the article page shows the
 * whole text, every character once and in order, with every statement highlighted where its span's fragment points;
 * the search box finds people by any part of a name. The expected facts are the seed's gold (Michael Fallon's
 * statements, "told" as a cue, the pronoun "he" naming him).
 */
class BrowsePagesTest {

    private static NewsServer server;
    private static String fallon;

    @BeforeAll
    static void serve() {
        server = SeededServer.server();
        fallon = Web.hub("Michael Fallon");
    }

    @Test
    void thePersonPageShowsHisStatementsInTheirSentencesWithWordsCueAndMentionMarked() {
        Document page = Web.page(server, Web.local("/page/", fallon));
        assertEquals("Michael Fallon", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("dl.facts").text().contains("Defence Secretary"), "gold: his role");
        Element by = page.getElementById("by");
        assertNotNull(by);
        List<Element> cards = by.select("li.statement");
        assertFalse(cards.isEmpty());
        for (Element card : cards) {
            assertEquals("Michael Fallon", card.selectFirst("a.speaker").text(), "statements by him only");
            assertFalse(card.select("blockquote mark.quote").text().isEmpty(), "the words highlighted");
            assertNotNull(card.selectFirst("a.article[href*=#char=]"), "a link to its place in the article");
            assertTrue(card.selectFirst(".rule").text().matches("speaker by the .+ rule, confidence 0?\\.\\d+"),
                    card.selectFirst(".rule").text());
        }
        // gold s09: "Asked if Mr Putin would welcome …, he added: “Putin would certainly welcome feebler British defence.”"
        Element feebler = cards.stream().filter(c -> c.text().contains("feebler British defence")).findFirst().orElseThrow();
        assertEquals("Putin would certainly welcome feebler British defence.", feebler.selectFirst("mark.quote").text());
        assertEquals("he", feebler.selectFirst(".speaker-mention").text(), "the pronoun that names him");
        assertEquals("added", feebler.selectFirst(".cue").text());
        assertEquals("direct", feebler.selectFirst(".kind").text());

        Element about = page.getElementById("about");
        assertTrue(about.select("li.statement").size() >= 1, "statements about him (gold s02)");
        assertTrue(page.text().contains("Whom Michael Fallon speaks about most"));
        assertTrue(page.select("table a").stream().anyMatch(a -> a.text().equals("Jeremy Corbyn")),
                "gold: he speaks about Corbyn");
    }

    /**
     * The entity page's two top-10 tables, read on other threads while the page reads its lists (ReadAside), are the
     * first ten rows of their named queries, in order.
     */
    @Test
    void theTopTablesOfTheEntityPageAreTheirNamedQueriesFirstRows() {
        Document page = Web.page(server, Web.local("/page/", fallon));
        List<List<String>> tables = new ArrayList<>();
        for (Element table : page.select("section:has(h2:contains(most)) table")) {
            List<String> rows = new ArrayList<>();
            table.select("tbody tr").forEach(tr -> rows.add(tr.text()));
            tables.add(rows);
        }
        assertEquals(2, tables.size(), "whom he speaks about, who speaks about him");
        assertEquals(firstRows("whom-a-speaks-about", "speaker_iri", "about"), tables.get(0));
        assertEquals(firstRows("who-speaks-about", "about_iri", "speaker"), tables.get(1));
        assertFalse(tables.get(0).isEmpty());
    }

    /** The first ten rows of a named query over HTTP for Fallon, as the page's table shows them: name and count. */
    private static List<String> firstRows(String query, String parameter, String nameColumn) {
        java.net.http.HttpResponse<String> answer = Web.get(server, "/news/query/" + query + "?limit=10&" + parameter
                + "=" + java.net.URLEncoder.encode(fallon, java.nio.charset.StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, answer.statusCode(), answer.body());
        List<String> rows = new ArrayList<>();
        org.apache.jena.query.ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(
                answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .forEachRemaining(row -> rows.add(row.getLiteral(nameColumn).getLexicalForm() + " "
                        + row.getLiteral("statements").getLexicalForm()));
        return rows;
    }

    @Test
    void thePersonPagePagesThroughHisStatements() {
        String path = Web.local("/page/", fallon);
        Document all = Web.page(server, path);
        List<String> everything = quotes(all.getElementById("by"));
        assertTrue(everything.size() > 3, "enough statements to page through: " + everything);

        Set<String> seen = new HashSet<>();
        List<String> paged = new ArrayList<>();
        String next = path + "?n=3";
        int pages = 0;
        while (next != null) {
            Document page = Web.page(server, next);
            Element by = page.getElementById("by");
            String summary = by.selectFirst(".paging .summary").text();
            assertTrue(summary.matches("(First 3|Statements \\d+–\\d+) of " + everything.size() + ".*"), summary);
            for (String quote : quotes(by)) {
                assertTrue(seen.add(quote), "no repeat: " + quote);
                paged.add(quote);
            }
            Element link = by.selectFirst(".paging a[rel=next]");
            next = link == null ? null : link.attr("href");
            if (pages > 0) {
                assertNotNull(by.selectFirst(".paging a[rel=prev]"), "a way back");
            }
            pages++;
        }
        assertEquals((everything.size() + 2) / 3, pages);
        assertEquals(everything, paged, "the pages hold every statement once, in the same order");
    }

    @Test
    void theArticlePageShowsTheWholeTextWithEveryStatementHighlightedWhereItsFragmentPoints() throws Exception {
        String article = Web.seedArticle();
        Document page = Web.page(server, Web.local("/page/", article));
        String text = new ArticleReader().read(newsgraph.store.SeedArticles.SEED).text();
        Element body = page.selectFirst(".article-text");
        assertEquals(text, body.wholeText(), "every character of the article once, in order");
        List<Element> quotes = body.select("mark.quote[id]");
        long statements = Web.count("SELECT (COUNT(?s) AS ?n) { ?s a <http://schema.org/Quotation> }");
        assertEquals(statements, quotes.size(), "every statement highlighted, with its fragment as id");
        for (Element quote : quotes) {
            String[] offsets = quote.id().replace("char=", "").split(",");
            int begin = Integer.parseInt(offsets[0]);
            int end = Integer.parseInt(offsets[1]);
            // the first piece of the span's words (a cue or mention inside it cuts it into pieces)
            assertTrue(text.substring(begin, end).startsWith(quote.wholeText()), quote.wholeText());
        }
        assertTrue(body.select(".cue").stream().anyMatch(c -> c.text().equals("told")), "gold: cue 'told'");
        assertTrue(page.select("h2").stream().anyMatch(h -> h.text().startsWith("Statements (")));
        assertTrue(page.select("a").stream().anyMatch(a -> a.text().equals("Jeremy Corbyn")), "who it names");
    }

    @Test
    void theSearchBoxFindsAPersonByAnyPartOfAName() {
        Document found = Web.page(server, "/search?name=" + Links.encode("FALLON"));
        Element link = found.select("main table a").stream().filter(a -> a.text().equals("Michael Fallon")).findFirst()
                .orElseThrow(() -> new AssertionError(found.text()));
        assertEquals(Web.local("/page/", fallon), link.attr("href"));
        Document none = Web.page(server, "/search?name=" + Links.encode("no such name anywhere"));
        assertTrue(none.text().contains("No person, organisation or place has a name with"), none.text());
        Document home = Web.page(server, "/search");
        assertNotNull(home.selectFirst("form[action=/search] input[name=name]"), "the search box");
    }

    @Test
    void aStatementPageShowsItInContextAndLinksToMoreOfTheSame() {
        String statement = Web.first("SELECT ?x { ?x <http://schema.org/creator> ?m ; <http://schema.org/about> ?a ."
                + " GRAPH <" + newsgraph.identity.IdentityGraph.NAME + "> { ?m <http://www.w3.org/2002/07/owl#sameAs> <"
                + fallon + "> } } LIMIT 1");
        Document page = Web.page(server, Web.local("/page/", statement));
        assertTrue(page.selectFirst("h1").text().startsWith("Statement of Michael Fallon"));
        assertNotNull(page.selectFirst("blockquote mark.quote"));
        assertTrue(page.select("a").stream().anyMatch(a -> a.attr("href").startsWith("/news/query/what-a-said-about-b?")
                && a.attr("href").contains("speaker_iri=")), "what he said about the same");
    }

    private static List<String> quotes(Element section) {
        return section.select("li.statement").stream().map(li -> li.selectFirst("a.permalink").attr("href")).toList();
    }
}
