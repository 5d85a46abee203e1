package newsgraph.load;

import newsgraph.store.StoreException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Iris;
import newsgraph.rdf.NG;
import newsgraph.rdf.NewsOntology;
import newsgraph.text.Article;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * A SPARQL 1.1 Graph Store Protocol endpoint (a remote Fuseki's {@code /dataset/data}, or any other triple
 * store's): each article's graph is sent with {@code PUT URL?graph=IRI}, which replaces that named graph, so
 * loading again never duplicates. The ontology graph is sent once, first, so the queries find its labels.
 *
 * <p>Each PUT is one transaction of the remote store: a batch is not atomic there, and a TDB2 store behind
 * the endpoint grows with many small transactions until it is compacted.
 */
public final class GraphStoreEndpoint implements GraphDestination {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final URI endpoint;
    private final String authorization;
    private final HttpClient http;
    private boolean ontologySent;

    private String base = Iris.DEFAULT_BASE;

    private GraphStoreEndpoint(URI endpoint, String authorization) {
        this.endpoint = endpoint;
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /**
     * An endpoint without credentials.
     *
     * @throws IllegalArgumentException when {@code url} is not an http(s) URL
     */
    public static GraphStoreEndpoint at(String url) {
        return new GraphStoreEndpoint(parse(url), null);
    }

    /** An endpoint behind HTTP basic authentication (send it over https unless it is on this machine). */
    public static GraphStoreEndpoint at(String url, String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new GraphStoreEndpoint(parse(url), "Basic " + token);
    }

    /** Writes the graphs under this base (they are made under it by the loader). */
    public GraphStoreEndpoint underBase(String base) {
        this.base = Iris.checkedBase(base);
        return this;
    }

    @Override
    public String base() {
        return base;
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad endpoint URL '" + url + "'");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new IllegalArgumentException("bad endpoint URL '" + url + "': give an http:// or https:// URL,"
                    + " e.g. http://127.0.0.1:3030/news/data");
        }
        return uri;
    }

    @Override
    public Batch begin() {
        if (!ontologySent) {
            put(NG.ONTOLOGY, NewsOntology.model());
            ontologySent = true;
        }
        return new Batch() {
            @Override
            public void replace(Article article, Model graph) {
                put(ArticleGraph.graphName(article, base), graph);
            }

            @Override
            public void commit() {
                // every PUT was its own transaction at the endpoint
            }

            @Override
            public void close() {
            }
        };
    }

    /** Each graph is a request of its own: the other end commits them one by one. */
    @Override
    public boolean atomicBatches() {
        return false;
    }

    @Override
    public String description() {
        return "endpoint " + endpoint;
    }

    private void put(String graphName, Model graph) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        RDFDataMgr.write(body, graph, RDFFormat.NTRIPLES_UTF8);
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        URI target = URI.create(endpoint + separator + "graph=" + URLEncoder.encode(graphName, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot reach the endpoint " + endpoint + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while sending a graph to " + endpoint, e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new StoreException("the endpoint " + endpoint + " refused the graph (HTTP " + status + "): "
                    + (authorization == null ? "it needs --user and --password-file" : "check --user and --password-file"));
        }
        if (status / 100 != 2) {
            String detail = response.body().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            throw new StoreException("the endpoint " + endpoint + " refused the graph " + graphName + " (HTTP " + status
                    + (detail.isEmpty() ? "" : ": " + (detail.length() > 120 ? detail.substring(0, 119) + "…" : detail)) + ")");
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse("").strip();
    }
}
