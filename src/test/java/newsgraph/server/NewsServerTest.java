package newsgraph.server;

import newsgraph.store.NamedQuery;
import newsgraph.store.NamedQueryTest;
import newsgraph.store.SeedArticles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsgraph.text.ArticleReader;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: {@code seeds/} extracted into a temporary TDB2 database, served on a free port, and every query of
 * {@code queries/} run over HTTP. The expected rows are facts of the hand-annotated gold standard
 * ({@code ../shared/eval/dev/seed/000_97174071596f6616.gold.json}), not the extractor's full current output.
 */
class NewsServerTest {

    private static final String FALLON = "Michael Fallon";
    private static final String FEEBLER = "Putin would certainly welcome feebler British defence.";

    private static NewsServer server;

    /** The parameters each query runs with here, and what its rows must show. */
    private static final Map<String, Expectation> EXPECTATIONS = new LinkedHashMap<>();

    /** {@code none}: the seed gives the query nothing by design (it is checked to be empty, not just allowed to be). */
    record Expectation(Map<String, String> params, Consumer<List<Map<String, String>>> check, boolean none) {
    }

    static {
        expect("who-said-what", Map.of("speaker_name", "fallon"), rows -> {
            assertTrue(rows.stream().allMatch(r -> FALLON.equals(r.get("speaker"))), "only Fallon's statements");
            assertTrue(rows.stream().anyMatch(r -> FEEBLER.equals(r.get("text")) && "direct".equals(r.get("kind"))),
                    "gold s09: Fallon said, directly: " + FEEBLER);
        });
        expect("said-about", Map.of("about_name", "Corbyn"), rows -> {
            assertTrue(rows.stream().allMatch(r -> "Jeremy Corbyn".equals(r.get("about"))));
            assertTrue(rows.stream().anyMatch(r -> FALLON.equals(r.get("speaker"))), "gold s05, s08, s11");
        });
        expect("what-a-said-about-b", Map.of("speaker_name", "Fallon", "about_name", "corbyn"), rows -> {
            assertFalse(rows.isEmpty(), "gold: Fallon said things about Corbyn (s05, s08, s11)");
            assertTrue(rows.stream().allMatch(r -> FALLON.equals(r.get("speaker"))
                    && "Jeremy Corbyn".equals(r.get("about"))));
            List<String> gold = List.of("gutlessness in response to Russian aggression",
                    "Jeremy Corbyn has not supported this deployment", "He has not made clear how they would finance");
            assertTrue(rows.stream().anyMatch(r -> gold.stream().anyMatch(g -> r.get("text").contains(g))), rows.toString());
        });
        // the seed is a text file: no date and no outlet (the dated queries over a crawl: CrawlEndToEndTest)
        expectNothing("timeline", Map.of("speaker_name", "fallon"), rows ->
                assertEquals(List.of(), rows, "only dated articles make a timeline"));
        expect("outlets", Map.of("speaker_name", "fallon"), rows -> {
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("(no outlet)", rows.get(0).get("publisher"));
            assertEquals("1", rows.get(0).get("articles"));
            assertTrue(Integer.parseInt(rows.get(0).get("statements")) >= 3, "gold: s05, s08, s09, s11 at least");
        });
        expect("who-speaks-about", Map.of("about_name", "corbyn"), rows -> {
            assertTrue(rows.stream().allMatch(r -> "Jeremy Corbyn".equals(r.get("about"))), rows.toString());
            Map<String, String> fallon = rows.stream().filter(r -> FALLON.equals(r.get("speaker"))).findFirst()
                    .orElseThrow(() -> new AssertionError("gold s05, s08, s11: Fallon on Corbyn; " + rows));
            assertTrue(Integer.parseInt(fallon.get("statements")) >= 3, fallon.toString());
            assertEquals(FALLON, rows.get(0).get("speaker"), "he speaks about Corbyn most");
        });
        expect("whom-a-speaks-about", Map.of("speaker_name", "fallon"), rows -> {
            assertTrue(rows.stream().allMatch(r -> FALLON.equals(r.get("speaker"))), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> "Jeremy Corbyn".equals(r.get("about"))), "gold s05, s08, s11");
            assertTrue(rows.stream().anyMatch(r -> "Russia".equals(r.get("about"))), "gold s05, s08, s12");
            List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.get("statements"))).toList();
            assertEquals(counts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), counts, "most first");
        });
        expect("entities-named", Map.of("name", "FALLON"), rows -> {
            assertEquals(1, rows.size(), rows.toString());
            assertEquals(FALLON, rows.get(0).get("entity_name"));
            assertEquals("Person", rows.get(0).get("type"));
            assertEquals("1", rows.get(0).get("articles"));
            assertTrue(rows.get(0).get("entity").endsWith("/person/michael-fallon"), rows.toString());
        });
        expect("most-quoted", Map.of(), rows -> {
            assertEquals(FALLON, rows.get(0).get("speaker"), "gold: Fallon has by far the most statements");
            assertTrue(Integer.parseInt(rows.get(0).get("direct_quotes")) >= 1);
            assertEquals("1", rows.get(0).get("articles"));
        });
        // the seed articles have no publisher and no date (issue 10 brings them): every article counts under "unknown"
        expect("counts-by-outlet", Map.of(), rows -> {
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("unknown", rows.get(0).get("outlet"));
            assertEquals(String.valueOf(SeededServer.loadReport().articles()), rows.get(0).get("articles"));
            assertEquals(String.valueOf(SeededServer.loadReport().statements()), rows.get(0).get("statements"));
            assertNull(rows.get(0).get("publisher"));
        });
        expect("counts-by-month", Map.of(), rows -> {
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("unknown", rows.get(0).get("month"));
            assertEquals(String.valueOf(SeededServer.loadReport().articles()), rows.get(0).get("articles"));
            assertEquals(String.valueOf(SeededServer.loadReport().statements()), rows.get(0).get("statements"));
        });
        expect("entities", Map.of("type_name", "person"), rows -> {
            assertTrue(rows.stream().allMatch(r -> "Person".equals(r.get("type"))));
            Set<String> names = new TreeSet<>();
            rows.forEach(r -> names.add(r.get("name")));
            assertTrue(names.containsAll(List.of(FALLON, "Jeremy Corbyn", "Vladimir Putin")), names.toString());
            Map<String, String> fallon = rows.stream().filter(r -> FALLON.equals(r.get("name"))).findFirst().orElseThrow();
            assertTrue(fallon.get("roles").contains("Defence Secretary"), "gold relation: Fallon, Defence Secretary");
        });
        expect("statement-in-context", Map.of("text_contains", "FEEBLER british"), rows -> {
            assertEquals(1, rows.size(), rows.toString());
            Map<String, String> row = rows.get(0);
            assertEquals(FEEBLER, row.get("text"));
            assertEquals(FALLON, row.get("speaker"));
            String text = seedText();
            int begin = Integer.parseInt(row.get("begin"));
            int end = Integer.parseInt(row.get("end"));
            assertEquals(FEEBLER, text.substring(begin, end), "the offsets point at the words in the article");
            int sentenceBegin = Integer.parseInt(row.get("sentence_begin"));
            int sentenceEnd = Integer.parseInt(row.get("sentence_end"));
            assertEquals(row.get("sentence"), text.substring(sentenceBegin, sentenceEnd));
            assertTrue(sentenceBegin <= begin && end <= sentenceEnd, "the sentence contains the statement");
            assertNotNull(row.get("rule"), "the rule's label comes from the ontology graph");
        });
        expect("who-speaks-about-place", Map.of("place_name", "russia"), rows -> {
            assertTrue(rows.stream().allMatch(r -> "Russia".equals(r.get("place"))));
            assertTrue(rows.stream().anyMatch(r -> FALLON.equals(r.get("speaker"))), "gold s05, s08, s12");
            assertTrue(rows.stream().anyMatch(r -> r.get("speaker").contains("Labour")), "gold s19, s21, s22");
        });
        expect("organisation-quotes", Map.of("org_name", "labour"), rows -> {
            assertTrue(rows.stream().allMatch(r -> r.get("organisation").toLowerCase().contains("labour")));
            assertTrue(rows.stream().anyMatch(r -> r.get("speaker").contains("Labour")
                    && r.get("text").contains("ratcheting up of tensions between Russia and the West")),
                    "gold s21: the Labour spokesman on Russia and the West");
            assertFalse(rows.stream().anyMatch(r -> FALLON.equals(r.get("speaker"))), "Fallon is not Labour");
        });
    }

    private static void expect(String query, Map<String, String> params, Consumer<List<Map<String, String>>> check) {
        EXPECTATIONS.put(query, new Expectation(params, check, false));
    }

    private static void expectNothing(String query, Map<String, String> params,
                                      Consumer<List<Map<String, String>>> check) {
        EXPECTATIONS.put(query, new Expectation(params, check, true));
    }

    @BeforeAll
    static void startServer() {
        server = SeededServer.server();
        assertTrue(SeededServer.loadReport().articles() >= 1);
        assertEquals(List.of(), SeededServer.loadReport().failed());
    }

    static Stream<String> queryNames() throws IOException {
        return NamedQueryTest.queryNames();
    }

    @Test
    void everyQueryHasExpectations() throws IOException {
        assertEquals(queryNames().toList(), List.copyOf(new TreeSet<>(EXPECTATIONS.keySet())),
                "each query in queries/ needs an expectation here");
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQueryAnswersOverHttp(String name) {
        Expectation expected = EXPECTATIONS.get(name);
        if (expected == null) {
            fail("no expectations for queries/" + name + ".rq");
        }
        List<Map<String, String>> rows = select(name, expected.params());
        assertEquals(expected.none(), rows.isEmpty(), name + (expected.none() ? " found rows" : " found nothing"));
        expected.check().accept(rows);
    }

    @Test
    void pingAnswers() throws Exception {
        HttpResponse<String> ping = get("$/ping");
        assertEquals(200, ping.statusCode());
        assertFalse(ping.body().isBlank());
    }

    @Test
    void theServerStatusListsTheDatasetForTheUi() throws Exception {
        HttpResponse<String> status = get("$/server");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/news\""), status.body());
        assertEquals(200, get("$/stats/news").statusCode());
    }

    @Test
    void theUiPageAndItsAssetsAreServed() throws Exception {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<div id=\"app\">"), "the Vue app's mount point");
        Matcher assets = Pattern.compile("(?:src|href)=\"\\./(static/[^\"]+\\.(js|css))\"").matcher(page.body());
        List<String> checked = new ArrayList<>();
        while (assets.find()) {
            HttpResponse<String> asset = get(assets.group(1));
            assertEquals(200, asset.statusCode(), assets.group(1));
            String type = asset.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.contains(assets.group(2).equals("js") ? "javascript" : "text/css"), assets.group(1) + ": " + type);
            assertTrue(asset.body().length() > 1000, assets.group(1));
            checked.add(assets.group(2));
        }
        assertTrue(checked.contains("js") && checked.contains("css"), checked.toString());
    }

    @Test
    void writesOverHttpAreRefusedAndChangeNothing() throws Exception {
        long before = SeededServer.store().quadCount();
        String update = "DROP ALL";
        List<HttpResponse<String>> answers = List.of(
                send(HttpRequest.newBuilder(uri("news/update")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))),
                send(HttpRequest.newBuilder(uri("news")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update))),
                send(HttpRequest.newBuilder(uri("news?default")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))),
                send(HttpRequest.newBuilder(uri("news/data?graph=urn:g")).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))),
                send(HttpRequest.newBuilder(uri("news/data?graph=" + URLEncoder.encode(
                        SeededServer.store().articleGraphNames().get(0), StandardCharsets.UTF_8))).DELETE()));
        for (HttpResponse<String> answer : answers) {
            assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500,
                    answer.request().method() + " " + answer.uri() + " → " + answer.statusCode());
        }
        assertEquals(before, SeededServer.store().quadCount());
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        InetAddress outward = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                outward = Collections.list(nic.getInetAddresses()).stream().filter(a -> a instanceof Inet4Address)
                        .findFirst().orElse(outward);
            }
        }
        assumeTrue(outward != null, "this machine has no other IPv4 address to try");
        try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            assertTrue(loopback.isConnected());
        }
        InetSocketAddress elsewhere = new InetSocketAddress(outward, server.port());
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(elsewhere, 5000);
            }
        }, "not reachable at " + elsewhere);
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeout() {
        // a second server on the same data, with a short timeout; a cross product of all triples never ends
        NewsServer impatient = NewsServer.create().dataset(SeededServer.store().dataset()).port(0)
                .queryTimeout(Duration.ofMillis(500)).build().start();
        try {
            String url = impatient.sparqlUrl();
            try (QueryExecution qe = QueryExecutionHTTP.service(url)
                    .query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }").build()) {
                QueryExceptionHTTP e = assertThrows(QueryExceptionHTTP.class, () -> qe.execSelect().next());
                assertEquals(503, e.getStatusCode());
            }
            assertEquals(FALLON, select(server.sparqlUrl(), "most-quoted", Map.of()).get(0).get("speaker"),
                    "the first server's queries are not limited by the second's timeout");
        } finally {
            impatient.stop();
        }
    }

    @Test
    void theOntologyLabelsAreQueryable() {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(
                "SELECT ?label { GRAPH <https://w3id.org/newsgraph/ns> { <https://w3id.org/newsgraph/ns#Direct>"
                        + " <http://www.w3.org/2000/01/rdf-schema#label> ?label } }").build()) {
            assertEquals("direct", qe.execSelect().next().getLiteral("label").getString());
        }
    }

    static List<Map<String, String>> select(String query, Map<String, String> params) {
        return select(server.sparqlUrl(), query, params);
    }

    /** Runs a named query over HTTP; each row maps variables to the lexical form of their values. */
    static List<Map<String, String>> select(String endpoint, String query, Map<String, String> params) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(NamedQuery.find(query).bind(params)).build()) {
            ResultSet results = qe.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                Map<String, String> row = new HashMap<>();
                solution.varNames().forEachRemaining(v -> {
                    RDFNode node = solution.get(v);
                    row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }

    private static String seedText() {
        try {
            return new ArticleReader().read(SeedArticles.SEED).text();
        } catch (newsgraph.text.BadArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Each request on a new connection: Jetty may close one after refusing a request whose body it did not read. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
