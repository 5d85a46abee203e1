package newsgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.server.WarmUp;
import newsgraph.store.NamedQuery;
import newsgraph.store.Page;
import newsgraph.store.QueryText;
import org.apache.jena.query.Query;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Query latency over HTTP against the served database: {@code newsgraph serve} in a process of its own, the
 * time from starting it to its first answered query, then every query of {@code queries/} with sensible
 * parameters, each run a number of times after warm-up runs. A run is the whole round trip: the request,
 * the evaluation and reading every row of the answer. The baseline is the round trip of {@code ASK {}}.
 */
final class QueryBench {

    /**
     * How the parameters of each query are chosen from the served data itself (no article's names in the code):
     * the pair of people one speaks about most often, the place spoken about most, the organisation quoted most,
     * and the longest word of a statement by that speaker.
     */
    private static final String PREFIX = "PREFIX schema: <http://schema.org/>\n";
    private static final String PICK_PAIR = PREFIX + """
            SELECT ?speaker ?about ?w ?e (COUNT(*) AS ?n) WHERE {
              ?s schema:creator ?w ; schema:about ?e .
              ?w a schema:Person ; schema:name ?speaker .
              ?e a schema:Person ; schema:name ?about .
              FILTER (?w != ?e)
            } GROUP BY ?speaker ?about ?w ?e ORDER BY DESC(?n) ?speaker ?about LIMIT 1""";
    private static final String PICK_PLACE = PREFIX + """
            SELECT ?place (COUNT(*) AS ?n) WHERE { ?s schema:about ?e . ?e a schema:Place ; schema:name ?place }
            GROUP BY ?place ORDER BY DESC(?n) ?place LIMIT 1""";
    private static final String PICK_ORGANISATION = PREFIX + """
            SELECT ?org (COUNT(*) AS ?n) WHERE { ?s schema:creator ?o . ?o a schema:Organization ; schema:name ?org }
            GROUP BY ?org ORDER BY DESC(?n) ?org LIMIT 1""";
    /** The first statement (in the order of their words) of the speaker named {@code %s}, a SPARQL literal. */
    private static final String PICK_TEXT = PREFIX + """
            SELECT ?text WHERE { ?s schema:creator ?w ; schema:text ?text . ?w schema:name %s }
            ORDER BY ?text LIMIT 1""";

    /**
     * The outlet with the most articles in which the speaker named {@code %s} (a SPARQL literal) speaks, and its newest
     * day there: the dated queries run for the year of that day up to it, in that outlet, so that they answer rows. (The
     * busiest outlet of all, as until stop 31, may never carry the speaker: the bench corpus repeats its articles in a
     * cycle whose length shares a factor with the number of outlets, and the dated queries then timed an empty answer.)
     */
    private static final String PICK_OUTLET = PREFIX + """
            SELECT ?outlet (MAX(STR(?date)) AS ?last) WHERE {
              GRAPH ?a { ?s schema:creator ?w . ?w schema:name %s .
                         ?a schema:publisher ?o ; schema:datePublished ?date . ?o schema:name ?outlet } }
            GROUP BY ?outlet ORDER BY DESC(COUNT(DISTINCT ?a)) ?outlet LIMIT 1""";

    /**
     * The per-person queries: what X said, what was said about X, X's timeline and outlets (each also with the
     * date and outlet filters: {@link #dated}).
     */
    static final List<String> PER_PERSON = List.of("who-said-what", "said-about", "what-a-said-about-b", "timeline",
            "outlets");
    /** The per-person queries that answer a page of statements, by IRI too: the named-query endpoint's timings. */
    static final List<String> PAGED = List.of("who-said-what", "said-about", "what-a-said-about-b");
    /** How the report names the timing of an overview counted over every article instead of read from the statistics. */
    static final String WITHOUT_STATISTICS = " (counted, without statistics)";
    /** How the report names the timing of a page of an overview that reads a ranking (most-quoted, entities). */
    static final String A_PAGE = ", a page of " + QueryBench.PAGE;
    /** How the report names the timing of such an overview's whole list (no target: it grows with the archive). */
    static final String WHOLE_LIST = ", the whole list";

