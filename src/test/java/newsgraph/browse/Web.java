package newsgraph.browse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsgraph.server.NewsServer;
import newsgraph.server.SeededServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** HTTP against a test server, redirects not followed, and IRIs taken from the loaded data. */
final class Web {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Web() {
    }

    static HttpResponse<String> get(NewsServer server, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path.replaceFirst("^/", "")))
                .timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page, checked to be HTML with status 200, parsed. */
    static Document page(NewsServer server, String path) {
        HttpResponse<String> response = get(server, path, "text/html");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " → " + response.statusCode() + "\n" + response.body());
        }
        return Jsoup.parse(response.body(), server.baseUrl());
    }

    /** The IRI of the entity of the seeded store with this schema:name (from the data, not from its slug). */
    static String entity(String name) {
        return first("PREFIX schema: <http://schema.org/> SELECT ?x { ?x schema:name \"" + name + "\" } LIMIT 1");
    }

    /** The hub of the real entity of that name in the identity graph (issue 11): what the pages show as one entity. */
    static String hub(String name) {
        return first("PREFIX schema: <http://schema.org/> SELECT ?x { GRAPH <" + newsgraph.identity.IdentityGraph.NAME
                + "> { ?x schema:name \"" + name + "\" } } LIMIT 1");
    }

    /** The IRI of the seed article: the store's only article graph. */
    static String seedArticle() {
        List<String> graphs = SeededServer.store().articleGraphNames();
        if (graphs.size() != 1) {
            throw new AssertionError("one seed article expected: " + graphs);
        }
        return graphs.get(0);
    }

    static String first(String query) {
        var dataset = SeededServer.store().dataset();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, dataset)) {
                return exec.execSelect().next().get("x").toString();
            }
        });
    }

    /** The number a query of the seeded store gives as ?n. */
    static long count(String query) {
        var dataset = SeededServer.store().dataset();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, dataset)) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** The local path of an IRI of the graph under a prefix: /id/, /page/ or /data/. */
    static String local(String prefix, String iri) {
        return new Site(newsgraph.rdf.Iris.BASE).page(iri).replaceFirst("^/page/", prefix);
    }

    static Map<String, List<String>> headers(HttpResponse<?> response) {
        return response.headers().map();
    }
}
