package newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The benchmark's results: figures next to their baselines, as a Markdown table and as JSON. */
final class BenchReport {

    private static final double MB = 1024.0 * 1024.0;
    /** The targets of issue 4 (two cores). */
    static final double MAX_EXTRACTION_COST = 2.5;
    /** Issue 16: extraction's worker-thread processor time against tagging's (see ExtractionBench). */
    static final double MAX_WORKER_EXTRACTION_COST = 1.6;
    static final double MAX_LINKING_COST = 1.10;
    static final double MIN_ARTICLES_PER_SECOND = 50;
    static final double MAX_STORING_RATIO = 1.25;
    static final double MAX_PER_PERSON_P95_MS = 100;
    /** Issue 15: an entity page, and the named-query endpoint (MAX_PER_PERSON_P95_MS) for a page of 100. */
    static final double MAX_ENTITY_PAGE_P95_MS = 150;
    static final double MAX_RSS_MB = 1536;
    /** Issue 10: reading a crawl of HTML pages costs at most this much more than reading the same plain text. */
    static final double MAX_INGEST_RATIO = 1.3;
    /** Issue 13: the Spark job in local mode at least this fraction of extract's throughput. */
    static final double MIN_SPARK_RATIO = 0.8;

    private final JsonObject json = new JsonObject();
    private final JsonObject machine = new JsonObject();
    private final List<Figure> figures = new ArrayList<>();

    BenchReport(Map<String, String> machine, String command, Map<String, Object> parameters) {
        machine.forEach(this.machine::put);
        json.put("machine", this.machine);
        json.put("command", command);
        JsonObject p = new JsonObject();
        parameters.forEach((k, v) -> {
            if (v instanceof Number n) {
                p.put(k, n.longValue());
            } else {
                p.put(k, String.valueOf(v));
            }
        });
        json.put("parameters", p);
    }

    /** A fact about the machine learnt during the run, e.g. its load at the end. */
    void machine(String key, String value) {
        machine.put(key, value);
    }

    void extraction(ExtractionBench.Result r) {
        JsonObject o = new JsonObject();
        o.put("articles", r.articles());
        o.put("tokens", r.tokens());
        o.put("threads", r.threads());
        o.put("baseline_seconds", Figure.number(r.baselineSeconds()));
        o.put("extraction_seconds", Figure.number(r.extractionSeconds()));
        o.put("baseline_cpu_seconds", Figure.number(r.baselineCpuSeconds()));
        o.put("extraction_cpu_seconds", Figure.number(r.extractionCpuSeconds()));
        o.put("extraction_without_linking_seconds", Figure.number(r.unlinkedSeconds()));
        o.put("extraction_without_linking_cpu_seconds", Figure.number(r.unlinkedCpuSeconds()));
        o.put("baseline_worker_cpu_seconds", Figure.number(r.baselineWorkerCpuSeconds()));
        o.put("extraction_worker_cpu_seconds", Figure.number(r.extractionWorkerCpuSeconds()));
        o.put("warm_up_articles", r.warmUpArticles());
        json.put("extraction", o);
        String base = "OpenNLP sentences, tokens and tags alone";
        figures.add(new Figure("extraction", "time for " + r.articles() + " articles (text to graph)",
                r.extractionSeconds(), "s", base, r.baselineSeconds(), "ratio <= " + MAX_EXTRACTION_COST,
                r.costRatio() <= MAX_EXTRACTION_COST));
        figures.add(new Figure("extraction", "processor time of the worker threads for " + r.articles()
                + " articles, after " + r.warmUpArticles() + " of warm-up (other threads, JIT and GC: "
                + Math.round(100 * r.otherThreadsShare()) + " % of the process's)", r.extractionWorkerCpuSeconds(),
                "s", base + ", its worker threads", r.baselineWorkerCpuSeconds(),
                "ratio <= " + MAX_WORKER_EXTRACTION_COST, r.workerCostRatio() <= MAX_WORKER_EXTRACTION_COST));
        figures.add(new Figure("extraction", "articles/s on " + r.threads() + " threads",
                r.extractionArticlesPerSecond(), "articles/s", base, r.baselineArticlesPerSecond(),
                ">= " + (int) MIN_ARTICLES_PER_SECOND + " articles/s",
                r.extractionArticlesPerSecond() >= MIN_ARTICLES_PER_SECOND));
        figures.add(new Figure("extraction", "time with linking (Wikidata, GeoNames), same articles",
                r.extractionSeconds(), "s", "extraction without linking", r.unlinkedSeconds(),
                "ratio <= " + MAX_LINKING_COST, r.linkingRatio() <= MAX_LINKING_COST));
        figures.add(new Figure("extraction", "tokens/s on " + r.threads() + " threads", r.extractionTokensPerSecond(),
                "tokens/s", base, r.baselineTokensPerSecond(), "", null));
        figures.add(new Figure("extraction", "articles/s " + r.threads() + " idle cores would give (from CPU time)",
                r.extractionArticlesPerSecondOnIdleCores(), "articles/s", base,
                r.baselineArticlesPerSecondOnIdleCores(), "", null));
    }

