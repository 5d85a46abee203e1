package newsgraph.server;

import newsgraph.load.ArticleLoader;
import newsgraph.load.LoadReport;
import newsgraph.store.NewsStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsgraph.extract.Extractor;
import newsgraph.link.KnowledgePack;
import newsgraph.link.Linker;
import newsgraph.source.TestCrawl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl, end to end: a WARC.gz written by jwarc (pages of three outlets over two months, one story syndicated
 * under two addresses, a redirect, a PDF and a revisit) loaded into TDB2 on disk, served by Fuseki on a free port,
 * and asked over HTTP who said what, when and where — newest first, filtered by date and outlet, a statement of a
 * syndicated story counted once.
 */
class CrawlEndToEndTest {

    private static final String SPEAKER = "Carla Mendes";

    @TempDir
    static Path temp;
    private static NewsStore store;
    private static NewsServer server;
    private static LoadReport report;

    @BeforeAll
    static void loadAndServe() throws Exception {
        Path crawls = Files.createDirectories(temp.resolve("crawls"));
        new TestCrawl()
                .page("https://www.bostonglobe.com/2024/04/10/ferry-talks", Instant.parse("2024-04-10T20:00:00Z"),
                        story("https://www.bostonglobe.com/2024/04/10/ferry-talks", "The Boston Globe",
                                "2024-04-10T14:00:00-04:00", "Ferry talks begin",
                                "Talks to end the ferry dispute began on Wednesday in Boston.",
                                "\u201cWe are ready to talk for as long as it takes,\u201d said " + SPEAKER
                                        + ", the union's leader."))
                .redirect("http://bostonglobe.com/2024/04/10/ferry-talks", Instant.parse("2024-04-10T20:00:01Z"),
                        "https://www.bostonglobe.com/2024/04/10/ferry-talks")
                .pdf("https://www.bostonglobe.com/ferry-timetable.pdf", Instant.parse("2024-04-10T20:00:02Z"))
                .write(crawls.resolve("april.warc.gz"));
        new TestCrawl()
                .page("https://www.bostonglobe.com/2024/05/02/ferry-deal", Instant.parse("2024-05-02T22:00:00Z"),
                        story("https://www.bostonglobe.com/2024/05/02/ferry-deal", "The Boston Globe",
                                "2024-05-02T16:30:00-04:00", "Ferry strike called off", WIRE))
                // the same agency story under another outlet's address and headline: a syndicated copy
                .page("https://harbourtimes.example/news/ferry-deal-reached", Instant.parse("2024-05-02T23:00:00Z"),
                        story("https://harbourtimes.example/news/ferry-deal-reached", "Harbour Times",
                                "2024-05-02T21:00:00Z", "Deal reached: ferries to sail", WIRE))
                .page("https://harbourtimes.example/news/ferry-fares", Instant.parse("2024-05-20T09:00:00Z"),
                        story("https://harbourtimes.example/news/ferry-fares", "Harbour Times",
                                "2024-05-20T08:00:00Z", "Ferry fares frozen",
                                "Ferry fares will not rise this year, the operator said on Monday.",
                                "\u201cPassengers have waited long enough for good news,\u201d said " + SPEAKER
                                        + ", who welcomed the freeze."))
                .revisit("https://www.bostonglobe.com/2024/05/02/ferry-deal", Instant.parse("2024-05-21T09:00:00Z"))
                .write(crawls.resolve("may.warc.gz"));

        store = NewsStore.open(temp.resolve("tdb2"));
        report = ArticleLoader.into(store).extractor(Extractor.create().then(new Linker(KnowledgePack.standard())))
                .load(List.of(crawls.resolve("april.warc.gz"), crawls.resolve("may.warc.gz")));
        server = NewsServer.create().dataset(store.dataset()).port(0).build().start();
    }

