package newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.cli.CommandRun;
import newsgraph.cli.Main;
import newsgraph.store.NamedQuery;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark end to end at a tiny size: every figure is in the JSON, next to its baseline. No timing is judged. */
class BenchCommandTest {

    @TempDir
    Path temp;

    @Test
    void aTinyRunReportsEveryFigureWithItsBaseline() throws Exception {
        Path out = temp.resolve("bench.json");
        int exit = Main.run("bench", "--articles", "8", "--extract-articles", "4", "--added", "2", "--query-runs", "1",
                "--warm-up-seconds", "20", "--ingest-articles", "4", "--ingest-runs", "1", "--crawl-mb", "2",
                "--threads", "2", "--work",
                temp.resolve("work").toString(), "--out", out.toString());

        assertEquals(0, exit);
        JsonObject json = JSON.parse(Files.readString(out));
        for (String key : List.of("cores", "memory_gb", "jdk", "os")) {
            assertTrue(json.getObj("machine").hasKey(key), "machine." + key);
        }
        assertEquals(8, json.getObj("load").get("articles").getAsNumber().value().intValue());
        assertTrue(json.getObj("load").get("quads").getAsNumber().value().longValue() > 0);
        JsonObject extraction = json.getObj("extraction");
        assertTrue(extraction.get("warm_up_articles").getAsNumber().value().intValue() >= 4,
                "warmed up at least one round over the articles before timing: " + extraction);
        assertTrue(extraction.get("extraction_worker_cpu_seconds").getAsNumber().value().doubleValue() > 0
                && extraction.get("baseline_worker_cpu_seconds").getAsNumber().value().doubleValue() > 0,
                "the workers' own processor time is measured: " + extraction);
        JsonObject ingest = json.getObj("ingest");
        assertEquals(4, ingest.get("articles").getAsNumber().value().intValue());
        assertTrue(ingest.get("large_crawl_bytes").getAsNumber().value().longValue() >= 2 * 1024 * 1024,
                "the crawl is as large as asked: " + ingest);
        assertTrue(ingest.get("large_crawl_records_skipped").getAsNumber().value().intValue()
                == 2 * ingest.get("large_crawl_articles").getAsNumber().value().intValue(), "two images a page: " + ingest);

        Set<String> figures = new HashSet<>();
        for (JsonValue v : json.get("figures").getAsArray()) {
            JsonObject f = v.getAsObject();
            String name = f.get("part").getAsString().value() + ": " + f.get("figure").getAsString().value();
            assertTrue(f.get("value").isNumber() && f.get("baseline_value").isNumber() && f.get("ratio").isNumber(),
                    name + " has a value, a baseline and their ratio: " + f);
            assertTrue(figures.add(name), "one figure each: " + name);
        }
        List<String> expected = List.of("extraction: time for 4 articles", "extraction: articles/s",
                "extraction: time with linking",
                "extraction: tokens/s", "extraction: processor time of the worker threads",
                "load: load of 8 articles", "load: storing part of it",
                "load: storing as the writer thread saw it", "load: store size on disk",
                "load: growth from adding 2 articles", "load: adding 2 articles", "memory: peak RSS of the load",
                "load: resolve: identity across the 8 articles", "load: load keeping identity current",
                "ingest: load of 4 articles from a WARC.gz of HTML pages", "memory: peak RSS of load of a 2 MB WARC.gz",
                "memory: serve: start to first answered query",
                "memory: serve: peak RSS over the queries, indexes mapped into memory",
                "pages: named-query endpoint: who-said-what, a page of 100", "pages: named-query endpoint: said-about",
                "pages: named-query endpoint: what-a-said-about-b", "pages: entity page: the speaker, 20 statements",
                "pages: entity page: the speaker, 100 statements", "pages: entity page: the person spoken about",
                "pages: article page");
        for (String prefix : expected) {
            assertTrue(figures.stream().anyMatch(f -> f.startsWith(prefix)), "a figure " + prefix + " in " + figures);
        }
        for (String query : NamedQuery.available()) {
            for (String p : List.of("p50", "p95")) {
                String named = "queries: " + query;
                assertTrue(figures.stream().anyMatch(f -> (f.startsWith(named + " ") || f.startsWith(named + ","))
                        && f.endsWith(": " + p)), "query " + query + " " + p + " in " + figures);
            }
        }
        // the figure says which way the server read its indexes: a small database is mapped
        assertTrue(json.getObj("queries").get("serve_indexes").getAsString().value().startsWith("mapped into memory"),
                json.getObj("queries").toString());
        // and the per-person queries once more with the date and outlet filters
        for (String query : List.of("who-said-what", "said-about", "what-a-said-about-b", "timeline", "outlets")) {
            assertTrue(figures.stream().anyMatch(f -> f.startsWith("queries: " + query + " {") && f.contains("from=")
                    && f.contains("outlet=Bench Outlet") && f.endsWith(": p95")), query + " dated in " + figures);
        }
        // in an outlet and a year in which the speaker speaks: the dated runs time an answer, not an empty one
        for (JsonValue v : json.getObj("queries").get("latencies").getAsArray()) {
            JsonObject timed = v.getAsObject();
            if (timed.get("query").getAsString().value().equals("who-said-what")
                    && timed.getObj("parameters").hasKey("outlet")) {
                assertTrue(timed.get("rows").getAsNumber().value().longValue() > 0, "the dated who-said-what: " + timed);
            }
        }
        // the overviews read from the statistics are timed a second time, counted over every article (the baseline)
        long overviews = NamedQuery.available().stream().filter(q -> NamedQuery.find(q).readsStatistics()).count();
        assertTrue(overviews >= 4, "most-quoted, entities, counts-by-outlet, counts-by-month: " + overviews);
        // and the overviews that read a ranking (most-quoted, entities) a page of 100 (the target), the whole list and
        // the page counted: three timings
        long ranked = NamedQuery.available().stream().filter(q -> NamedQuery.find(q).readsRanking()).count();
        assertEquals(2, ranked, "most-quoted and entities");
        for (String p : List.of("p50", "p95")) {
            for (String figure : List.of("queries: most-quoted, a page of 100 (counted, without statistics)",
                    "queries: most-quoted, a page of 100,", "queries: most-quoted, the whole list,",
                    "queries: entities, a page of 100 {type_name=Person}")) {
                assertTrue(figures.stream().anyMatch(f -> f.startsWith(figure) && f.endsWith(": " + p)), figure + " "
                        + p + ", in " + figures);
            }
        }
        assertTrue(QueryBench.hasTarget("most-quoted" + QueryBench.A_PAGE));
        assertFalse(QueryBench.hasTarget("most-quoted" + QueryBench.WHOLE_LIST));
        assertFalse(QueryBench.hasTarget("most-quoted" + QueryBench.A_PAGE + QueryBench.WITHOUT_STATISTICS));
        assertTrue(QueryBench.hasTarget("counts-by-month"));
        // + 1: statement-in-context by speaker
        assertEquals(2L * (NamedQuery.available().size() + overviews + ranked + 1 + 5),
                figures.stream().filter(f -> f.startsWith("queries: ")).count());

        // then rounds of the same requests until serve's JIT compiler settles, and each timed again on the warm server:
        // all but the baselines counted over every article and the whole lists (slow, and without a target)
        JsonObject warm = json.getObj("queries").getObj("warm");
        assertTrue(warm.get("rounds").getAsNumber().value().intValue() >= 1, warm.toString());
        assertTrue(warm.get("compiler_seconds").getAsNumber().value().doubleValue() >= 0,
                "the compiler threads' time is read from /proc: " + warm.get("compiler_seconds"));
        assertEquals(timed(json.getObj("queries"), "latencies", "query").stream()
                        .filter(q -> !q.contains(QueryBench.WITHOUT_STATISTICS) && !q.contains(QueryBench.WHOLE_LIST))
                        .toList(), timed(warm, "latencies", "query"));
        assertEquals(timed(json.getObj("queries"), "pages", "request"), timed(warm, "pages", "request"));
        for (String figure : figures) {
            if (figure.endsWith(": p95") && (figure.startsWith("queries: ") || figure.startsWith("pages: "))
                    && !figure.contains(QueryBench.WITHOUT_STATISTICS) && !figure.contains(QueryBench.WHOLE_LIST)) {
                String warmFigure = figure.replaceFirst(": ", ", warm: ");
                assertTrue(figures.contains(warmFigure), warmFigure + " in " + figures);
            }
        }
        assertTrue(figures.stream().anyMatch(f -> f.startsWith("queries, warm: warm-up: ")), figures.toString());
    }