    void ingest(IngestBench.Result r) {
        JsonObject o = new JsonObject();
        o.put("articles", r.articles());
        o.put("plain_text_load_seconds", Figure.number(r.plainSeconds()));
        o.put("warc_gz_load_seconds", Figure.number(r.crawlSeconds()));
        o.put("plain_text_load_cpu_seconds", Figure.number(r.plainCpu()));
        o.put("warc_gz_load_cpu_seconds", Figure.number(r.crawlCpu()));
        o.put("warc_gz_bytes", r.crawlBytes());
        o.put("plain_text_bytes", r.plainBytes());
        o.put("large_crawl_bytes", r.largeCrawlBytes());
        o.put("large_crawl_articles", r.largeCrawlArticles());
        o.put("large_crawl_records_skipped", r.largeCrawlSkipped());
        o.put("large_crawl_load_seconds", Figure.number(r.largeCrawlSeconds()));
        o.put("large_crawl_load_peak_rss_bytes", r.largeCrawlPeakRss());
        json.put("ingest", o);
        figures.add(new Figure("ingest", "load of " + r.articles() + " articles from a WARC.gz of HTML pages ("
                + String.format(Locale.ROOT, "%.1f", r.crawlBytes() / MB) + " MB)", r.crawlSeconds(), "s",
                "the same articles as plain-text files", r.plainSeconds(), "ratio <= " + MAX_INGEST_RATIO,
                r.ratio() <= MAX_INGEST_RATIO));
        figures.add(new Figure("ingest", "CPU time of that load (steadier than wall time on a shared machine)",
                r.crawlCpu(), "CPU s", "the same articles as plain-text files", r.plainCpu(), "", null));
        if (r.largeCrawlBytes() > 0) {
            figures.add(new Figure("memory", "peak RSS of load of a " + String.format(Locale.ROOT, "%.0f",
                    r.largeCrawlBytes() / MB) + " MB WARC.gz (" + r.largeCrawlArticles() + " pages, "
                    + r.largeCrawlSkipped() + " other records; " + String.format(Locale.ROOT, "%.0f s",
                    r.largeCrawlSeconds()) + ")", r.largeCrawlPeakRss() / MB, "MB", "the crawl's size",
                    r.largeCrawlBytes() / MB, "<= " + (int) MAX_RSS_MB + " MB",
                    r.largeCrawlPeakRss() >= 0 ? r.largeCrawlPeakRss() / MB <= MAX_RSS_MB : null));
        }
    }

