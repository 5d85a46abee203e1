package newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server will never do, over real HTTP: connect outward (SERVICE, LOAD, a remote JSON-LD context:
 * a listener on a local port counts the connections, and none may come), run a query past its timeout
 * (a regular expression that backtracks for ever), or answer 200 with a body cut short by the timeout.
 */
class ServerBoundsTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "secret";
    /** Short, so that the runaway cases end soon; what is asserted is the status, not the time. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    static Path temp;
    private static NewsServer server;
    private static OutboundListener listener;

    @BeforeAll
    static void start() throws IOException {
        Path passwords = Files.writeString(temp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
        server = NewsServer.create().dataset(SeededServer.store().dataset()).port(0).queryTimeout(TIMEOUT)
                .updatesWithPassword(passwords).build().start();
        listener = new OutboundListener();
    }

    @AfterAll
    static void stop() {
        server.stop();
        listener.close();
    }

    /**
     * A response's buffers come from Jetty's pool: Fuseki's own output buffer of 5 MB was above what the pool keeps,
     * so each answer took 5 MB of direct memory anew, and under serve's bound on direct memory every fiftieth
     * request or so made the JVM call System.gc(), a full collection of the heap (README, Performance).
     */
    @Test
    void answersTakeNoDirectMemoryOfTheirOwn() throws Exception {
        java.lang.management.BufferPoolMXBean direct = java.lang.management.ManagementFactory
                .getPlatformMXBeans(java.lang.management.BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).findFirst().orElseThrow();
        String ask = server.sparqlUrl() + "?query=" + encode("ASK {}");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, get(ask).statusCode());
        }
        long before = direct.getMemoryUsed();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, get(ask).statusCode());
        }
        long grown = direct.getMemoryUsed() - before;
        assertTrue(grown < 4L * 1024 * 1024, "20 answers of ASK {} took " + grown / 1024 + " KB of direct memory");
    }

    @Test
    void serviceIsRefusedWithA400AndNothingConnects() throws Exception {
        String target = listener.url("sparql");
        for (String query : List.of(
                "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
                "SELECT * { { SELECT ?s { SERVICE <" + target + "> { ?s ?p ?o } } } }",
                "SELECT * { ?s a <http://schema.org/Person> FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }",
                "ASK { SERVICE <" + target + "> { ?s ?p ?o } }")) {
            HttpResponse<String> answer = get(server.sparqlUrl() + "?query=" + encode(query));
            assertEquals(400, answer.statusCode(), query + " → " + answer.body());
            assertTrue(answer.body().contains("SERVICE is refused"), answer.body());
        }
        assertEquals(0, listener.connections(), "the server connected to " + target);
    }

    @Test
    void updatesCannotLoadOrCallAServiceEvenWithThePassword() throws Exception {
        String target = listener.url("data.ttl");
        for (String update : List.of("LOAD <" + target + ">", "LOAD <" + target + "> INTO GRAPH <urn:test:loaded>",
                "LOAD <file:///etc/passwd> INTO GRAPH <urn:test:loaded>",
                "INSERT { GRAPH <urn:test:g> { ?s ?p ?o } } WHERE { SERVICE <" + target + "> { ?s ?p ?o } }")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic())
                    .POST(HttpRequest.BodyPublishers.ofString(update)));
            assertEquals(400, answer.statusCode(), update + " → " + answer.body());
        }
        assertEquals(0, listener.connections());
        assertEquals(0, SeededServer.store().tripleCount("urn:test:loaded"));
    }

    @Test
    void jsonLdWithARemoteContextFetchesNothing() throws Exception {
        String document = "{\"@context\": \"" + listener.url("context.jsonld") + "\", \"@id\": \"http://example.org/a\","
                + " \"name\": \"x\"}";
        HttpResponse<String> validated = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/validate/data"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("languageSyntax=JSON-LD&data=" + encode(document))));
        assertEquals(200, validated.statusCode());
        assertTrue(validated.body().contains("remote contexts are not fetched"), validated.body());

        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph="
                        + encode("urn:test:jsonld"))).header("Content-Type", "application/ld+json")
                .header("Authorization", basic()).PUT(HttpRequest.BodyPublishers.ofString(document)));
        assertEquals(400, put.statusCode(), put.body());
        assertEquals(0, listener.connections(), "the server fetched the context");
    }

    /**
     * {@code (.*a){25}$} against a's followed by a b backtracks for ever, and Java's regex engine never
     * looks at the query's timeout: the query must still end with the timeout status, and the server answer
     * meanwhile and afterwards.
     */
    @Test
    void aBacktrackingRegexEndsWithTheTimeoutAndTheServerAnswers() throws Exception {
        String text = "a".repeat(60) + "b";
        List<String> queries = List.of(
                "SELECT * { VALUES ?t { \"" + text + "\" } FILTER REGEX(?t, \"(.*a){25}$\") }",
                "SELECT * { BIND (REGEX(\"" + text + "\", \"(.*a){25}$\") AS ?x) }",
                "SELECT (REPLACE(?t, \"(.*a){25}$\", \"\") AS ?x) { VALUES ?t { \"" + text + "\" } }",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>"
                        + " SELECT * { VALUES ?t { \"" + text + "\" } FILTER fn:matches(?t, \"(.*a){25}$\") }");
        for (String query : queries) {
            CompletableFuture<HttpResponse<String>> runaway = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode(query)))
                            .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, get(server.baseUrl() + "$/ping").statusCode(), "ping while the regex runs");
            HttpResponse<String> answer = runaway.get(90, TimeUnit.SECONDS);
            assertEquals(503, answer.statusCode(), query + " → " + answer.body());
        }
        assertEquals(200, get(server.baseUrl() + "$/ping").statusCode(), "ping afterwards");
        assertEquals(200, get(server.sparqlUrl() + "?query=" + encode("ASK { ?s ?p ?o }")).statusCode());
    }

    /**
     * Rows that come at once, then a cross product that runs past the timeout: Fuseki used to send the first rows
     * with 200 and end the body with "Incomplete results". A client must be able to tell: the answer is a 503.
     */
    @Test
    void aTimeoutAfterTheFirstRowsIsA503NotA200CutShort() throws Exception {
        String query = "SELECT ?s { { ?s a <http://schema.org/Person> } UNION"
                + " { ?s ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER (STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) < 0) } }";
        for (String format : List.of("csv", "json", "xml", "text")) {
            HttpResponse<String> answer = get(server.sparqlUrl() + "?query=" + encode(query) + "&format=" + format);
            assertEquals(503, answer.statusCode(), format + ": " + answer.body());
            assertFalse(answer.body().contains("schema.org") || answer.body().contains("/person/"),
                    "no rows in the refusal: " + answer.body());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
