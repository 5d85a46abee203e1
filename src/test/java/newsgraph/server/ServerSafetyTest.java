package newsgraph.server;

import newsgraph.load.ArticleLoader;
import newsgraph.load.GraphStoreEndpoint;
import newsgraph.load.LoadReport;
import newsgraph.store.NewsStore;
import newsgraph.store.SeedArticles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsgraph.extract.Extractor;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's safety model over real HTTP: read-only by default; writes only with updates enabled and then only
 * with the password; no write from another site's page, password or not; no answers readable by other sites; no
 * host name but the loopback's; no admin endpoints; runaway queries cut by rows and time while the server keeps
 * answering.
 */
class ServerSafetyTest {

    private static final String EVIL = "http://evil.example";
    private static final String USER = "editor";
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path temp;
    private static NewsStore store;
    /** As {@code serve} starts it by default: read-only. */
    private static NewsServer readOnly;
    /** As {@code serve --allow-updates --password-file F} starts it. */
    private static NewsServer withUpdates;

    @BeforeAll
    static void startServers() throws IOException {
        store = NewsStore.open(temp.resolve("tdb2"));
        ArticleLoader.into(store).extractor(Extractor.create()).load(List.of(SeedArticles.SEED));
        Path passwords = Files.writeString(temp.resolve("passwords"), "# who may write\n" + USER + ": " + PASSWORD + "\n");
        readOnly = NewsServer.create().dataset(store.dataset()).port(0).build().start();
        withUpdates = NewsServer.create().dataset(store.dataset()).port(0).updatesWithPassword(passwords).build().start();
    }

    @AfterAll
    static void stopServers() {
        readOnly.stop();
        withUpdates.stop();
        store.close();
    }