    void load(LoadBench.Result r) {
        JsonObject o = new JsonObject();
        o.put("articles", r.articles());
        o.put("quads", r.quads());
        o.put("load_seconds", Figure.number(r.loadSeconds()));
        o.put("storing_seconds_writer_busy", Figure.number(r.storingSeconds()));
        o.put("extraction_alone_seconds", Figure.number(r.extractionSeconds()));
        o.put("storing_part_seconds", Figure.number(r.storingPart()));
        o.put("jena_phased_loader_seconds", Figure.number(r.jenaSeconds()));
        o.put("store_bytes", r.storeBytes());
        o.put("jena_store_bytes", r.jenaStoreBytes());
        o.put("load_peak_rss_bytes", r.peakRss());
        o.put("load_peak_anonymous_bytes", r.peakAnon());
        o.put("load_peak_file_mapped_bytes", r.peakFile());
        o.put("jena_peak_rss_bytes", r.jenaPeakRss());
        o.put("added_articles", r.added());
        o.put("add_seconds", Figure.number(r.addSeconds()));
        o.put("add_storing_seconds", Figure.number(r.addStoringSeconds()));
        o.put("store_bytes_after_add", r.storeBytesAfterAdd());
        o.put("compact_seconds", Figure.number(r.compactSeconds()));
        o.put("store_bytes_after_compact", r.storeBytesAfterCompact());
        o.put("load_cpu_seconds", Figure.number(r.loadCpu()));
        o.put("extraction_alone_cpu_seconds", Figure.number(r.extractionCpu()));
        o.put("jena_cpu_seconds", Figure.number(r.jenaCpu()));
        o.put("resolve_seconds", Figure.number(r.resolveSeconds()));
        o.put("load_without_identity_seconds", Figure.number(r.loadWithoutIdentitySeconds()));
        o.put("store_peak_disk_bytes", r.storePeakBytes());
        o.put("store_disk_bytes_after_compact", r.storeDiskAfterCompact());
        o.put("compactions_as_it_went", r.compactionsAsItWent());
        o.put("baselines", r.baselines() ? "run" : "left out (the load without identity on load, Jena's loader: each"
                + " needs a second store's disk)");
        json.put("load", o);
        String jena = "Jena phased bulk loader, same " + r.quads() + " quads";
        figures.add(r.baselines() ? new Figure("load", "load of " + r.articles() + " articles into an empty database",
                r.loadSeconds(), "s", jena, r.jenaSeconds(), "", null)
                : new Figure("load", "load of " + r.articles() + " articles into an empty database", r.loadSeconds(), "s",
                "extraction alone of the same articles (timed on the first --baselines-up-to of them, scaled)",
                r.extractionSeconds(), "", null));
        figures.add(new Figure("load", "store's peak disk during the load (" + (r.compactionsAsItWent() > 0
                ? r.compactionsAsItWent() + (r.compactionsAsItWent() == 1 ? " compaction" : " compactions")
                + " as it went" : "not compacting as it went") + "; allocated blocks)", r.storePeakBytes() / MB, "MB",
                "the store after compaction, allocated blocks", r.storeDiskAfterCompact() / MB, "", null));
        if (!r.baselines()) {
            // at this size the baselines that need a second store's disk are left out: only newsgraph's own figures
            figures.add(new Figure("load", "resolve: identity across the " + r.articles() + " articles (issue 11)",
                    r.resolveSeconds(), "s", "the load of the same articles", r.loadSeconds(), "ratio <= 1",
                    r.resolveSeconds() <= r.loadSeconds()));
            figures.add(new Figure("load", "CPU time of storing: the load's minus extraction alone's", r.storingCpu(),
                    "CPU s", "CPU time of the load", r.loadCpu(), "", null));
            figures.add(new Figure("load", "store size after compaction (" + String.format(Locale.ROOT, "%.0f s",
                    r.compactSeconds()) + "), " + r.quads() + " quads", r.storeBytesAfterCompact() / MB, "MB",
                    "store size before it", r.storeBytesAfterAdd() / MB, "", null));
            figures.add(new Figure("load", "adding " + r.added() + " articles to it, per article",
                    r.addSeconds() / r.added() * 1000, "ms", "the first load, per article",
                    r.loadSeconds() / r.articles() * 1000, "", null));
            figures.add(new Figure("memory", "peak RSS of the load (extraction and storing)", r.peakRss() / MB, "MB",
                    "the target", MAX_RSS_MB, "<= " + (int) MAX_RSS_MB + " MB",
                    r.peakRss() >= 0 ? r.peakRss() / MB <= MAX_RSS_MB : null));
            return;
        }
        figures.add(new Figure("load", "resolve: identity across the " + r.articles() + " articles (issue 11)",
                r.resolveSeconds(), "s", "the load of the same articles", r.loadSeconds(), "ratio <= 1",
                r.resolveSeconds() <= r.loadSeconds()));
        figures.add(new Figure("load", "load keeping identity current (issue 11)", r.loadSeconds(), "s",
                "the same load without identity on load", r.loadWithoutIdentitySeconds(), "ratio <= 1.10",
                r.loadSeconds() <= 1.10 * r.loadWithoutIdentitySeconds()));
        figures.add(new Figure("load", "storing part of it: load minus extraction alone (" + String.format(Locale.ROOT,
                "%.1f s", r.extractionSeconds()) + ")", r.storingPart(), "s", jena, r.jenaSeconds(),
                "ratio <= " + MAX_STORING_RATIO, r.storingPart() / r.jenaSeconds() <= MAX_STORING_RATIO));
        figures.add(new Figure("load", "storing as the writer thread saw it (busy time, extraction running alongside)",
                r.storingSeconds(), "s", jena, r.jenaSeconds(), "", null));
        figures.add(new Figure("load", "CPU time of storing: the load's minus extraction alone's", r.storingCpu(),
                "CPU s", "CPU time of Jena's phased loader", r.jenaCpu(), "", null));
        figures.add(new Figure("load", "store size on disk", r.storeBytes() / MB, "MB", "the store Jena's loader built",
                r.jenaStoreBytes() / MB, "", null));
        double perArticle = r.storeBytes() / (double) r.articles();
        figures.add(new Figure("load", "growth from adding " + r.added() + " articles to it",
                (r.storeBytesAfterAdd() - r.storeBytes()) / MB, "MB",
                r.added() + " x the store's size per article", r.added() * perArticle / MB, "", null));
        figures.add(new Figure("load", "store size after compaction (" + String.format(Locale.ROOT, "%.0f s", r.compactSeconds())
                + ")", r.storeBytesAfterCompact() / MB, "MB", "the store Jena's loader built", r.jenaStoreBytes() / MB,
                "", null));
        figures.add(new Figure("load", "adding " + r.added() + " articles to it, per article",
                r.addSeconds() / r.added() * 1000, "ms", "the first load, per article",
                r.loadSeconds() / r.articles() * 1000, "", null));
        figures.add(new Figure("memory", "peak RSS of the load (extraction and storing)", r.peakRss() / MB, "MB",
                "peak RSS of Jena's phased loader", r.jenaPeakRss() / MB, "<= " + (int) MAX_RSS_MB + " MB",
                r.peakRss() >= 0 ? r.peakRss() / MB <= MAX_RSS_MB : null));
    }

