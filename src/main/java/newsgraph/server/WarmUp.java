package newsgraph.server;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.store.IndexReading;
import newsgraph.store.NamedQuery;
import newsgraph.store.Page;
import newsgraph.store.QueryText;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * A server's warm-up ({@code serve --warm-up SECONDS}): before it says it is ready, rounds of a page of every named
 * query over its own endpoint, sent as newsgraph's client sends them, with parameters taken from its own data (the
 * most quoted speaker, whom they speak about most, the organisation and the place of most articles, the busiest
 * outlet and the newest month), until the JIT compiler has compiled what they run — it used at most 5 % of a round's
 * time in two rounds in a row — or the time runs out. A server just started answers its first minute's requests
 * 1.2–2 times slower than warm (bench's cold figures; on two cores the compiler takes a core of its own); warmed up,
 * it answers its first request as its thousandth, and starts that much later. Never sends a request to anyone but
 * itself, and never fails the start: a request that fails counts as sent.
 */
public final class WarmUp {

    /** How long a server of a large database warms up at most when {@code --warm-up} is not given ({@code auto}). */
    public static final Duration BY_DEFAULT = Duration.ofSeconds(120);
    /**
     * From what size of its indexes a database is large enough to warm up for by default: the size from which the
     * server reads its indexes through a cache (README: serve, Memory). Below it a cold query reads little, and is
     * fast before the compiler has done its work (the seed: milliseconds); above it a just-started server answered
     * some pages in 1.2–2 times their warm time (bench, 100,000 articles: up to 173 ms p95 for 72 warm).
     */
    public static final long LARGE_INDEXES_BYTES = IndexReading.MAPPED_UP_TO_BYTES;

    /** A round's share of compiler time under which the JIT counts as settled (twice in a row). */
    private static final double SETTLED = 0.05;
    /** The parameters whose value names what a query is about: a query that has some but none given is not sent. */
    private static final Set<String> NAMING = Set.of("speaker_name", "about_name", "org_name", "place_name", "name",
            "text_contains", "type_name");

    private WarmUp() {
    }

    /**
     * What a warm-up did: its rounds and requests, its time and the compiler's time in it, whether the compiler
     * settled, and the parameters it chose.
     */
    public record Report(int rounds, int requests, double seconds, double compilerSeconds, boolean settled,
            Map<String, String> parameters) {
    }

    /**
     * How long a server warms up for {@code --warm-up auto} (the default): {@link #BY_DEFAULT} for a database whose
     * indexes take more than {@link #LARGE_INDEXES_BYTES}, unless it loads articles as it starts (the load compiles the
     * same code paths, and would wait for the warm-up); else not at all.
     */
    public static Duration byDefault(long indexBytes, boolean loading) {
        return indexBytes > LARGE_INDEXES_BYTES && !loading ? BY_DEFAULT : Duration.ZERO;
    }

    /** Warms up the server at {@code endpoint} (its SPARQL endpoint) for at most {@code budget}. */
    public static Report run(String endpoint, Duration budget) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        boolean timed = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        long compilerStart = timed ? compiler.getTotalCompilationTime() : 0;
        Map<String, String> parameters = parameters(endpoint);
        List<Query> requests = requests(parameters);
        int rounds = 0;
        int quiet = 0;
        while (System.nanoTime() < deadline && quiet < 2) {
            long roundStart = System.nanoTime();
            long compiled = timed ? compiler.getTotalCompilationTime() : 0;
            for (Query request : requests) {
                if (System.nanoTime() >= deadline) {
                    break;
                }
                send(endpoint, request);
            }
            rounds++;
            double roundMillis = (System.nanoTime() - roundStart) / 1e6;
            boolean calm = timed && compiler.getTotalCompilationTime() - compiled <= SETTLED * roundMillis;
            quiet = calm ? quiet + 1 : 0;
        }
        double compilerSeconds = timed ? (compiler.getTotalCompilationTime() - compilerStart) / 1000.0 : -1;
        return new Report(rounds, requests.size(), (System.nanoTime() - start) / 1e9, compilerSeconds, quiet >= 2,
                parameters);
    }

    /**
     * The parameters of the named queries, from the served data: the speaker of most-quoted's first row, the first
     * entity they speak about, the first organisation and place of the entities' lists, the longest word of the
     * speaker's newest statement, the busiest outlet and the newest month's year; none that the data lacks.
     */
    static Map<String, String> parameters(String endpoint) {
        Map<String, String> chosen = new LinkedHashMap<>();
        String speaker = first(endpoint, "most-quoted", Map.of(), "speaker");
        if (speaker != null) {
            chosen.put("speaker_name", speaker);
            chosen.put("name", speaker);
            put(chosen, "about_name", first(endpoint, "whom-a-speaks-about", Map.of("speaker_name", speaker), "about"));
            String text = first(endpoint, "who-said-what", Map.of("speaker_name", speaker), "text");
            if (text != null) {
                put(chosen, "text_contains", longestWord(text));
            }
        }
        put(chosen, "org_name", first(endpoint, "entities", Map.of("type_name", "Organization"), "name"));
        put(chosen, "place_name", first(endpoint, "entities", Map.of("type_name", "Place"), "name"));
        put(chosen, "outlet", first(endpoint, "counts-by-outlet", Map.of(), "outlet"));
        String month = null;
        for (String each : values(endpoint, "counts-by-month", Map.of(), "month", Page.of(1000, 0))) {
            if (each.matches("\\d{4}-\\d{2}") && (month == null || each.compareTo(month) > 0)) {
                month = each;
            }
        }
        if (month != null) {
            chosen.put("from", month.substring(0, 4));
        }
        return chosen;
    }

    /**
     * A page of each packaged named query, with the parameters it documents that were chosen (type_name: Person); a
     * query that names what it is about by a parameter none was chosen for is left out (unbound, it would read
     * everything). The per-person queries once more with the date and outlet filters, as their users narrow them.
     */
    static List<Query> requests(Map<String, String> chosen) {
        List<Query> requests = new ArrayList<>();
        for (String name : NamedQuery.packaged()) {
            NamedQuery query = NamedQuery.find(name);
            Set<String> documented = query.documentedParameters().keySet();
            Map<String, String> plain = new LinkedHashMap<>();
            Map<String, String> narrowed = new LinkedHashMap<>();
            for (String parameter : documented) {
                String value = parameter.equals("type_name") ? "Person" : chosen.get(parameter);
                if (value != null) {
                    (NAMING.contains(parameter) ? plain : narrowed).put(parameter, value);
                }
            }
            boolean names = documented.stream().anyMatch(NAMING::contains);
            if (names && plain.isEmpty()) {
                continue;
            }
            requests.add(query.bind(plain, Page.of(100, 0)).query());
            if (!narrowed.isEmpty()) {
                narrowed.putAll(plain);
                requests.add(query.bind(narrowed, Page.of(100, 0)).query());
            }
        }
        return requests;
    }

    private static void put(Map<String, String> chosen, String parameter, String value) {
        if (value != null && !value.isBlank()) {
            chosen.put(parameter, value);
        }
    }

    /** The first row's value of a column of a named query's first page, as a string; null without one. */
    private static String first(String endpoint, String name, Map<String, String> parameters, String column) {
        List<String> values = values(endpoint, name, parameters, column, Page.of(1, 0));
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> values(String endpoint, String name, Map<String, String> parameters, String column,
            Page page) {
        List<String> values = new ArrayList<>();
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint)
                .query(QueryText.compact(NamedQuery.find(name).bind(parameters, page).query())).parseCheck(false)
                .build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                RDFNode value = row.get(column);
                if (value != null && value.isLiteral()) {
                    values.add(value.asLiteral().getLexicalForm());
                }
            }
        } catch (RuntimeException e) {
            // a query the data cannot answer (timed out, too large) chooses nothing
        }
        return values;
    }

    private static void send(String endpoint, Query query) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(QueryText.compact(query))
                .parseCheck(false).build()) {
            ResultSetFormatter.consume(exec.execSelect());
        } catch (RuntimeException e) {
            // timed out or refused: it ran what it ran, which is what a warm-up is for
        }
    }

    /** The longest run of letters in a text: a word that finds few statements besides this one. */
    public static String longestWord(String text) {
        String longest = "";
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }
}