    /** The names of the timed requests of a list of latencies, with their parameters, in order. */
    private static List<String> timed(JsonObject queries, String list, String name) {
        return queries.get(list).getAsArray().stream().map(v -> v.getAsObject().get(name).getAsString().value() + " "
                + (v.getAsObject().hasKey("parameters") ? v.getAsObject().get("parameters").toString()
                : v.getAsObject().get("path").toString())).toList();
    }

    @Test
    void theQueriesAloneRunOnADatabaseLoadedBeforehand() throws Exception {
        Path db = temp.resolve("db");
        assertEquals(0, Main.run("load", newsgraph.store.SeedArticles.SEED.toString(), "--db", db.toString()));
        assertEquals(2, Main.run("bench", "--parts", "load,queries", "--db", db.toString()), "--db is for queries alone");
        Path out = temp.resolve("bench.json");
        assertEquals(0, Main.run("bench", "--parts", "queries", "--db", db.toString(), "--query-runs", "1",
                "--warm-up-seconds", "0", "--out", out.toString()));
        JsonObject json = JSON.parse(Files.readString(out));
        assertFalse(json.getObj("queries").hasKey("warm"), "no warm-up, no second timings");
        assertEquals("", json.getObj("queries").get("serve_warm_up").getAsString().value(),
                "the seed's database is too small for serve to warm up by default");
        assertTrue(!json.hasKey("load"), "nothing loaded");
        assertTrue(!json.hasKey("disk"), "nothing written under --work, so no figure of its disk: " + json.get("disk"));
        long timed = json.getObj("queries").get("latencies").getAsArray().size();
        long overviews = NamedQuery.available().stream().filter(q -> NamedQuery.find(q).readsStatistics()).count();
        long ranked = NamedQuery.available().stream().filter(q -> NamedQuery.find(q).readsRanking()).count();
        assertEquals(NamedQuery.available().size() + overviews + ranked + 1, timed,
                "each query, the overviews twice, those that read a ranking three times (a page, all, the page counted),"
                        + " statement-in-context by speaker too");
        assertTrue(json.getObj("queries").get("latencies").getAsArray().stream().anyMatch(l -> l.getAsObject()
                .get("query").getAsString().value().equals(QueryBench.STATEMENTS_BY_SPEAKER)), "by speaker");

        // a subset: the named queries given, by name and dated, and at the endpoint where the whole run times them
        Path some = temp.resolve("some.json");
        assertEquals(0, Main.run("bench", "--parts", "queries", "--db", db.toString(), "--query-runs", "1",
                "--queries", "what-a-said-about-b,timeline", "--warm-up-seconds", "0", "--out", some.toString()));
        JsonObject subset = JSON.parse(Files.readString(some)).getObj("queries");
        List<String> queries = subset.get("latencies").getAsArray().stream()
                .map(v -> v.getAsObject().get("query").getAsString().value()).toList();
        // (a query that reads the statistics is timed counting too, as the baseline of the same run)
        assertEquals(List.of("timeline", "what-a-said-about-b"), queries.stream()
                .map(q -> q.replace(QueryBench.WITHOUT_STATISTICS, "")).distinct().sorted().toList(), queries.toString());
        List<String> requests = subset.get("pages").getAsArray().stream()
                .map(v -> v.getAsObject().get("request").getAsString().value()).toList();
        assertEquals(List.of(QueryBench.NAMED_QUERY_ENDPOINT + ": what-a-said-about-b, a page of 100"), requests);
        assertTrue(subset.get("round_trip_p95_ms").isNumber(), "the ASK {} floor is always timed");
        // above --baselines-up-to articles the overviews are timed from the statistics only, not counted over every article
        Path large = temp.resolve("large.json");
        assertEquals(0, Main.run("bench", "--parts", "queries", "--db", db.toString(), "--query-runs", "1",
                "--queries", "most-quoted,counts-by-month", "--articles", "100000", "--warm-up-seconds", "0",
                "--out", large.toString()));
        List<String> largeQueries = JSON.parse(Files.readString(large)).getObj("queries").get("latencies").getAsArray()
                .stream().map(v -> v.getAsObject().get("query").getAsString().value()).toList();
        assertTrue(largeQueries.stream().anyMatch(q -> q.startsWith("most-quoted"))
                && largeQueries.stream().anyMatch(q -> q.startsWith("counts-by-month")), largeQueries.toString());
        assertTrue(largeQueries.stream().noneMatch(q -> q.contains(QueryBench.WITHOUT_STATISTICS)), largeQueries.toString());
        assertEquals(2, Main.run("bench", "--parts", "queries", "--db", db.toString(), "--queries", "no-such-query"),
                "an unknown query is refused before anything runs");
        // a server that warms itself up (serve --warm-up) before the first timings, which says how it went
        CommandRun warmed = CommandRun.of("bench", "--parts", "queries", "--db", db.toString(), "--query-runs", "1",
                "--queries", "timeline", "--warm-up-seconds", "0", "--serve-warm-up", "5", "--out",
                temp.resolve("warmed.json").toString());
        assertEquals(0, warmed.exit(), warmed.toString());
        assertTrue(warmed.err().contains("serve warmed up in"), warmed.err());
        assertTrue(JSON.parse(Files.readString(temp.resolve("warmed.json"))).getObj("queries").get("serve_warm_up")
                .getAsString().value().startsWith("warmed up in "), "the report says the server warmed up");
        assertEquals(2, Main.run("bench", "--parts", "queries", "--db", db.toString(), "--serve-warm-up", "-1"));
    }