    /** The most disk the run took under --work (sampled), against what it said beforehand it needs. */
    void disk(long peakBytes, long neededBytes) {
        JsonObject o = new JsonObject();
        o.put("peak_bytes_sampled", peakBytes);
        o.put("needed_bytes_estimated", neededBytes);
        json.put("disk", o);
        figures.add(new Figure("disk", "peak disk under --work (allocated blocks, sampled every 2 s)", peakBytes / MB,
                "MB", "what bench estimated beforehand it needs", neededBytes / MB, "ratio <= 1",
                peakBytes <= neededBytes));
    }

    void spark(SparkBench.Result r) {
        JsonObject o = new JsonObject();
        o.put("articles", r.articles());
        o.put("cores", r.cores());
        o.put("runs_each", 2);
        o.put("extract_seconds", Figure.number(r.extractSeconds()));
        o.put("spark_seconds", Figure.number(r.sparkSeconds()));
        o.put("extract_cpu_seconds", Figure.number(r.extractCpu()));
        o.put("spark_cpu_seconds", Figure.number(r.sparkCpu()));
        o.put("small_articles", SparkBench.SMALL);
        o.put("small_extract_seconds", Figure.number(r.smallExtractSeconds()));
        o.put("small_spark_seconds", Figure.number(r.smallSparkSeconds()));
        o.put("small_extract_cpu_seconds", Figure.number(r.smallExtractCpu()));
        o.put("small_spark_cpu_seconds", Figure.number(r.smallSparkCpu()));
        o.put("extractor_loads", r.extractorLoads());
        o.put("nquads_gz_bytes", r.nquadsBytes());
        o.put("parquet_bytes", r.parquetBytes());
        o.put("statements", r.statements());
        json.put("spark", o);
        String base = "extract --format nq, " + r.cores() + " threads";
        figures.add(new Figure("spark", "archive job, Spark local[" + r.cores() + "], " + r.articles()
                + " articles to N-Quads and Parquet: articles/s (start to end)", r.sparkArticlesPerSecond(),
                "articles/s", base, r.extractArticlesPerSecond(), "ratio >= " + MIN_SPARK_RATIO,
                r.sparkArticlesPerSecond() / r.extractArticlesPerSecond() >= MIN_SPARK_RATIO));
        figures.add(new Figure("spark", "articles/s after the first " + SparkBench.SMALL + " (without start-up)",
                r.sparkMarginalArticlesPerSecond(), "articles/s", base, r.extractMarginalArticlesPerSecond(),
                "ratio >= " + MIN_SPARK_RATIO,
                r.sparkMarginalArticlesPerSecond() / r.extractMarginalArticlesPerSecond() >= MIN_SPARK_RATIO));
        figures.add(new Figure("spark", "articles per CPU second after the first " + SparkBench.SMALL
                + " (per idle core)", r.sparkMarginalArticlesPerCpuSecond(), "articles/s", base,
                r.extractMarginalArticlesPerCpuSecond(), "", null));
        figures.add(new Figure("spark", "start-up: " + SparkBench.SMALL + " articles, start to end",
                r.smallSparkSeconds(), "s", base, r.smallExtractSeconds(), "", null));
        figures.add(new Figure("spark", "extractor loads in the one executor JVM", r.extractorLoads(), "loads",
                "executor JVMs", 1, "= 1", r.extractorLoads() == 1));
        figures.add(new Figure("spark", "gzipped N-Quads per article", r.nquadsBytes() / 1024.0 / r.articles(), "KB",
                "Parquet tables per article", r.parquetBytes() / 1024.0 / r.articles(), "", null));
    }

