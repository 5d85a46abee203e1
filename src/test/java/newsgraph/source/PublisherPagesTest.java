package newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.text.Article;
import newsgraph.text.ArticleId;
import newsgraph.text.ArticleMetadata;
import newsgraph.text.ArticleMetadata.Author;
import newsgraph.text.ArticleMetadata.Publisher;
import newsgraph.text.NewsDate;
import org.junit.jupiter.api.Test;

/**
 * Pages as publishers write them (fixtures in {@code src/test/resources/newsgraph/pages}): what each says about
 * itself is read in the order of trust, dates normalised to UTC with their offsets applied, and the article
 * text is the story without the site around it.
 */
class PublisherPagesTest {

    /** JSON-LD NewsArticle with two authors, Open Graph, meta author, byline markup, a time and a canonical link. */
    @Test
    void jsonLdIsTrustedAboveOpenGraphAndMeta() throws Exception {
        ArticleInput.Read read = only("jsonld-opengraph-byline.html");
        Article article = read.article();
        ArticleMetadata m = article.metadata();
        assertEquals("Rail fares to rise by 4% in March, minister confirms", m.headline(),
                "JSON-LD's headline, not og:title's shorter one");
        // JSON-LD says 08:15 at +01:00: the same instant as og's 07:15+00:00, stored in UTC
        assertEquals(new NewsDate("2024-01-09T07:15:00Z"), m.published());
        assertEquals(new NewsDate("2024-01-09T10:02:31Z"), m.modified(), "11:02:31+01:00 in UTC");
        assertEquals("https://www.northerncourier.example/news/transport/rail-fares-rise-4-percent-1234567", m.url());
        assertEquals("en-GB", m.language());
        assertEquals(List.of(new Author("Ann Teller", false), new Author("Rob Quayle", false)), m.authors(),
                "JSON-LD's two authors; meta author and article:author (a URL) add nothing");
        assertEquals(new Publisher("The Northern Courier", "northerncourier.example",
                "https://www.northerncourier.example/"), m.publisher());
        assertEquals(ArticleId.ofUrl(m.url()), article.id(), "a page with a canonical URL takes its id from it");
        assertTrue(article.text().startsWith("Rail fares to rise by 4% in March, minister confirms\n"),
                article.text());
        assertTrue(article.text().contains("Helen Marsh told reporters at Leeds station"), article.text());
        assertFalse(article.text().contains("dataLayer"), "scripts are not text");
        assertFalse(article.text().contains("Council tax to rise"), "the 'Most read' box is not the story's text: "
                + article.text());
        assertEquals(List.of(), read.notes());
    }

    /** Yoast-style {@code @graph}: the article found among the page's nodes, author and publisher by {@code @id}. */
    @Test
    void jsonLdGraphIsFollowedByIds() throws Exception {
        ArticleMetadata m = only("jsonld-graph.html").article().metadata();
        assertEquals("Flood defences approved for river towns", m.headline());
        assertEquals(new NewsDate("2024-03-14T16:40:12Z"), m.published());
        assertEquals(new NewsDate("2024-03-15T09:05:00Z"), m.modified());
        assertEquals("https://valleygazette.example/2024/03/flood-defences-approved/", m.url(),
                "mainEntityOfPage's @id");
        assertEquals("en-US", m.language());
        assertEquals(List.of(new Author("Priya Nandakumar", false)), m.authors(), "the Person node its @id names");
        assertEquals("Valley Gazette", m.publisher().name());
        assertEquals("valleygazette.example", m.publisher().host());
        assertEquals("https://valleygazette.example/", m.publisher().homePage());
    }

    /** Only meta tags: Open Graph and article:* times with a negative offset, a "By" in meta author. */
    @Test
    void metaTagsAloneGiveTheFacts() throws Exception {
        ArticleInput.Read read = only("meta-only.html");
        ArticleMetadata m = read.article().metadata();
        assertEquals(new NewsDate("2024-02-20T23:30:00Z"), m.published(), "18:30 at -05:00 is 23:30 UTC");
        assertEquals(new NewsDate("2024-02-21T13:00:00Z"), m.modified());
        assertEquals("https://coastlinepost.example/local/harbour-strike-ends", m.url(),
                "og:url (absolute) before the canonical link (relative, and no base to resolve it against)");
        assertEquals(List.of(new Author("Dana Whitfield", false)), m.authors(), "'By' is not part of the name");
        assertEquals(new Publisher("Coastline Post", "coastlinepost.example", "https://coastlinepost.example/"),
                m.publisher());
        assertNull(m.language(), "the page declares none");
        assertTrue(read.article().text().contains("said Luis Ferreira, the union's regional organiser"));
    }

    /** The same page fetched from another address (a tracking parameter, http) is the same article. */
    @Test
    void theCanonicalUrlMakesOneArticleOfTwoFetches() throws Exception {
        String page = TestCrawl.newsPage("https://www.example-times.example/politics/budget-vote", "Example Times",
                "2024-05-02T10:00:00Z", "Jo Reed", "Budget vote delayed",
                "The vote on the budget was delayed until June, the speaker of the assembly said on Thursday.");
        String withTracking = page.replace("\"url\": \"https://www.example-times.example/politics/budget-vote\"",
                "\"url\": \"http://example-times.example/politics/budget-vote?utm_source=feed\"");
        Article first = new NewsReader().read("a.html", stream(page)).next().read().article();
        Article second = new NewsReader().read("b.html", stream(withTracking)).next().read().article();
        assertEquals(first.id(), second.id());
    }

    private static ArticleInput.Read only(String fixture) throws Exception {
        List<ArticleInput.Read> reads = new ArrayList<>();
        try (Inputs inputs = new NewsReader().open(fixture(fixture))) {
            while (inputs.hasNext()) {
                reads.add(inputs.next().read());
            }
        }
        assertEquals(1, reads.size());
        return reads.get(0);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(PublisherPagesTest.class.getResource("/newsgraph/pages/" + name).toURI());
    }

    static java.io.InputStream stream(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
