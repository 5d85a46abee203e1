package newsgraph.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Iris;
import newsgraph.rdf.Schema;
import newsgraph.server.NewsServer;
import newsgraph.store.NewsStore;
import newsgraph.text.Article;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResIterator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input in the data, in paths and in parameters: names with {@code </script>}, quotes and braces, a
 * {@code javascript:} link, 10,000-character names, unknown IRIs, write methods, a foreign Host. Every page stays
 * inert HTML (no script element, no script link), every refusal is a page with a status, never a 500, and the data
 * is unchanged.
 */
class HostilePagesTest {

    private static final String SCRIPT = "</script><script>alert(\"x\")</script>";
    private static final String TEXT = "Council votes on the \"budget\" {draft} <b>today</b>\n\n"
            + "“We will not accept " + SCRIPT + " cuts to {services},” said Mary Hostile, the council leader.\n";

    @TempDir
    static Path temp;
    private static NewsStore store;
    private static NewsServer server;
    private static String mary;
    private static String article;

    @BeforeAll
    static void serveHostileData() {
        store = NewsStore.open(temp.resolve("tdb2"));
        Article hostile = new Article("hostile", TEXT);
        Model graph = ArticleGraph.of(Extractor.create().extract(hostile));
        ResIterator named = graph.listSubjectsWithProperty(Schema.name, "Mary Hostile");
        Resource person = named.next();
        person.addProperty(Schema.alternateName, "\"}{" + SCRIPT)
                .addProperty(graph.createProperty(Schema.NAMESPACE + "sameAs"), graph.createResource("javascript:alert(1)"))
                .addProperty(graph.createProperty(Schema.NAMESPACE + "sameAs"),
                        graph.createResource("https://www.wikidata.org/wiki/Q42"));
        mary = person.getURI();
        article = Iris.article("hostile");
        store.replace(hostile, graph);
        server = NewsServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void namesAndTextsWithMarkupStayTextOnEveryPage() {
        for (String path : List.of(Web.local("/page/", mary), Web.local("/page/", article),
                "/search?name=" + Links.encode("Hostile"), "/search?name=" + Links.encode(SCRIPT),
                "/news/query/who-said-what?speaker_name=" + Links.encode("Mary") + "&format=html",
                "/news/query/said-about?about_name=" + Links.encode(SCRIPT) + "&format=html")) {
            HttpResponse<String> page = Web.get(server, path, "text/html");
            assertEquals(200, page.statusCode(), path + "\n" + page.body());
            assertInert(page, path);
        }
        Document person = Jsoup.parse(Web.get(server, Web.local("/page/", mary), "text/html").body());
        assertTrue(person.selectFirst("dl.facts").text().contains("\"}{" + SCRIPT), "shown as the text it is");
        Document text = Jsoup.parse(Web.get(server, Web.local("/page/", article), "text/html").body());
        assertEquals(TEXT, text.selectFirst(".article-text").wholeText());
        Element quote = text.selectFirst(".article-text mark.quote");
        assertNotNull(quote, "the statement is found despite the markup in it");
        assertTrue(quote.wholeText().contains("</script>") && TEXT.contains(quote.wholeText()), quote.wholeText());
    }

    @Test
    void onlyWebLinksAreLinks() {
        Document person = Jsoup.parse(Web.get(server, Web.local("/page/", mary), "text/html").body());
        assertTrue(person.select("a[href]").stream().noneMatch(a -> a.attr("href").toLowerCase().startsWith("javascript")),
                "a javascript: IRI in the data is shown, not linked");
        Element wikidata = person.selectFirst("a[href=https://www.wikidata.org/wiki/Q42]");
        assertNotNull(wikidata, "a link elsewhere");
        assertTrue(wikidata.attr("rel").contains("noopener"));
        assertTrue(person.text().contains("javascript:alert(1)"));
    }

    @Test
    void hostilePathsAndUnknownIrisAreA404Page() {
        for (String path : List.of("/page/person/%22%7B%7D%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/id/person/x%22%3E%3Cscript%3E", "/data/person/%7B%7D", "/page/article/none/statement/1-2",
                "/page/person/" + "a".repeat(2_000))) {
            HttpResponse<String> page = Web.get(server, path, "text/html");
            assertTrue(page.statusCode() == 404 || page.statusCode() == 400, path + " → " + page.statusCode());
            assertInert(page, path);
        }
    }

    @Test
    void tenThousandCharacterNamesAreRefusedWithoutHarm() {
        String huge = "x\"{".repeat(3_334);
        for (String path : List.of("/search?name=" + Links.encode(huge),
                "/news/query/said-about?about_name=" + Links.encode(huge),
                "/page/person/" + Links.encode(huge))) {
            HttpResponse<String> answer = Web.get(server, path, "text/html");
            int status = answer.statusCode();
            assertTrue(status == 400 || status == 404 || status == 414 || status == 431, path.substring(0, 30) + " → "
                    + status);
            assertFalse(answer.body().contains("<script"), "no markup of ours or theirs echoed");
        }
        assertEquals(200, Web.get(server, "/$/ping", null).statusCode(), "the server still answers");
    }

    @Test
    void thePagesTakeNoWrites() {
        long before = store.quadCount();
        for (String path : List.of(Web.local("/page/", mary), Web.local("/id/", mary), Web.local("/data/", mary),
                "/search?name=Mary", "/news/query/said-about?about_name=Mary", "/news/query/")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> answer = Web.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + path.substring(1))).header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
                assertEquals(405, answer.statusCode(), method + " " + path);
            }
        }
        assertEquals(before, store.quadCount());
    }

    @Test
    void pagesCarryAPolicyThatForbidsScriptsAndAnswerOnlyToLoopbackNames() throws IOException {
        HttpResponse<String> page = Web.get(server, Web.local("/page/", mary), "text/html");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'none'") && !policy.contains("script-src"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(403, rawStatus(server.port(), "evil.example:" + server.port(), Web.local("/page/", mary)));
        assertEquals(403, rawStatus(server.port(), "evil.example", "/news/query/said-about?about_name=x"));
        assertEquals(200, rawStatus(server.port(), "localhost:" + server.port(), Web.local("/page/", mary)));
    }

    /** A page that outlives the query timeout is a 503 page, not a half page. */
    @Test
    void aPageThatRunsOutOfTimeIsA503() {
        NewsServer impatient = NewsServer.create().dataset(store.dataset()).port(0).queryTimeout(Duration.ofNanos(1))
                .build().start();
        try {
            HttpResponse<String> page = Web.get(impatient, Web.local("/page/", mary), "text/html");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("query timeout"), page.body());
            assertEquals(503, Web.get(impatient, "/news/query/said-about?about_name=x", null).statusCode());
        } finally {
            impatient.stop();
        }
    }

    private static void assertInert(HttpResponse<String> page, String path) {
        Document doc = Jsoup.parse(page.body());
        assertTrue(doc.select("script").isEmpty(), path + ": no script element");
        assertFalse(page.body().contains("<script"), path + ": no script tag in the bytes");
        for (Element e : doc.getAllElements()) {
            for (var attribute : e.attributes()) {
                assertFalse(Set.of("onload", "onerror", "onclick").contains(attribute.getKey()), path);
            }
        }
    }

    private static int rawStatus(int port, String host, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