    void queries(QueryBench.Result r) {
        JsonObject o = new JsonObject();
        o.put("serve_to_first_answer_seconds", Figure.number(r.startSeconds()));
        o.put("jvm_start_seconds", Figure.number(r.jvmStartSeconds()));
        o.put("serve_peak_rss_bytes", r.serveRss());
        o.put("serve_peak_anon_bytes", r.serveAnon());
        o.put("serve_peak_file_bytes", r.serveFile());
        o.put("serve_indexes", r.serveIndexes());
        o.put("serve_warm_up", r.serveWarmUp());
        latencies(o, "queries", "pages", r.roundTrip(), r.queries(), r.pages());
        json.put("queries", o);
        QueryBench.Warm warm = r.warm();
        if (warm != null) {
            JsonObject w = new JsonObject();
            w.put("rounds", warm.rounds());
            w.put("seconds", Figure.number(warm.seconds()));
            w.put("compiler_seconds", Figure.number(warm.compilerSeconds()));
            w.put("settled", warm.settled());
            latencies(w, "queries, warm", "pages, warm", warm.roundTrip(), warm.queries(), warm.pages());
            o.put("warm", w);
            figures.add(new Figure("queries, warm", "warm-up: " + warm.rounds() + " rounds of the requests, "
                    + (warm.settled() ? "until serve's JIT compiler settled" : "the compiler not settled in the time given")
                    + ": its processor time", warm.compilerSeconds(), "s", "the warm-up's time", warm.seconds(), "", null));
        }
        // a server that warms itself up answers its first query only after it (it says it is ready after that)
        figures.add(new Figure("memory", "serve: start to first answered query" + (r.serveWarmUp().isEmpty() ? ""
                : ", after its own warm-up (" + r.serveWarmUp().replaceFirst(":.*", "") + ")"), r.startSeconds(), "s",
                "JVM start: newsgraph --version", r.jvmStartSeconds(), "", null));
        // which way the server read its indexes decides this figure: say it beside the figure
        figures.add(new Figure("memory", "serve: peak RSS over the queries, indexes " + r.serveIndexes()
                .replaceFirst(" \\(.*", ""), r.serveRss() / MB, "MB", "its anonymous part (heap and the JVM's own), peak",
                r.serveAnon() / MB, "<= " + (int) MAX_RSS_MB + " MB",
                r.serveRss() >= 0 ? r.serveRss() / MB <= MAX_RSS_MB : null));
    }