    /**
     * Whether a timing has the target of issue 16 (p95 < 100 ms): a per-person query, an overview from statistics
     * that answers one row per outlet or month, and a page of one that reads a ranking.
     */
    static boolean hasTarget(String timed) {
        if (PER_PERSON.contains(timed)) {
            return true;
        }
        if (timed.endsWith(WITHOUT_STATISTICS) || timed.endsWith(WHOLE_LIST)) {
            return false;
        }
        try {
            if (timed.endsWith(A_PAGE)) {
                return NamedQuery.find(timed.substring(0, timed.length() - A_PAGE.length())).readsRanking();
            }
            NamedQuery named = NamedQuery.find(timed);
            return named.readsStatistics() && !named.readsRanking();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The page size of the pages and of the named-query endpoint that bench times. */
    static final int PAGE = 100;

    private static final int MIN_RUNS = 3;
    private static final double BUDGET_MILLIS = 60_000;

    /** Latencies in milliseconds. */
    record Latency(String query, Map<String, String> parameters, long rows, double p50, double p95, int runs) {
    }

    /**
     * @param pages the pages and the named-query endpoint over plain HTTP GET ({@link #PAGES}), each as its path
     */
    record Result(double startSeconds, double jvmStartSeconds, Latency roundTrip, List<Latency> queries,
            List<Latency> pages, long serveRss, long serveAnon, long serveFile, String serveIndexes, String serveWarmUp,
            Warm warm) {
    }

    /**
     * The same requests timed again on a warm server: after {@code rounds} rounds of all of them, {@code seconds} long,
     * in which the server's JIT compiler threads used {@code compilerSeconds} of processor time (-1: unknown), until
     * they had {@code settled} (compiled for at most {@value #SETTLED_SHARE} of two rounds in a row) or the time given
     * ran out. The first timings are those of a server just started, which the JIT is still compiling: on two cores
     * its C2 thread takes one of them, beside the request's thread and the bench's client.
     */
    record Warm(int rounds, double seconds, double compilerSeconds, boolean settled, Latency roundTrip,
            List<Latency> queries, List<Latency> pages) {
    }

    /** The share of a warm-up round's time that the JIT compiler may still use once it has settled. */
    static final double SETTLED_SHARE = 0.05;
    /** Rounds of the warm-up where the compiler's time cannot be read (not Linux). */
    private static final int ROUNDS_WITHOUT_COMPILER_TIME = 20;

    /** What the pages part times: the kind of request, for its target. */
    static final String ENTITY_PAGE = "entity page";
    static final String NAMED_QUERY_ENDPOINT = "named-query endpoint";
    static final String ARTICLE_PAGE = "article page";

    private final Path database;
    private final List<String> jvmOptions;
    private final int runs;
    private final Progress progress;
    private List<String> serveOptions = List.of();
    private double warmUpSeconds = 0;
    /** serve's --warm-up, or null for serve's default (auto: by the database's size). */
    private Integer serveWarmUpSeconds = null;
    /** Every request timed so far but the slow baselines and whole lists: what the warm-up runs and times again. */
    private final List<Timed> warmable = new ArrayList<>();
    /** The named queries to time, or null for all; {@link #PAGES_PART} stands for the entity and article pages. */
    private Set<String> only;

    QueryBench(Path database, List<String> jvmOptions, int runs, Progress progress) {
        this.database = database;
        this.jvmOptions = jvmOptions;
        this.runs = runs;
        this.progress = progress;
    }

    /** Further options of {@code serve} (e.g. {@code --index-cache MB}). */
    QueryBench serveOptions(List<String> options) {
        this.serveOptions = List.copyOf(options);
        return this;
    }

    /**
     * Starts {@code serve --warm-up seconds}, so that the server warms itself up before the first timings; 0: not (the
     * cold figures are a server's first requests); null: as serve's default decides for the database's size.
     */
    QueryBench serveWarmUp(Integer seconds) {
        this.serveWarmUpSeconds = seconds;
        return this;
    }

    /**
     * After the first timings, rounds of every request (but the counted baselines and whole lists) until the server's
     * JIT compiler settles or {@code seconds} have passed, then those requests timed again ({@link Warm}); 0: neither.
     */
    QueryBench warmUp(double seconds) {
        this.warmUpSeconds = seconds;
        return this;
    }

    /**
     * Whether the overviews are timed counted over every article too, as before the statistics (the baselines of the
     * same run). Above {@code --baselines-up-to} articles they are not: counted over 100,000 articles an overview takes
     * a minute or more a run, in serve's heap, and their ratios are those of smaller runs.
     */
    QueryBench countedBaselines(boolean counted) {
        this.countedBaselines = counted;
        return this;
    }

    private boolean countedBaselines = true;

    /** What {@code bench --queries} names for the entity and article pages (the named queries by their names). */
    static final String PAGES_PART = "pages";

    /**
     * Times only these named queries (each by name, with the date filters and at the named-query endpoint as the whole
     * run would) and, when {@value #PAGES_PART} is among them, the entity and article pages; the {@code ASK {}} floor
     * always. Null or empty: everything.
     */
    QueryBench only(Set<String> names) {
        this.only = names == null || names.isEmpty() ? null : Set.copyOf(names);
        return this;
    }

    private boolean timed(String name) {
        return only == null || only.contains(name);
    }

    Result run() throws InterruptedException {
        progress.say("JVM start-up floor: newsgraph --version (a process of its own)");
        ChildJvm.Finished version = ChildJvm.run(jvmOptions, ChildJvm.NEWSGRAPH, List.of("--version"));
        progress.say("newsgraph serve of the database, until its first answered query");
        List<String> serveArgs = new ArrayList<>(
                List.of("serve", "--db", database.toString(), "--port", "0", "--timeout", "300"));
        serveArgs.addAll(serveOptions);
        if (serveWarmUpSeconds != null) {
            serveArgs.addAll(List.of("--warm-up", Integer.toString(serveWarmUpSeconds)));
        }
        long mostWarmUp = serveWarmUpSeconds != null ? serveWarmUpSeconds : WarmUp.BY_DEFAULT.toSeconds();
        // what serve said of its own warm-up ("warmed up in …"), or "" when it did not warm up
        String serveWarmedUp = "";
        try (ChildJvm serve = ChildJvm.start(jvmOptions, ChildJvm.NEWSGRAPH, serveArgs)) {
            String line = serve.awaitLine(l -> l.contains("SPARQL endpoint:"), 300 + mostWarmUp);
            if (line == null) {
                throw new IllegalStateException("serve did not start");
            }
            String endpoint = line.replaceFirst(".*SPARQL endpoint:\\s*", "").strip();
            if (mostWarmUp > 0) {
                // a server that warmed up says how it went on standard error, before the endpoint (read by a thread of
                // its own: it may come a moment after); one that did not by default says nothing
                String warmed = serve.awaitErrorLine(l -> l.contains("warmed up in"),
                        serveWarmUpSeconds == null ? 2 : 5);
                if (warmed != null) {
                    progress.say(warmed.replaceFirst("^newsgraph serve: ", "serve "));
                }
                serveWarmedUp = warmed == null ? "" : warmed.replaceFirst("^newsgraph serve: ", "");
            }
            // how the server reads its indexes (mapped, or through a cache of how much), as it says right after
            String indexes = String.valueOf(serve.awaitLine(l -> l.strip().startsWith("indexes:"), 60))
                    .replaceFirst("^\\s*indexes:\\s*", "");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest ask = HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%7D"))
                    .header("Accept", "application/sparql-results+json").build();
            double started;
            while (true) {
                try {
                    if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        started = serve.seconds();
                        break;
                    }
                } catch (java.io.IOException e) {
                    // not listening yet
                }
                if (serve.seconds() > 300) {
                    throw new IllegalStateException("serve answered no query within 300 s");
                }
                Thread.sleep(20);
            }
            // the server counts the articles once it is up; let that finish before timing queries
            serve.awaitLine(l -> l.startsWith("newsgraph serves"), 300);

            progress.say("HTTP round trip of ASK {} (the floor of any query), " + runs + " runs");
            Query askNothing = org.apache.jena.query.QueryFactory.create("ASK {}");
            Request floorRequest = rows -> run(askNothing, endpoint, rows);
            Latency floor = timeOnly("ASK {}", Map.of(), floorRequest);
            progress.say("choosing the queries' parameters from the data");
            Map<String, Map<String, String>> chosen = parameters(endpoint);
            List<Latency> latencies = new ArrayList<>();
            for (String name : NamedQuery.available()) {
                if (!timed(name)) {
                    continue;
                }
                Map<String, String> parameters = chosen.getOrDefault(name, Map.of());
                progress.say("query " + name + " " + parameters + ", " + runs + " runs");
                NamedQuery named = NamedQuery.find(name);
                if (named.readsRanking()) {
                    // issue 16's target: a page, read from the ranking kept with the counts; the whole list apart
                    progress.say("query " + name + " " + parameters + ", a page of " + PAGE + ", " + runs + " runs");
                    latencies.add(time(name + A_PAGE, parameters, page(named, parameters), endpoint));
                    progress.say("query " + name + " " + parameters + ", the whole list, " + runs + " runs");
                    latencies.add(time(name + WHOLE_LIST, parameters, named.bind(parameters), endpoint));
                    if (!countedBaselines) {
                        continue;
                    }
                    // the same page counted over every article, as before the statistics: the baseline of the same run
                    progress.say("query " + name + " counted without the statistics, a page of " + PAGE + ", " + runs
                            + " runs");
                    latencies.add(time(name + A_PAGE + WITHOUT_STATISTICS, parameters,
                            page(named.withoutStatistics(), parameters), endpoint));
                    continue;
                }
                latencies.add(time(name, parameters, named.bind(parameters), endpoint));
                if (named.readsStatistics() && countedBaselines) {
                    // the same query counting over every article, as before the statistics: the baseline of the same run
                    progress.say("query " + name + " counted without the statistics, " + runs + " runs");
                    latencies.add(time(name + WITHOUT_STATISTICS, parameters,
                            named.withoutStatistics().bind(parameters), endpoint));
                }
            }
            Map<String, String> bySpeaker = chosen.get(STATEMENTS_BY_SPEAKER);
            if (bySpeaker != null && timed("statement-in-context")) {
                // the speaker's statements, a page of them through the word index like the statements with given words
                progress.say("query statement-in-context " + bySpeaker + ", " + runs + " runs");
                latencies.add(time(STATEMENTS_BY_SPEAKER, bySpeaker, NamedQuery.find("statement-in-context")
                        .bind(bySpeaker), endpoint));
            }
            Map<String, String> dated = chosen.containsKey("who-said-what")
                    ? dated(endpoint, chosen.get("who-said-what").get("speaker_name")) : Map.of();
            for (String name : PER_PERSON) {
                if (!dated.isEmpty() && chosen.containsKey(name) && timed(name)) {
                    Map<String, String> parameters = new LinkedHashMap<>(chosen.get(name));
                    parameters.putAll(dated);
                    progress.say("query " + name + " " + parameters + ", " + runs + " runs");
                    latencies.add(time(name, parameters, NamedQuery.find(name).bind(parameters), endpoint));
                }
            }
            progress.say("the pages and the named-query endpoint over HTTP, " + runs + " runs each");
            List<Latency> pages = pages(endpoint.substring(0, endpoint.length() - "news/sparql".length()), http);
            Warm warm = warmUpSeconds > 0 ? warm(serve, floorRequest) : null;
            return new Result(started, version.seconds(), floor, latencies, pages, serve.peakRss(), serve.peakAnon(),
                    serve.peakFile(), indexes, serveWarmedUp, warm);
        }
    }

    /** The first page of a query as the named-query endpoint asks for it, without the row that tells whether more follow. */
    private static Query page(NamedQuery named, Map<String, String> parameters) {
        Query query = named.bind(parameters, Page.of(PAGE, 0)).query();
        query.setLimit(PAGE);
        return query;
    }

    /** One round trip that the bench times: its milliseconds, and its rows (a page's kilobytes) in {@code rows[0]}. */
    @FunctionalInterface
    private interface Request {
        double once(long[] rows);
    }

    /** A request as the first timings named it, kept to be run in the warm-up and timed again. */
    private record Timed(String name, Map<String, String> parameters, Request request, boolean page) {
    }

    private Latency time(String name, Map<String, String> parameters, Query query, String endpoint) {
        return time(name, parameters, rows -> run(query, endpoint, rows), false);
    }

    /**
     * Two warm-up runs (one for a request slower than a second), then the timed runs: {@code runs} of them, but
     * for a slow query (an aggregate over the whole archive) no more than fit in a minute, and at least three. The
     * request is kept for the warm-up ({@link #warm}) unless it is a baseline counted over every article or a whole list.
     */
    private Latency time(String name, Map<String, String> parameters, Request request, boolean page) {
        if (!name.endsWith(WITHOUT_STATISTICS) && !name.endsWith(WHOLE_LIST)) {
            warmable.add(new Timed(name, new LinkedHashMap<>(parameters), request, page));
        }
        return timeOnly(name, parameters, request);
    }

    private Latency timeOnly(String name, Map<String, String> parameters, Request request) {
        long[] rows = new long[1];
        double first = request.once(rows);
        if (first < 1000) {
            request.once(rows);
        }
        List<Double> millis = new ArrayList<>();
        double spent = 0;
        while (millis.size() < runs && (millis.size() < MIN_RUNS || spent < BUDGET_MILLIS)) {
            double ms = request.once(rows);
            millis.add(ms);
            spent += ms;
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Latency(name, new LinkedHashMap<>(parameters), rows[0], percentile(sorted, 50), percentile(sorted, 95),
                sorted.length);
    }

    /**
     * The warm-up, then the same requests timed again: rounds of one run of each request until the server's JIT
     * compiler has used at most {@value #SETTLED_SHARE} of a round's time in two rounds in a row (where its time cannot
     * be read: {@value #ROUNDS_WITHOUT_COMPILER_TIME} rounds), or {@link #warmUp} seconds have passed.
     */
    private Warm warm(ChildJvm serve, Request floorRequest) {
        progress.say("warm-up: rounds of the " + warmable.size() + " requests until serve's JIT compiler settles (at most "
                + Math.round(warmUpSeconds) + " s)");
        long start = System.nanoTime();
        double compilerAtStart = serve.compilerSeconds();
        long[] rows = new long[1];
        int rounds = 0;
        int quiet = 0;
        boolean settled = false;
        while (!settled && (System.nanoTime() - start) / 1e9 < warmUpSeconds) {
            double compiler = serve.compilerSeconds();
            long roundStart = System.nanoTime();
            for (Timed timed : warmable) {
                timed.request().once(rows);
            }
            rounds++;
            double roundSeconds = (System.nanoTime() - roundStart) / 1e9;
            double compiled = serve.compilerSeconds() - compiler;
            quiet = compiler < 0 ? (rounds >= ROUNDS_WITHOUT_COMPILER_TIME ? 2 : 0)
                    : compiled <= SETTLED_SHARE * roundSeconds ? quiet + 1 : 0;
            settled = quiet >= 2;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double compilerEnd = serve.compilerSeconds();
        double compilerSeconds = compilerAtStart < 0 ? -1 : compilerEnd - compilerAtStart;
        progress.say(String.format(java.util.Locale.ROOT, "warm-up: %d rounds in %.0f s, the JIT compiler %.1f s of it%s;"
                + " the requests again, %d runs each", rounds, seconds, compilerSeconds,
                settled ? ", settled" : ", not settled in the time given", runs));
        Latency floor = timeOnly("ASK {}", Map.of(), floorRequest);
        List<Latency> queries = new ArrayList<>();
        List<Latency> pages = new ArrayList<>();
        for (Timed timed : warmable) {
            (timed.page() ? pages : queries).add(timeOnly(timed.name(), timed.parameters(), timed.request()));
        }
        return new Warm(rounds, seconds, compilerSeconds, settled, floor, queries, pages);
    }

    /**
     * The browse pages and the named-query endpoint, for the people of {@link #PICK_PAIR}: the named queries the
     * entity pages use, with a page of {@value #PAGE}; the speaker's entity page at its default page size and with
     * {@value #PAGE} statements a list; the other person's page; an article's page.
     */
    private List<Latency> pages(String base, HttpClient http) {
        List<Latency> pages = new ArrayList<>();
        QuerySolution pair = first(base + "news/sparql", PICK_PAIR);
        if (pair == null) {
            return pages;
        }
        String speaker = pair.getResource("w").getURI();
        String about = pair.getResource("e").getURI();
        String ids = speaker.substring(0, speaker.indexOf("/id/") + "/id/".length());
        Map<String, String> requests = new LinkedHashMap<>();
        for (String query : PAGED) {
            if (!timed(query)) {
                continue;
            }
            requests.put(NAMED_QUERY_ENDPOINT + ": " + query + ", a page of " + PAGE, "news/query/" + query + "?limit="
                    + PAGE + (query.equals("said-about") ? "" : "&speaker_iri=" + encode(speaker))
                    + (query.equals("who-said-what") ? "" : "&about_iri=" + encode(about)));
        }
        if (timed(PAGES_PART)) {
            requests.put(ENTITY_PAGE + ": the speaker, 20 statements a list", "page/" + speaker.substring(ids.length()));
            requests.put(ENTITY_PAGE + ": the speaker, " + PAGE + " statements a list", "page/"
                    + speaker.substring(ids.length()) + "?n=" + PAGE);
            requests.put(ENTITY_PAGE + ": the person spoken about, " + PAGE + " statements a list", "page/"
                    + about.substring(ids.length()) + "?n=" + PAGE);
            QuerySolution article = first(base + "news/sparql", PREFIX
                    + "SELECT ?a { ?s schema:creator <" + speaker + "> ; schema:isPartOf ?a } LIMIT 1");
            if (article != null) {
                requests.put(ARTICLE_PAGE, "page/" + article.getResource("a").getURI().substring(ids.length()));
            }
        }
        requests.forEach((label, path) -> {
            String accept = path.startsWith("news/query/") ? "application/sparql-results+json" : "text/html";
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build();
            progress.say(label + ": " + path);
            pages.add(timeGet(label, path, get, http));
        });
        return pages;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A GET timed as {@link #time} times a query; "rows" are the kilobytes of the answer. */
    private Latency timeGet(String label, String path, HttpRequest get, HttpClient http) {
        return time(label, Map.of("path", path), kilobytes -> {
            double ms = fetch(get, http, kilobytes);
            kilobytes[0] /= 1024;
            return ms;
        }, true);
    }

    private static double fetch(HttpRequest get, HttpClient http, long[] size) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> answer = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + get.uri() + " answered " + answer.statusCode());
            }
            size[0] = answer.body().length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The label of statement-in-context timed with a speaker (and no words) in {@link #parameters}. */
    static final String STATEMENTS_BY_SPEAKER = "statement-in-context by speaker";

    /** Sensible parameters for each query, picked from what the served store holds. */
    static Map<String, Map<String, String>> parameters(String endpoint) {
        Map<String, Map<String, String>> chosen = new LinkedHashMap<>();
        chosen.put("entities", Map.of("type_name", "Person"));
        QuerySolution pair = first(endpoint, PICK_PAIR);
        if (pair != null) {
            String speaker = pair.getLiteral("speaker").getLexicalForm();
            String about = pair.getLiteral("about").getLexicalForm();
            chosen.put("who-said-what", Map.of("speaker_name", speaker));
            chosen.put("said-about", Map.of("about_name", about));
            chosen.put("what-a-said-about-b", Map.of("speaker_name", speaker, "about_name", about));
            chosen.put("timeline", Map.of("speaker_name", speaker));
            chosen.put("outlets", Map.of("speaker_name", speaker));
            chosen.put("who-speaks-about", Map.of("about_name", about));
            chosen.put("whom-a-speaks-about", Map.of("speaker_name", speaker));
            chosen.put("entities-named", Map.of("name", speaker));
            chosen.put(STATEMENTS_BY_SPEAKER, Map.of("speaker_name", speaker));
            QuerySolution text = first(endpoint, PICK_TEXT.formatted(
                    FmtUtils.stringForNode(NodeFactory.createLiteralString(speaker))));
            if (text != null) {
                chosen.put("statement-in-context", Map.of("text_contains", WarmUp.longestWord(text.getLiteral("text")
                        .getLexicalForm())));
            }
        }
        QuerySolution place = first(endpoint, PICK_PLACE);
        if (place != null) {
            chosen.put("who-speaks-about-place", Map.of("place_name", place.getLiteral("place").getLexicalForm()));
        }
        QuerySolution organisation = first(endpoint, PICK_ORGANISATION);
        if (organisation != null) {
            chosen.put("organisation-quotes", Map.of("org_name", organisation.getLiteral("org").getLexicalForm()));
        }
        return chosen;
    }

    /**
     * The date and outlet filters for the dated runs: the outlet in which the speaker speaks most, its newest day's year
     * up to that day.
     */
    static Map<String, String> dated(String endpoint, String speaker) {
        QuerySolution outlet = first(endpoint, PICK_OUTLET.formatted(
                FmtUtils.stringForNode(NodeFactory.createLiteralString(speaker))));
        if (outlet == null || outlet.getLiteral("last") == null) {
            return Map.of();
        }
        String last = outlet.getLiteral("last").getLexicalForm();
        Map<String, String> dated = new LinkedHashMap<>();
        dated.put("from", last.substring(0, 4));
        dated.put("to", last.substring(0, 10));
        dated.put("outlet", outlet.getLiteral("outlet").getLexicalForm());
        return dated;
    }

    private static QuerySolution first(String endpoint, String query) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            ResultSet rows = exec.execSelect();
            return rows.hasNext() ? rows.next() : null;
        }
    }

    /**
     * One round trip: milliseconds from sending the query to having read every row of the answer. The query is sent as
     * newsgraph's own client sends it ({@link QueryText#compact}).
     */
    private static double run(Query query, String endpoint, long[] rows) {
        long start = System.nanoTime();
        String text = QueryText.compact(query);
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(text).parseCheck(false).build()) {
            rows[0] = query.isAskType() ? (exec.execAsk() ? 1 : 0)
                    : query.isSelectType() ? ResultSetFormatter.consume(exec.execSelect())
                    : exec.execConstruct().size();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
