package newsgraph.browse;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graph as linked data and as pages a reader can use, next to the SPARQL endpoint and the Fuseki UI, on the same
 * server (the servlets are added by {@code NewsServer}, behind its request guard):
 * <pre>
 * /id/…              every IRI of the graph under the data namespace: 303 See Other to /page/… or /data/…
 * /page/…            its HTML page: an entity, an article, a statement, anything else
 * /data/…            its description in RDF: Turtle, JSON-LD, N-Triples, RDF/XML (Accept, or ?format=)
 * /search?name=…     entities by name (the name index)
 * /news/query/NAME   a named query with its parameters, a page at a time, in every SPARQL results format
 * </pre>
 * Everything is read-only, answered within the server's query timeout, and read through the named queries where
 * they answer the question (the entity pages page through {@code who-said-what} and {@code said-about}).
 */
public final class Browsing {

    /** Where the named queries answer over HTTP. */
    public static final String NAMED_QUERIES = "/news/query/";

    private final DatasetGraph dataset;
    private final Site site;
    private final Duration timeout;
    private final long maxRows;
    private final Vocabulary vocabulary = new Vocabulary();
    /**
     * The threads of the reads a page does beside its others (the entity page's statements about it and its top-10
     * tables, {@link ReadAside}):
     * as many as cores, daemons that end after a minute idle (a stopped server leaves none behind); a read that none of
     * them has started when the page needs it is done by the request.
     */
    private final ExecutorService aside = idleEndingPool(Runtime.getRuntime().availableProcessors());

    private static ExecutorService idleEndingPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "newsgraph-page-read");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * @param dataset       the served dataset (read only)
     * @param dataNamespace the namespace of the graph's IRIs, e.g. {@code https://w3id.org/newsgraph/id/}
     * @param timeout       how long one page or query may take
     * @param maxRows       the largest page of a named query
     */
    public Browsing(DatasetGraph dataset, String dataNamespace, Duration timeout, long maxRows) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.site = new Site(dataNamespace);
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /** Servlet path specifications and the servlets that answer them. */
    public Map<String, HttpServlet> servlets() {
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("/id/*", new ResourceServlet(this, ResourceServlet.Mode.ID));
        servlets.put("/page/*", new ResourceServlet(this, ResourceServlet.Mode.PAGE));
        servlets.put("/data/*", new ResourceServlet(this, ResourceServlet.Mode.DATA));
        servlets.put("/search", new SearchServlet(this));
        servlets.put(NAMED_QUERIES + "*", new NamedQueryServlet(this));
        return servlets;
    }

    DatasetGraph dataset() {
        return dataset;
    }

    Site site() {
        return site;
    }

    Duration timeout() {
        return timeout;
    }

    long maxRows() {
        return maxRows;
    }

    Executor aside() {
        return aside;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }
}