    /** The latencies of the queries and of the pages into {@code o} and the figures, against the floor of their run. */
    private void latencies(JsonObject o, String queryPart, String pagePart, QueryBench.Latency roundTrip,
            List<QueryBench.Latency> queries, List<QueryBench.Latency> pages) {
        JsonArray list = new JsonArray();
        for (QueryBench.Latency l : queries) {
            JsonObject q = new JsonObject();
            q.put("query", l.query());
            JsonObject params = new JsonObject();
            l.parameters().forEach(params::put);
            q.put("parameters", params);
            q.put("rows", l.rows());
            q.put("runs", l.runs());
            q.put("p50_ms", Figure.number(l.p50()));
            q.put("p95_ms", Figure.number(l.p95()));
            q.put("per_person", QueryBench.PER_PERSON.contains(l.query()));
            list.add(q);
        }
        o.put("latencies", list);
        o.put("round_trip_p50_ms", Figure.number(roundTrip.p50()));
        o.put("round_trip_p95_ms", Figure.number(roundTrip.p95()));
        for (QueryBench.Latency l : queries) {
            // the per-person queries and the overviews read from the statistics have issue 16's target
            boolean perPerson = QueryBench.hasTarget(l.query());
            String label = l.query() + (l.parameters().isEmpty() ? "" : " " + l.parameters()) + ", " + l.rows() + " rows";
            figures.add(new Figure(queryPart, label + ": p50", l.p50(), "ms", "ASK {} round trip p50",
                    roundTrip.p50(), "", null));
            figures.add(new Figure(queryPart, label + ": p95", l.p95(), "ms", "ASK {} round trip p95",
                    roundTrip.p95(), perPerson ? "< " + (int) MAX_PER_PERSON_P95_MS + " ms" : "",
                    perPerson ? l.p95() < MAX_PER_PERSON_P95_MS : null));
        }
        JsonArray pageList = new JsonArray();
        for (QueryBench.Latency l : pages) {
            JsonObject q = new JsonObject();
            q.put("request", l.query());
            q.put("path", l.parameters().get("path"));
            q.put("kilobytes", l.rows());
            q.put("runs", l.runs());
            q.put("p50_ms", Figure.number(l.p50()));
            q.put("p95_ms", Figure.number(l.p95()));
            pageList.add(q);
            Double target = null;
            if (l.query().startsWith(QueryBench.ENTITY_PAGE)) {
                target = MAX_ENTITY_PAGE_P95_MS;
            } else if (l.query().startsWith(QueryBench.NAMED_QUERY_ENDPOINT)) {
                target = MAX_PER_PERSON_P95_MS;
            }
            String label = l.query() + ", " + l.rows() + " KB";
            figures.add(new Figure(pagePart, label + ": p50", l.p50(), "ms", "ASK {} round trip p50",
                    roundTrip.p50(), "", null));
            figures.add(new Figure(pagePart, label + ": p95", l.p95(), "ms", "ASK {} round trip p95",
                    roundTrip.p95(), target == null ? "" : "< " + target.intValue() + " ms",
                    target == null ? null : l.p95() < target));
        }
        o.put("pages", pageList);
    }

    List<Figure> figures() {
        return figures;
    }

    /** The figures as a Markdown table. */
    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| part | figure | value | baseline (same run) | baseline value | ratio | target | holds |\n");
        sb.append("|---|---|---:|---|---:|---:|---|---|\n");
        for (Figure f : figures) {
            sb.append("| ").append(f.part()).append(" | ").append(f.name()).append(" | ")
                    .append(format(f.value())).append(' ').append(f.unit()).append(" | ")
                    .append(f.baseline()).append(" | ").append(format(f.base())).append(' ').append(f.unit())
                    .append(" | ").append(Double.isFinite(f.ratio()) ? String.format(Locale.ROOT, "%.2f", f.ratio()) : "-")
                    .append(" | ").append(f.target().isEmpty() ? "-" : f.target())
                    .append(" | ").append(f.holds() == null ? "-" : f.holds() ? "yes" : "**no**").append(" |\n");
        }
        return sb.toString();
    }

    void write(Path file) {
        JsonArray list = new JsonArray();
        figures.forEach(f -> list.add(f.json()));
        json.put("figures", list);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                JSON.write(out, json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String format(double d) {
        if (!Double.isFinite(d)) {
            return "-";
        }
        double a = Math.abs(d);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", d);
    }
}
