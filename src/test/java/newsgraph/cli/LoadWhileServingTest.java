package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsgraph.store.NamedQuery;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --load} of 1,000 articles in a real server process while 20 HTTP clients run the queries of
 * {@code queries/} and a per-article triple count for the whole duration: no request fails, and every answer
 * is consistent — each article is seen whole or not at all (its triple count is the final one, or it is absent).
 */
@Tag("slow")
class LoadWhileServingTest {

    private static final int ARTICLES = 1_000;
    private static final int CLIENTS = 20;
    private static final long THINK_MILLIS = 500;
    /** Generous: a guard against a hang, not a speed test. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String TRIPLES_PER_ARTICLE = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }"
            + " FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/id/article/\")) } GROUP BY ?g";

    @TempDir
    Path temp;

    @Test
    void twentyClientsQueryingDuringALoadSeeOnlyWholeArticlesAndNoErrors() throws Exception {
        Path articles = temp.resolve("articles");
        SmallArticles.write(articles, ARTICLES, 1);
        List<Query> queries = new ArrayList<>();
        for (String name : NamedQuery.available()) {
            queries.add(NamedQuery.find(name).bind(Map.of()));
        }
        Query perArticle = QueryFactory.create(TRIPLES_PER_ARTICLE);

        // a long timeout: twenty clients on two cores make queries slow, and slow is not what is tested here
        ChildCommand serve = ChildCommand.start(temp.resolve("serve.log"), "serve", "--db", temp.resolve("db").toString(),
                "--port", "0", "--timeout", "300", "--load", articles.toString());
        try {
            String endpoint = awaitLine(serve, "SPARQL endpoint:").replaceFirst(".*SPARQL endpoint:\\s*", "").strip();
            AtomicBoolean loading = new AtomicBoolean(true);
            Map<String, Long> seen = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            AtomicInteger requests = new AtomicInteger();
            AtomicInteger countsWhileLoading = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int i = client; loading.get() && wrong.size() < 10; i++) {
                        Query query = i % 3 == 0 ? perArticle : queries.get(i % queries.size());
                        boolean duringLoad = loading.get();
                        try {
                            Map<String, Long> counts = run(endpoint, query);
                            requests.incrementAndGet();
                            if (query == perArticle) {
                                counts.forEach((graph, n) -> {
                                    Long earlier = seen.putIfAbsent(graph, n);
                                    if (earlier != null && !earlier.equals(n)) {
                                        wrong.add(graph + " seen with " + earlier + " and with " + n + " triples");
                                    }
                                });
                                if (duringLoad) {
                                    countsWhileLoading.incrementAndGet();
                                }
                            }
                        } catch (RuntimeException e) {
                            wrong.add("client " + client + ": " + query.toString().lines().filter(l -> !l.startsWith(
                                    "PREFIX") && !l.isBlank()).findFirst().orElse("") + "… failed: " + e
                                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
                        }
                        // a person at the UI, not a benchmark: two cores must still have time for the load
                        Thread.sleep(THINK_MILLIS);
                    }
                    return null;
                }));
            }
            awaitLine(serve, "newsgraph serves ");
            loading.set(false);
            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();

            assertEquals(List.of(), List.copyOf(wrong), "failed requests or an article seen part-way");
            Map<String, Long> whole = run(endpoint, perArticle);
            assertEquals(ARTICLES, whole.size(), serve.output());
            seen.forEach((graph, n) -> assertEquals(whole.get(graph), n, graph + " was seen with another triple count"));
            assertTrue(countsWhileLoading.get() > CLIENTS, "the clients counted during the load, not only after: "
                    + countsWhileLoading.get());
            System.out.println("LoadWhileServingTest: " + requests.get() + " requests by " + CLIENTS + " clients, "
                    + countsWhileLoading.get() + " triple counts taken during the load, " + seen.size()
                    + " articles seen");
        } finally {
            serve.kill();
        }
    }

    /** Runs a SELECT; for the per-article count, its rows as graph → count (other queries: an empty map). */
    private static Map<String, Long> run(String endpoint, Query query) {
        Map<String, Long> counts = new HashMap<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query)
                .timeout(PATIENCE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                if (row.contains("g") && row.contains("n")) {
                    counts.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
                }
            }
        }
        return counts;
    }

    private static String awaitLine(ChildCommand child, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && child.process().isAlive()) {
            String line = child.output().lines().filter(l -> l.contains(marker)).findFirst().orElse(null);
            if (line != null) {
                return line;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server never printed '" + marker + "':\n" + child.output());
    }
}