    /** An agency story of two quotes by the speaker. */
    private static final String[] WIRE = {
        "The ferry strike planned for Friday was called off after a deal on pay, the union said on Thursday.",
        "\u201cWe have a deal that our members can accept,\u201d said " + SPEAKER + ", the union's leader.",
        "\u201cThe ferries will sail on Friday morning,\u201d " + SPEAKER + " said."};

    private static String story(String url, String outlet, String date, String headline, String... paragraphs) {
        return TestCrawl.newsPage(url, outlet, date, "Staff reporter", headline, paragraphs);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theCrawlsPagesAreStoredAndTheRestCounted() {
        assertEquals(List.of(), report.failed());
        assertEquals(4, report.articles(), report.summary());
        assertEquals(Map.of("redirect", 1, "not HTML", 1, "revisit", 1), report.skippedRecords());
        assertTrue(report.summary().contains("3 records without an article (1 not HTML, 1 redirect, 1 revisit)"),
                report.summary());
    }

    @Test
    void whoSaidWhatOverHttpIsNewestFirstWithDateAndOutlet() {
        List<Map<String, String>> rows = NewsServerTest.select(server.sparqlUrl(), "who-said-what",
                Map.of("speaker_name", "mendes"));
        assertEquals(List.of("2024-05-20T08:00:00Z", "2024-05-02T21:00:00Z", "2024-05-02T21:00:00Z",
                "2024-05-02T20:30:00Z", "2024-05-02T20:30:00Z", "2024-04-10T18:00:00Z"), column(rows, "published"),
                "newest first, dates in UTC (16:30 at -04:00 is 20:30Z): " + rows);
        assertEquals(List.of("Harbour Times", "Harbour Times", "Harbour Times", "The Boston Globe", "The Boston Globe",
                "The Boston Globe"), column(rows, "publisher"));
        assertTrue(rows.get(0).get("text").contains("Passengers have waited long enough"), rows.get(0).toString());
        assertTrue(rows.get(5).get("text").contains("ready to talk"), rows.get(5).toString());
    }

    @Test
    void fromToAndOutletFilterTheRows() {
        List<Map<String, String>> may = NewsServerTest.select(server.sparqlUrl(), "who-said-what",
                Map.of("speaker_name", "mendes", "from", "2024-05", "to", "2024-05-02"));
        assertEquals(List.of("2024-05-02T21:00:00Z", "2024-05-02T21:00:00Z", "2024-05-02T20:30:00Z",
                "2024-05-02T20:30:00Z"), column(may, "published"), "to a day includes the whole day: " + may);

        List<Map<String, String>> globe = NewsServerTest.select(server.sparqlUrl(), "who-said-what",
                Map.of("speaker_name", "mendes", "outlet", "globe"));
        assertEquals(List.of("2024-05-02T20:30:00Z", "2024-05-02T20:30:00Z", "2024-04-10T18:00:00Z"),
                column(globe, "published"));

        List<Map<String, String>> byAddress = NewsServerTest.select(server.sparqlUrl(), "who-said-what",
                Map.of("speaker_name", "mendes", "outlet", "harbourtimes.example", "from", "2024-05-10"));
        assertEquals(List.of("2024-05-20T08:00:00Z"), column(byAddress, "published"), "an outlet by its address");
    }

    /** The syndicated story's two statements count once in the month, and once in each outlet that ran it. */
    @Test
    void timelineCountsASyndicatedStatementOnce() {
        List<Map<String, String>> rows = NewsServerTest.select(server.sparqlUrl(), "timeline",
                Map.of("speaker_name", "mendes"));
        assertEquals(List.of("2024-05", "2024-04"), column(rows, "month"));
        assertEquals("3", rows.get(0).get("statements"), "two of the wire story (once for both copies), one more");
        assertEquals("Harbour Times 3 | The Boston Globe 2", rows.get(0).get("by_outlet"));
        assertEquals("1", rows.get(1).get("statements"));
        assertEquals("The Boston Globe 1", rows.get(1).get("by_outlet"));
    }

    @Test
    void outletsSayWhoQuotesAPersonAndHowOften() {
        List<Map<String, String>> rows = NewsServerTest.select(server.sparqlUrl(), "outlets",
                Map.of("speaker_name", "mendes"));
        assertEquals(List.of("Harbour Times", "The Boston Globe"), column(rows, "publisher"));
        assertEquals(List.of("3", "3"), column(rows, "statements"));
        assertEquals(List.of("2", "2"), column(rows, "articles"));
        assertEquals(List.of("2024-05-02", "2024-04-10"), column(rows, "first"));
        assertEquals(List.of("2024-05-20", "2024-05-02"), column(rows, "last"));
    }

    @Test
    void mostQuotedCountsEachStatementOncePerWork() {
        Map<String, String> mendes = NewsServerTest.select(server.sparqlUrl(), "most-quoted", Map.of()).stream()
                .filter(r -> SPEAKER.equals(r.get("speaker"))).findFirst().orElseThrow();
        assertEquals("4", mendes.get("statements"), "1 in April, 2 in the wire story (two copies), 1 on fares");
        assertEquals("4", mendes.get("articles"), "every copy is an article");
    }

    /** The pack knows The Boston Globe's Wikidata item; it knows nothing of the Harbour Times. */
    @Test
    void anOutletIsOneNodeLinkedWhereThePackKnowsIt() {
        List<Map<String, String>> rows = selectText("""
                SELECT ?outlet (COUNT(DISTINCT ?article) AS ?articles) (SAMPLE(?same) AS ?sameAs) WHERE {
                  GRAPH ?article { ?article <http://schema.org/publisher> ?outlet
                                   OPTIONAL { ?outlet <http://schema.org/sameAs> ?same } } }
                GROUP BY ?outlet ORDER BY ?outlet""");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("https://w3id.org/newsgraph/id/outlet/bostonglobe.com", rows.get(0).get("outlet"));
        assertEquals("2", rows.get(0).get("articles"));
        assertEquals("http://www.wikidata.org/entity/Q824451", rows.get(0).get("sameAs"));
        assertEquals("https://w3id.org/newsgraph/id/outlet/harbourtimes.example", rows.get(1).get("outlet"));
        assertEquals(null, rows.get(1).get("sameAs"));
    }

    /** Fetching a story again (a later crawl of the same address) replaces its graph: one article, not two. */
    @Test
    void aStoryFetchedAgainReplacesItsGraph() throws Exception {
        Path again = new TestCrawl().page("https://www.bostonglobe.com/2024/04/10/ferry-talks?utm_source=rss",
                Instant.parse("2024-06-01T00:00:00Z"), story("https://www.bostonglobe.com/2024/04/10/ferry-talks",
                        "The Boston Globe", "2024-04-10T14:00:00-04:00", "Ferry talks begin",
                        "Talks to end the ferry dispute began on Wednesday in Boston.",
                        "\u201cWe are ready to talk for as long as it takes,\u201d said " + SPEAKER
                                + ", the union's leader."))
                .write(temp.resolve("june.warc.gz"));
        try (NewsStore other = NewsStore.open(temp.resolve("tdb2-again"))) {
            ArticleLoader.into(other).extractor(Extractor.create()).load(List.of(temp.resolve("crawls/april.warc.gz")));
            List<String> before = other.articleGraphNames();
            ArticleLoader.into(other).extractor(Extractor.create()).load(List.of(again));
            assertEquals(before, other.articleGraphNames());
        }
    }

    private static List<Map<String, String>> selectText(String sparql) {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        try (var qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(server.sparqlUrl()).query(sparql)
                .build()) {
            qe.execSelect().forEachRemaining(s -> {
                Map<String, String> row = new java.util.HashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                        ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()));
                rows.add(row);
            });
        }
        return rows;
    }

    private static List<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).collect(Collectors.toList());
    }
}
