package newsgraph.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.store.NamedQuery;
import newsgraph.server.NewsServer;
import newsgraph.store.Page;
import newsgraph.server.SeededServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The named queries over HTTP: {@code /news/query/NAME?param=value&limit=&offset=} binds the parameters as
 * {@code query --param} does, pages through the inner page of the per-person queries and says so in a
 * {@code Link: rel="next"} header and on the HTML page, answers in every SPARQL results format by Accept, and opens
 * in the Fuseki UI's editor with its values filled in.
 */
class NamedQueryHttpTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final Pattern PREV = Pattern.compile("<([^>]+)>; rel=\"prev\"");
    private static NewsServer server;

    @BeforeAll
    static void serve() {
        server = SeededServer.server();
    }

    @Test
    void aPerPersonQueryPagesThroughItsInnerPageByLinkHeaders() {
        String next = "/news/query/who-said-what?speaker_name=Fallon&limit=3";
        List<String> statements = new ArrayList<>();
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = Web.get(server, next, "application/sparql-results+json");
            assertEquals(200, page.statusCode(), page.body());
            List<Map<String, String>> rows = rows(page.body(), ResultSetLang.RS_JSON);
            assertTrue(rows.size() <= 3);
            rows.forEach(r -> {
                assertEquals("Michael Fallon", r.get("speaker"));
                statements.add(r.get("statement"));
            });
            String links = String.join(", ", page.headers().allValues("Link"));
            if (pages > 0) {
                assertTrue(PREV.matcher(links).find(), "a way back: " + links);
            }
            Matcher m = NEXT.matcher(links);
            next = m.find() ? m.group(1) : null;
            if (next != null) {
                assertEquals(3, rows.size(), "a full page before the next");
            }
            pages++;
        }
        List<String> all = column(NamedQuery.find("who-said-what").bind(Map.of("speaker_name", "Fallon"),
                Page.of(1000, 0)).query(), "statement");
        assertEquals(all, statements, "the pages, in order, are the whole answer");
        assertEquals(new HashSet<>(all).size(), statements.size(), "no statement twice");
        assertEquals((all.size() + 2) / 3, pages);
    }

    @Test
    void aPageOfAQueryWithoutAnInnerPageSaysThatMoreFollow() {
        HttpResponse<String> first = Web.get(server, "/news/query/most-quoted?limit=1", "text/csv");
        assertEquals(200, first.statusCode());
        assertEquals(2, first.body().lines().count(), "a header and one row");
        assertTrue(first.headers().firstValue("Link").orElse("").contains("offset=1"), first.headers().map().toString());
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json, json",
        "application/sparql-results+xml, application/sparql-results+xml, xml",
        "text/csv, text/csv, csv",
        "text/tab-separated-values, text/tab-separated-values, tsv",
        "'*/*', application/sparql-results+json, json"})
    void everyResultsFormatByAccept(String accept, String contentType, String format) {
        HttpResponse<String> answer = Web.get(server, "/news/query/said-about?about_name=corbyn", accept);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("Accept", answer.headers().firstValue("Vary").orElse(""));
        Lang lang = switch (format) {
            case "xml" -> ResultSetLang.RS_XML;
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
        List<Map<String, String>> rows = rows(answer.body(), lang);
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> "Jeremy Corbyn".equals(r.get("about"))), rows.toString());
        HttpResponse<String> named = Web.get(server, "/news/query/said-about?about_name=corbyn&format=" + format,
                "text/html");
        assertTrue(named.headers().firstValue("Content-Type").orElse("").startsWith(contentType), "format=" + format);
    }

    @Test
    void theHtmlAnswerHasAFormTheRowsAndANoteOnThePage() {
        HttpResponse<String> answer = Web.get(server, "/news/query/who-said-what?speaker_name=fallon&limit=2&offset=2",
                "text/html");
        assertEquals(200, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertEquals("fallon", page.selectFirst("form input[name=speaker_name]").val());
        assertEquals(2, page.select("table.results tbody tr").size());
        String summary = page.selectFirst(".paging .summary").text();
        assertTrue(summary.startsWith("Rows 3–4 of "), summary);
        assertNotNull(page.selectFirst(".paging a[rel=next]"));
        assertNotNull(page.selectFirst(".paging a[rel=prev]"));
        assertTrue(page.selectFirst("details pre").text().contains("\"fallon\""), "the query as it ran, value bound");
    }

    /** Values are terms in the parsed query: quotes and braces find nothing and change nothing. */
    @Test
    void parameterValuesAreBoundNotPasted() {
        String attack = "x\")) } } ; DROP ALL ; SELECT * { ?s ?p ?o #";
        HttpResponse<String> answer = Web.get(server, "/news/query/who-said-what?speaker_name=" + Links.encode(attack),
                "text/csv");
        assertEquals(200, answer.statusCode());
        assertEquals(1, answer.body().lines().count(), "only the header: nobody has that name");
        HttpResponse<String> unknown = Web.get(server, "/news/query/said-about?person=x", "text/html");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("has no parameter person"), unknown.body());
        assertEquals(400, Web.get(server, "/news/query/said-about?about_iri=not%20an%20iri", null).statusCode());
        assertEquals(400, Web.get(server, "/news/query/said-about?limit=many", null).statusCode());
        assertEquals(400, Web.get(server, "/news/query/said-about?about_name=a&about_name=b", null).statusCode());
        for (String path : List.of("/news/query/nothing-like-it", "/news/query/..%2F..%2Fpom.xml",
                "/news/query/who-said-what/more", "/news/query/pom.rq")) {
            int status = Web.get(server, path, null).statusCode();
            assertTrue(status == 404 || status == 400, path + " → " + status);
        }
    }

    /** The editor link opens the Fuseki UI with the query bound and paged, as text the editor shows. */
    @Test
    void theEditorLinkOpensTheUiWithTheBoundQuery() {
        HttpResponse<String> editor = Web.get(server,
                "/news/query/what-a-said-about-b/editor?speaker_name=Fallon&about_name=Corbyn&limit=5", null);
        assertEquals(303, editor.statusCode());
        String location = editor.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/#/dataset/news/query?query="), location);
        String query = URLDecoder.decode(location.substring(location.indexOf("query=") + 6), StandardCharsets.UTF_8);
        assertTrue(query.contains("\"Fallon\"") && query.contains("\"Corbyn\""), query);
        assertTrue(query.matches("(?s).*LIMIT\\s+5.*"), query);
        org.apache.jena.query.QueryFactory.create(query); // valid SPARQL, as the editor will run it
    }

    @Test
    void theListOfQueriesHasAFormForEach() {
        Document list = Web.page(server, "/news/query/");
        for (String name : NamedQuery.available()) {
            assertNotNull(list.selectFirst("form[action=/news/query/" + name + "]"), name);
        }
    }

    private static List<Map<String, String>> rows(String body, Lang lang) {
        ResultSet results = ResultSetFactory.makeRewindable(org.apache.jena.riot.ResultSetMgr.read(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang));
        List<Map<String, String>> rows = new ArrayList<>();
        results.forEachRemaining(s -> {
            Map<String, String> row = new java.util.HashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.get(v).asLiteral().getLexicalForm()
                    : s.get(v).toString()));
            rows.add(row);
        });
        return rows;
    }

    private static List<String> column(org.apache.jena.query.Query query, String var) {
        var dataset = SeededServer.store().dataset();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query).build()) {
                RowSet rows = exec.select();
                List<String> values = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                rows.forEachRemaining(b -> {
                    String v = b.get(org.apache.jena.sparql.core.Var.alloc(var)).getURI();
                    if (seen.add(v)) {
                        values.add(v);
                    }
                });
                return values;
            }
        });
    }
}