    @Test
    void withUpdatesEnabledWritesNeedThePassword() throws Exception {
        String graph = "urn:test:update";
        String update = "INSERT DATA { GRAPH <" + graph + "> { <http://example.org/s> <http://example.org/p> \"written\" } }";

        assertEquals(401, send(formPost(withUpdates.updateUrl(), "update", update)).statusCode(), "no password");
        assertEquals(401, send(formPost(withUpdates.updateUrl(), "update", update)
                .header("Authorization", basic(USER, "guess"))).statusCode(), "a wrong password");
        assertFalse(hasGraph(graph));

        HttpResponse<String> written = send(formPost(withUpdates.updateUrl(), "update", update)
                .header("Authorization", basic(USER, PASSWORD)));
        assertTrue(written.statusCode() / 100 == 2, written.statusCode() + " " + written.body());
        assertTrue(hasGraph(graph));

        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().removeGraph(NodeFactory.createURI(graph)));
    }

    @Test
    void withUpdatesEnabledGraphStoreWritesNeedThePasswordAndReadsDoNot() throws Exception {
        String graph = "urn:test:gsp";
        String target = withUpdates.graphStoreUrl() + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> \"put\" ."));

        assertEquals(401, send(put).statusCode());
        assertFalse(hasGraph(graph));
        assertTrue(send(put.header("Authorization", basic(USER, PASSWORD))).statusCode() / 100 == 2);
        assertTrue(hasGraph(graph));

        String readUrl = withUpdates.datasetUrl() + "/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(readUrl)).header("Accept", "text/turtle").GET());
        assertEquals(200, read.statusCode(), "reading needs no password");
        assertTrue(read.body().contains("\"put\""), read.body());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(withUpdates.sparqlUrl() + "?query=ASK%7B%7D")).GET())
                .statusCode(), "queries need no password");

        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().removeGraph(NodeFactory.createURI(graph)));
    }

    /**
     * The named queries look names up in the name index where it is marked complete: an article written over
     * HTTP ({@code load --endpoint}, a Graph Store PUT, SPARQL Update) must be in it, or its people are never
     * found by name.
     */
    @Test
    void articlesWrittenOverHttpAreFoundByNameInTheNamedQueries() throws Exception {
        List<String> before = store.articleGraphNames();
        try {
            writeOverHttpAndFindByName();
        } finally {
            // dropped over HTTP too, which keeps the word index
            for (String name : store.articleGraphNames().stream().filter(n -> !before.contains(n)).toList()) {
                send(formPost(withUpdates.updateUrl(), "update", "DROP GRAPH <" + name + ">")
                        .header("Authorization", basic(USER, PASSWORD)));
            }
        }
        assertTrue(NewsServerTest.select(withUpdates.sparqlUrl(), "statement-in-context",
                Map.of("text_contains", "tide will not wait")).isEmpty(), "a dropped graph's statements go");
        assertTrue(store.wordIndexIsCurrent(), "the drops went into the word index");
    }

    private static void writeOverHttpAndFindByName() throws Exception {
        Path article = Files.writeString(temp.resolve("harbour.txt"), """
                Harbour plans delayed again

                The harbour master, Ottoline Quarrender, said the new quay would not open before the spring. "The \
                tide will not wait for anyone, and neither will the builders," Quarrender said on Tuesday.
                """);
        // what load --endpoint does: a Graph Store PUT of the article's graph, with the password
        GraphStoreEndpoint endpoint = GraphStoreEndpoint.at(withUpdates.graphStoreUrl(), USER, PASSWORD);
        LoadReport put = ArticleLoader.into(endpoint).extractor(Extractor.create()).load(List.of(article));
        assertEquals(1, put.articles(), put.toString());
        List<Map<String, String>> rows = NewsServerTest.select(withUpdates.sparqlUrl(), "who-said-what",
                Map.of("speaker_name", "quarrender"));
        assertTrue(rows.stream().anyMatch(r -> "Ottoline Quarrender".equals(r.get("speaker"))
                && r.get("text").contains("The tide will not wait")), "found by name after a PUT: " + rows);
        // and by its words, from the word index, which the PUT kept
        assertTrue(store.wordIndexIsCurrent(), "the PUT went into the word index");
        assertEquals(List.of("Ottoline Quarrender"), NewsServerTest.select(withUpdates.sparqlUrl(),
                "statement-in-context", Map.of("text_contains", "TIDE will not wait")).stream()
                .map(r -> r.get("speaker")).toList());

        // SPARQL Update: INSERT DATA of a statement and its speaker
        String graph = "urn:test:inserted-article";
        String insert = "PREFIX schema: <http://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ns#>"
                + " PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>"
                + " INSERT DATA { GRAPH <" + graph + "> { <urn:test:s1> a schema:Quotation ; ng:kind ng:Direct ;"
                + " schema:creator <urn:test:p1> ;"
                + " schema:text \"Bridges first.\" ; ng:content <urn:test:c1> ; schema:isPartOf <" + graph + "> ."
                + " <urn:test:c1> nif:beginIndex 0 ; nif:endIndex 14 ."
                + " <urn:test:p1> a schema:Person ; schema:name \"Peregrine Wobblethorpe\" } }";
        HttpResponse<String> inserted = send(formPost(withUpdates.updateUrl(), "update", insert)
                .header("Authorization", basic(USER, PASSWORD)));
        assertTrue(inserted.statusCode() / 100 == 2, inserted.statusCode() + " " + inserted.body());
        List<Map<String, String>> updated = NewsServerTest.select(withUpdates.sparqlUrl(), "who-said-what",
                Map.of("speaker_name", "wobblethorpe"));
        assertEquals(List.of("Bridges first."), updated.stream().map(r -> r.get("text")).toList(),
                "found by name after a SPARQL Update");
        assertTrue(store.wordIndexIsCurrent(), "the update went into the word index");
        assertEquals(List.of("Bridges first."), NewsServerTest.select(withUpdates.sparqlUrl(), "statement-in-context",
                Map.of("text_contains", "bridges")).stream().map(r -> r.get("text")).toList());
    }

    @Test
    void theReadOnlyServerHasNoWriteEndpointsEvenForAPassword() throws Exception {
        long before = store.quadCount();
        String update = "DROP ALL";
        for (String url : List.of(readOnly.updateUrl(), readOnly.datasetUrl(), readOnly.sparqlUrl())) {
            HttpResponse<String> answer = send(formPost(url, "update", update).header("Authorization", basic(USER, PASSWORD)));
            assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, url + " → " + answer.statusCode());
        }
        HttpResponse<String> unnamed = send(HttpRequest.newBuilder(URI.create(withUpdates.datasetUrl()))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic(USER, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertTrue(unnamed.statusCode() >= 400 && unnamed.statusCode() < 500,
                "updates only at /news/update, even with updates on: " + unnamed.statusCode());
        assertEquals(before, store.quadCount());
    }

    /** A form on another site posting "update=…" to this server, as a browser would send it. */
    @Test
    void aCrossOriginFormPostCannotChangeDataOnEitherServer() throws Exception {
        long before = store.quadCount();
        String update = "DROP ALL";
        for (NewsServer server : List.of(readOnly, withUpdates)) {
            for (String origin : List.of(EVIL, "null", "http://localhost:8888", "http://127.0.0.1:1")) {
                HttpResponse<String> answer = send(formPost(server.updateUrl(), "update", update)
                        .header("Origin", origin).header("Authorization", basic(USER, PASSWORD)));
                assertEquals(403, answer.statusCode(), server.updateUrl() + " from " + origin);
            }
            HttpResponse<String> fetchMetadataOnly = send(formPost(server.updateUrl(), "update", update)
                    .header("Sec-Fetch-Site", "cross-site").header("Authorization", basic(USER, PASSWORD)));
            assertEquals(403, fetchMetadataOnly.statusCode(), "Sec-Fetch-Site: cross-site, no Origin");
        }
        assertEquals(before, store.quadCount(), "nothing changed");

        // the web UI's own requests come from the server's origin and go through
        String graph = "urn:test:same-origin";
        HttpResponse<String> own = send(formPost(withUpdates.updateUrl(), "update", "INSERT DATA { GRAPH <" + graph
                + "> { <http://example.org/s> <http://example.org/p> 1 } }").header("Origin", withUpdates.baseUrl().replaceAll("/$", ""))
                .header("Sec-Fetch-Site", "same-origin").header("Authorization", basic(USER, PASSWORD)));
        assertTrue(own.statusCode() / 100 == 2, own.statusCode() + " " + own.body());
        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().removeGraph(NodeFactory.createURI(graph)));
    }

    @Test
    void otherSitesCannotReadAnswers() throws Exception {
        String url = readOnly.sparqlUrl() + "?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 1",
                StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url)).header("Origin", EVIL).GET());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "no CORS header: the browser keeps the answer from the other site's page");
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(readOnly.sparqlUrl()))
                .header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS preflight");
    }

    /** JSONP ({@code callback=}) would let any page read answers with a script tag; the browser case is in BrowserUiTest. */
    @Test
    void jsonpIsRefusedOnEveryQueryEndpoint() throws Exception {
        String query = URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
        for (String url : List.of(readOnly.sparqlUrl(), readOnly.datasetUrl() + "/query", readOnly.datasetUrl())) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url + "?query=" + query
                    + "&callback=steal&format=json")).GET());
            assertEquals(400, answer.statusCode(), url);
            assertFalse(answer.body().contains("steal("), answer.body());
        }
        HttpResponse<String> form = send(formPost(readOnly.sparqlUrl(), "query", "SELECT * { ?s ?p ?o } LIMIT 1")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + query + "&callback=steal")));
        assertEquals(400, form.statusCode());
        HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create(readOnly.sparqlUrl() + "?query=" + query)).GET());
        assertEquals("nosniff", plain.headers().firstValue("X-Content-Type-Options").orElse(""),
                "no answer is ever run as a script");
    }

    /** Two Origin headers: one of this server, one foreign; a guard that reads only the first is fooled. */
    @Test
    void aRequestWithTwoOriginHeadersIsRefused() throws Exception {
        long before = store.quadCount();
        String own = withUpdates.baseUrl().replaceAll("/$", "");
        HttpResponse<String> answer = send(formPost(withUpdates.updateUrl(), "update", "DROP ALL")
                .header("Origin", own).header("Origin", EVIL).header("Authorization", basic(USER, PASSWORD)));
        assertEquals(403, answer.statusCode());
        assertEquals(before, store.quadCount());
    }

    /** Credentials that are not base64: Jetty answered 500 with the decoder's exception. */
    @Test
    void malformedBasicCredentialsAreA401WithoutAStackTrace() throws Exception {
        for (String credentials : List.of("Basic !!!!", "Basic ", "Basic " + "x".repeat(5))) {
            HttpResponse<String> answer = send(formPost(withUpdates.updateUrl(), "update", "DROP ALL")
                    .header("Authorization", credentials));
            assertEquals(401, answer.statusCode(), credentials + ": " + answer.body());
            assertFalse(answer.body().contains("Exception"), answer.body());
        }
    }

    /** DNS rebinding: a page of evil.example re-pointed at 127.0.0.1 is same-origin with itself, not with us. */
    @Test
    void onlyLoopbackHostNamesAreAnswered() throws IOException {
        for (NewsServer server : List.of(readOnly, withUpdates)) {
            assertEquals(403, statusOfRawGet(server.port(), "evil.example:" + server.port(), "/news/sparql?query=ASK%7B%7D"));
            assertEquals(403, statusOfRawGet(server.port(), "192.168.1.10", "/"));
            assertEquals(200, statusOfRawGet(server.port(), "localhost:" + server.port(), "/$/ping"));
            assertEquals(200, statusOfRawGet(server.port(), "127.0.0.1:" + server.port(), "/$/ping"));
        }
    }

    @Test
    void noAdminEndpointsWithOrWithoutThePassword() throws Exception {
        List<String> admin = List.of("GET $/datasets", "POST $/datasets?dbName=other&dbType=mem",
                "DELETE $/datasets/news", "POST $/backup/news", "GET $/backups/list", "POST $/compact/news",
                "GET $/tasks", "POST $/reload", "GET $/metrics", "GET $/logs", "GET $/sleep");
        for (NewsServer server : List.of(readOnly, withUpdates)) {
            for (String call : admin) {
                String[] methodAndPath = call.split(" ");
                for (boolean withPassword : new boolean[] {false, true}) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + methodAndPath[1]))
                            .method(methodAndPath[0], HttpRequest.BodyPublishers.noBody());
                    if (withPassword) {
                        request.header("Authorization", basic(USER, PASSWORD));
                    }
                    assertEquals(404, send(request).statusCode(), call + " on " + server.baseUrl()
                            + (withPassword ? " with the password" : ""));
                }
            }
        }
        assertEquals(1, store.articleGraphNames().size(), "the dataset is still there");
    }

    @Test
    void aQueryReturnsAtMostTheResultLimit() {
        NewsServer limited = NewsServer.create().dataset(store.dataset()).port(0).resultLimit(50).build().start();
        try {
            assertEquals(50, rows(limited, "SELECT * { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(50, rows(limited, "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 1000"));
            assertEquals(7, rows(limited, "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 7"));
            try (QueryExecution qe = QueryExecutionHTTP.service(limited.sparqlUrl())
                    .query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
                Model model = qe.execConstruct();
                assertTrue(model.size() <= 50, model.size() + " triples");
            }
            assertTrue(rows(readOnly, "SELECT * { GRAPH ?g { ?s ?p ?o } }") > 1000, "the default limit is higher");
        } finally {
            limited.stop();
        }
    }

    /** The timeout stops a runaway query (NewsServerTest); meanwhile the server answers everyone else. */
    @Test
    void theServerAnswersWhileARunawayQueryRuns() throws Exception {
        NewsServer patient = NewsServer.create().dataset(store.dataset()).port(0).queryTimeout(Duration.ofSeconds(10))
                .build().start();
        try {
            String runaway = patient.sparqlUrl() + "?query=" + URLEncoder.encode(
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8);
            CompletableFuture<HttpResponse<String>> heavy = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(runaway)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1000); // let it start; what is asserted is the order of the answers, not their speed

            HttpResponse<String> ping = send(HttpRequest.newBuilder(URI.create(patient.baseUrl() + "$/ping")).GET());
            assertEquals(200, ping.statusCode());
            assertEquals(1, rows(patient, "SELECT * { ?s a <http://schema.org/NewsArticle> }"));
            assertFalse(heavy.isDone(), "the runaway query was still running while these were answered");

            assertEquals(503, heavy.get(90, TimeUnit.SECONDS).statusCode(), "and the timeout stops it");
        } finally {
            patient.stop();
        }
    }

    private static int rows(NewsServer server, String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
            ResultSet results = qe.execSelect();
            int n = 0;
            while (results.hasNext()) {
                results.next();
                n++;
            }
            return n;
        }
    }

    private static boolean hasGraph(String graph) {
        return store.tripleCount(graph) > 0;
    }

    private static HttpRequest.Builder formPost(String url, String field, String value) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Each request on a new connection: Jetty may close one after refusing a request whose body it did not read. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Java's HTTP client will not send another Host header; a socket will. Returns the status code. */
    private static int statusOfRawGet(int port, String host, String path) throws IOException {
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
