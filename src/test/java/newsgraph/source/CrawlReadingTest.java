package newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.text.Article;
import newsgraph.text.ArticleMetadata;
import newsgraph.text.NewsDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crawl written by jwarc, as a crawler writes one: the HTML responses are the articles, everything else (a
 * redirect, a PDF, a revisit, an error page) is skipped and counted; requests are passed over.
 */
class CrawlReadingTest {

    static final Instant MAY_2 = Instant.parse("2024-05-02T12:00:00Z");
    static final Instant MAY_3 = Instant.parse("2024-05-03T12:00:00Z");

    @TempDir
    Path temp;

    static TestCrawl crawl() throws Exception {
        return new TestCrawl()
                .page("https://www.harbourtimes.example/news/ferry-strike", MAY_2, TestCrawl.newsPage(
                        "https://www.harbourtimes.example/news/ferry-strike", "Harbour Times", "2024-05-01T18:00:00+02:00",
                        "Mia Lund", "Ferry strike called off",
                        "The ferry strike planned for Friday was called off after talks, the union said.",
                        "\u201cWe have a deal that our members can accept,\u201d said Carla Mendes, the union's leader."))
                .redirect("http://harbourtimes.example/news/ferry-strike", MAY_2,
                        "https://www.harbourtimes.example/news/ferry-strike")
                .pdf("https://www.harbourtimes.example/timetable.pdf", MAY_2)
                .error("https://www.harbourtimes.example/news/gone", MAY_2, 404)
                // a page with no date of its own: the record's WARC-Date dates it
                .page("https://valleyvoice.example/2024/05/bridge", MAY_3, """
                        <html><head><title>Bridge reopens</title>
                        <meta property="og:site_name" content="Valley Voice"></head>
                        <body><article><h1>Bridge reopens</h1>
                        <p>The old bridge reopened to traffic on Friday after a year of repairs, the county said.</p>
                        </article></body></html>""")
                .revisit("https://www.harbourtimes.example/news/ferry-strike", MAY_3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void htmlResponsesAreArticlesAndTheRestIsCounted(String name) throws Exception {
        Path file = crawl().write(temp.resolve(name));
        List<Article> articles = new ArrayList<>();
        Map<String, Integer> skipped;
        try (Inputs inputs = new NewsReader().open(file)) {
            assertTrue(inputs.manyArticles());
            while (inputs.hasNext()) {
                articles.add(inputs.next().read().article());
            }
            skipped = inputs.skipped();
        }
        assertEquals(2, articles.size(), articles.toString());
        assertEquals(Map.of("redirect", 1, "not HTML", 1, "error status", 1, "revisit", 1), skipped);

        ArticleMetadata ferry = articles.get(0).metadata();
        assertEquals("https://www.harbourtimes.example/news/ferry-strike", ferry.url());
        assertEquals(new NewsDate("2024-05-01T16:00:00Z"), ferry.published(), "the page's own date, not the fetch");
        assertEquals("Harbour Times", ferry.publisher().name());
        assertEquals(List.of(new ArticleMetadata.Author("Mia Lund", false)), ferry.authors());
        assertEquals(name, ferry.source().fileName(), "the file's name only, never its directory");
        assertTrue(ferry.source().recordId().startsWith("urn:uuid:"), ferry.source().recordId());

        ArticleMetadata bridge = articles.get(1).metadata();
        assertEquals("https://valleyvoice.example/2024/05/bridge", bridge.url(), "the WARC-Target-URI");
        assertEquals(new NewsDate("2024-05-03T12:00:00Z"), bridge.published(), "the WARC-Date, as a fallback");
        assertEquals("Valley Voice", bridge.publisher().name());
        assertEquals("valleyvoice.example", bridge.publisher().host());
    }

    /** The Spark job's seam: a name and a stream give the same articles as the file does. */
    @Test
    void aStreamReadsAsTheFileDoes() throws Exception {
        Path file = crawl().write(temp.resolve("crawl.warc.gz"));
        List<String> fromFile = new ArrayList<>();
        try (Inputs inputs = new NewsReader().open(file)) {
            inputs.forEachRemaining(i -> fromFile.add(id(i)));
        }
        List<String> fromStream = new ArrayList<>();
        InputStream in = Files.newInputStream(file);
        try (Inputs inputs = new NewsReader().read("hdfs://cluster/crawls/crawl.warc.gz", in)) {
            inputs.forEachRemaining(i -> fromStream.add(id(i)));
        }
        assertEquals(2, fromFile.size());
        assertEquals(fromFile, fromStream);
    }

    /** A WARC is told by its content: a crawl saved under a name that says nothing is still read as one. */
    @Test
    void aCrawlIsToldByItsContentNotItsName() throws Exception {
        Path file = crawl().write(temp.resolve("download.bin.gz"));
        try (Inputs inputs = new NewsReader().open(file)) {
            assertTrue(inputs.manyArticles());
            int n = 0;
            while (inputs.hasNext()) {
                assertNotNull(inputs.next().read().article());
                n++;
            }
            assertEquals(2, n);
        }
    }

    private static String id(ArticleInput input) {
        try {
            return input.read().article().id();
        } catch (newsgraph.text.BadArticleException e) {
            throw new AssertionError(e.getMessage());
        }
    }
}