    @Test
    void aRunLargerThanTheFreeDiskIsRefusedWithOneLineBeforeAnythingIsWritten() throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        int exit;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            // a hundred million articles: about 20 TB, more than this machine's disk
            exit = Main.run("bench", "--parts", "load", "--articles", "100000000", "--work",
                    temp.resolve("work").toString(), "--out", temp.resolve("bench.json").toString());
        } finally {
            System.setErr(before);
        }
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, exit, said);
        assertEquals(1, said.lines().count(), "one line: " + said);
        assertTrue(said.matches("(?s)newsgraph bench: .* has [0-9.]+ GB free, and this run needs about [0-9]+ GB \\(the"
                + " corpus .* GB, newsgraph's store at its peak .* GB\\): free some space, give another --work, or fewer"
                + " --articles\\s*"), said);
        assertFalse(Files.exists(temp.resolve("work")), "nothing written");
        assertFalse(Files.exists(temp.resolve("bench.json")));
    }

    @Test
    void aLargeRunLeavesOutTheBaselinesThatNeedASecondStoreAndCompactsAsItLoads() throws Exception {
        // "large" is above --baselines-up-to (20,000 by default): here 4, so that 8 articles are a large run
        Path out = temp.resolve("bench.json");
        Path work = temp.resolve("work");
        int exit = Main.run("bench", "--parts", "load", "--articles", "8", "--added", "2", "--threads", "2",
                "--baselines-up-to", "4", "--compact-growth", "1.05", "--load-jvm-option=-Xmx700m", "--work",
                work.toString(), "--out", out.toString());

        assertEquals(0, exit);
        JsonObject json = JSON.parse(Files.readString(out));
        JsonObject load = json.getObj("load");
        assertTrue(load.get("baselines").getAsString().value().startsWith("left out"), load.toString());
        assertTrue(load.get("jena_phased_loader_seconds").isNull() && load.get("load_without_identity_seconds").isNull(),
                "neither baseline ran: " + load);
        assertTrue(load.get("quads").getAsNumber().value().longValue() > 1000, "the quads are counted all the same");
        assertEquals("-Xmx700m", json.getObj("parameters").get("load_jvm_options").getAsString().value(),
                "the load and resolve get their own heap");
        assertTrue(load.get("extraction_alone_seconds").getAsNumber().value().doubleValue() > 0,
                "extraction alone, timed on the first 4 articles and scaled to 8: " + load);
        assertFalse(Files.exists(work.resolve("corpus-sample")), "the sample is deleted after");
        assertTrue(load.get("compactions_as_it_went").getAsNumber().value().intValue() >= 1, load.toString());
        long peak = load.get("store_peak_disk_bytes").getAsNumber().value().longValue();
        assertTrue(peak > load.get("store_bytes_after_compact").getAsNumber().value().longValue() / 100 && peak > 0,
                "the store's peak is measured: " + load);
        assertFalse(Files.exists(work.resolve("plain-db")) || Files.exists(work.resolve("jena-db"))
                || Files.exists(work.resolve("quads.nq")), "no second store, no N-Quads");
        JsonObject disk = json.getObj("disk");
        assertTrue(disk.get("peak_bytes_sampled").getAsNumber().value().longValue() > 0
                && disk.get("needed_bytes_estimated").getAsNumber().value().longValue()
                        >= disk.get("peak_bytes_sampled").getAsNumber().value().longValue(),
                "the estimate beforehand covers what the run took: " + disk);
        for (JsonValue v : json.get("figures").getAsArray()) {
            JsonObject f = v.getAsObject();
            assertFalse(f.get("baseline").getAsString().value().startsWith("Jena"), "no Jena figure: " + f);
            assertTrue(f.get("value").isNumber() && f.get("baseline_value").isNumber(), f.toString());
        }
    }
}
