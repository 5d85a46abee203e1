package newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import newsgraph.load.ArticleGraphs;
import newsgraph.store.NamedQuery;
import newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: newsgraph's speed and memory, each figure next to a baseline measured in the same run on
 * the same texts, as a Markdown table on standard output and as JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction, loading, queries and memory against baselines.",
            "Each figure stands next to a baseline measured in the same run: OpenNLP tagging alone, the same articles"
                + " as plain text, Jena's own bulk loader, an HTTP round trip, JVM start-up. The corpus repeats the"
                + " articles of seeds/ (and ../shared/eval/dev when present) under distinct ids, each with a date and"
                + " an outlet. Prints a Markdown table; writes JSON to"
                + " --out. The full run (10,000 articles) takes about 15 minutes on two cores; bench says beforehand"
                + " how much disk it needs under --work and refuses to start without it."})
public final class BenchCommand implements Callable<Integer> {

    /** The parts of the benchmark. */
    enum Part { extraction, ingest, load, queries, spark }

    @Option(names = {"-n", "--articles"}, paramLabel = "N", defaultValue = "10000",
            description = "Articles loaded and queried (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--extract-articles", paramLabel = "N",
            description = "Articles of the extraction part (default: 1000, or --articles if fewer).")
    Integer extractArticles;

    @Option(names = "--ingest-articles", paramLabel = "N",
            description = "Articles of the ingest part, as plain text and as a WARC.gz of HTML pages (default: 1000,"
                    + " or --articles if fewer).")
    Integer ingestArticles;

    @Option(names = "--ingest-runs", paramLabel = "N", defaultValue = "2",
            description = "Loads of each form in the ingest part, alternating (plain, crawl, crawl, plain, ...), the"
                    + " quickest of each kept (default: ${DEFAULT-VALUE}).")
    int ingestRuns;

    @Option(names = "--crawl-mb", paramLabel = "MB", defaultValue = "1024",
            description = "Size of the large crawl the ingest part loads for its peak memory, generated under --work"
                    + " and deleted after; 0 for none (default: ${DEFAULT-VALUE}).")
    int crawlMb;

    @Option(names = "--added", paramLabel = "N", defaultValue = "100",
            description = "Articles added to the loaded database (default: ${DEFAULT-VALUE}).")
    int added;

    @Option(names = "--parts", split = ",", paramLabel = "PART",
            description = "Parts to run: extraction, ingest, load, queries, spark (default: all, spark only with"
                    + " --spark-jars). Queries need a loaded database, so they imply load.")
    Set<Part> parts;

    @Option(names = "--spark-jars", paramLabel = "DIR",
            description = "The jars/ of a Spark 4.0 distribution (Scala 2.13), e.g. $SPARK_HOME/jars: the spark part"
                    + " runs the archive job in local mode with them, as spark-submit does, against extract.")
    Path sparkJars;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Threads for extraction, extraction alone and load (default: the number of cores; the"
                    + " load's own default, one fewer, when not given).")
    Integer threads;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs of each query, after two warm-up runs (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--warm-up-seconds", paramLabel = "S", defaultValue = "300",
            description = "After the queries' and pages' first timings (a server just started, its JIT still"
                    + " compiling): rounds of all of them until serve's JIT compiler settles, for at most S seconds,"
                    + " then each timed again on the warm server; 0: no warm-up (default: ${DEFAULT-VALUE}).")
    double warmUpSeconds;

    @Option(names = "--queries", split = ",", paramLabel = "NAME",
            description = "Time only these named queries (by name, dated, and at the named-query endpoint where the"
                    + " whole run does) and, with 'pages', the entity and article pages; the ASK {} floor always"
                    + " (default: all).")
    List<String> queries;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "bench.json",
            description = "The JSON results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--detail", paramLabel = "LEVEL", defaultValue = "lean",
            description = "The detail level of the loaded articles: lean or full (default: ${DEFAULT-VALUE}).")
    String detail;

    @Option(names = "--db", paramLabel = "DIR",
            description = "With --parts queries alone: time the queries on this database, already loaded, instead of"
                    + " loading one (e.g. a large one loaded beforehand with 'load --compact'); give its --articles"
                    + " too, which decides whether the overviews are timed counted over every article as well.")
    Path db;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the corpus and databases go (default: a new temporary directory, deleted at the end).")
    Path work;

    /** The heap README recommends for large loads: a load keeps little but allocates fast (see README). */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m");

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "An option for the Java processes of newsgraph the benchmark starts (load, extraction"
                    + " alone, serve), instead of the -Xmx512m that README recommends for large loads. Jena's loader"
                    + " always runs with the JVM's defaults.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--load-jvm-option", paramLabel = "OPTION",
            description = "An option for the load and resolve processes alone, instead of those of --jvm-option: a load"
                    + " that compacts as it goes needs a heap that grows with the store (e.g. -Xmx8g at 100,000"
                    + " articles), which serve should not get.")
    List<String> loadJvmOptions = new ArrayList<>();

    @Option(names = "--index-cache", paramLabel = "MB|mapped",
            description = "With the queries: how serve reads the indexes (serve --index-cache): through a cache of MB"
                    + " megabytes in its heap, or mapped. Default: serve's own default for the database's size.")
    String indexCache;

    @Option(names = "--serve-warm-up", paramLabel = "S",
            description = "With the queries: start serve with --warm-up S, so that it warms itself up for at most S"
                    + " seconds before the first timings; 0: not at all (the cold figures are then a server's first"
                    + " requests). Default: serve's own (auto: 120 s for a large database, else none).")
    Integer serveWarmUp;

    @Option(names = "--compact-growth", paramLabel = "K",
            description = "The loads compact as they go: whenever the store takes K times its disk after the last"
                    + " compaction (load --compact-growth K). Default: 2 above --baselines-up-to articles, not at"
                    + " all up to it.")
    Double compactGrowth;

    @Option(names = "--baselines-up-to", paramLabel = "N", defaultValue = "" + LoadBench.BASELINES_UP_TO,
            description = "Above N articles, the load part leaves out the baselines that need a second store's disk:"
                    + " the load without identity on load, and Jena's loader with its N-Quads; and the queries part"
                    + " leaves out the overviews counted over every article (a minute or more a run at 100,000)"
                    + " (default: ${DEFAULT-VALUE}).")
    int baselinesUpTo;

    @Option(names = "--jvm-defaults",
            description = "Run newsgraph's processes with the JVM's default heap (a quarter of the memory).")
    boolean jvmDefaults;

    @Override
    public Integer call() throws Exception {
        String wrong = checkOptions();
        if (wrong != null) {
            System.err.println("newsgraph bench: " + wrong);
            return 2;
        }
        Set<Part> run = parts == null || parts.isEmpty()
                ? EnumSet.of(Part.extraction, Part.ingest, Part.load, Part.queries)
                : EnumSet.copyOf(parts);
        if ((parts == null || parts.isEmpty()) && sparkJars != null) {
            run.add(Part.spark);
        }
        if (run.contains(Part.spark) && (sparkJars == null || !SparkBench.isSparkJars(sparkJars))) {
            System.err.println("newsgraph bench: the spark part needs --spark-jars DIR, the jars/ of a Spark 4.0"
                    + " distribution (Scala 2.13)" + (sparkJars == null ? "" : "; " + sparkJars + " has no spark-core_2.13"));
            return 2;
        }
        boolean givenDatabase = db != null && run.equals(EnumSet.of(Part.queries));
        if (db != null && !givenDatabase) {
            System.err.println("newsgraph bench: --db goes with --parts queries alone (the other parts load their own)");
            return 2;
        }
        if (givenDatabase && !NewsStore.isDatabase(db)) {
            System.err.println("newsgraph bench: no database at " + db);
            return 2;
        }
        if (run.contains(Part.queries) && !givenDatabase) {
            run.add(Part.load);
        }
        int workers = threads != null ? threads : ArticleGraphs.defaultThreads();
        List<String> jvm = jvmDefaults || !jvmOptions.isEmpty() ? jvmOptions : DEFAULT_JVM_OPTIONS;
        List<String> loadJvm = loadJvmOptions.isEmpty() ? jvm : loadJvmOptions;
        int extractN = extractArticles != null ? extractArticles : Math.min(1000, articles);
        if (!Files.isDirectory(Path.of("seeds"))) {
            System.err.println("newsgraph bench: no seeds/ here (" + Path.of("").toAbsolutePath()
                    + "); run bench in the project's directory: its corpus is made from the articles of seeds/"
                    + " and, when present, ../shared/eval/dev");
            return 2;
        }
        int ingestN = ingestArticles != null ? ingestArticles : Math.min(1000, articles);
        Corpus corpus = Corpus.under(Path.of(""));
        long start = System.nanoTime();
        Progress progress = step -> System.err.printf(Locale.ROOT, "newsgraph bench: [%5.0f s] %s%n",
                (System.nanoTime() - start) / 1e9, step);

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("articles", articles);
        parameters.put("extract_articles", extractN);
        parameters.put("ingest_articles", ingestN);
        parameters.put("ingest_runs", ingestRuns);
        parameters.put("large_crawl_mb", crawlMb);
        parameters.put("added_articles", added);
        parameters.put("threads", workers);
        parameters.put("load_threads", threads != null ? Integer.toString(threads) : "load's default (one per core but one)");
        parameters.put("query_runs", queryRuns);
        parameters.put("parts", run.toString());
        if (queries != null) {
            parameters.put("queries", String.join(",", queries));
        }
        // which query files the queries part times: ./queries/ comes before the jar's, and may differ from them
        String queryFiles = run.contains(Part.queries) ? QueryFiles.describe(Path.of("queries")) : null;
        if (queryFiles != null) {
            parameters.put("query_files", queryFiles);
            progress.say("query files: " + queryFiles);
        }
        parameters.put("detail", detail);
        parameters.put("jvm_options", String.join(" ", jvm));
        parameters.put("load_jvm_options", String.join(" ", loadJvm));
        parameters.put("corpus_originals", corpus.originals().size());
        parameters.put("corpus_sources", String.join(", ", corpus.sources()));
        Map<String, String> machine = machine();
        BenchReport report = new BenchReport(machine, commandLine(), parameters);

        Double growth = compactGrowth != null ? compactGrowth : articles > baselinesUpTo ? 2.0 : null;
        parameters.put("compact_growth", growth == null ? "none" : growth.toString());
        parameters.put("baselines_up_to", baselinesUpTo);
        DiskNeed need = DiskNeed.of(articles, added, detail.equals("full"), growth, run.contains(Part.load),
                articles <= baselinesUpTo, run.contains(Part.ingest), ingestN, crawlMb);
        Path where = work != null ? work.toAbsolutePath() : Path.of(System.getProperty("java.io.tmpdir"));
        long free = usableSpace(where);
        parameters.put("disk_needed_bytes", need.total());
        parameters.put("disk_free_bytes", free);
        if (free >= 0 && free < need.total()) {
            System.err.println("newsgraph bench: " + where + " has " + DiskNeed.gb(free) + " free, and this run needs "
                    + need.describe() + ": free some space, give another --work, or fewer --articles");
            return 2;
        }
        progress.say("this run needs " + need.describe() + " of disk under " + where + "; it has "
                + (free >= 0 ? DiskNeed.gb(free) : "an unknown amount") + " free");
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-bench");
        DiskSampler workDisk = DiskSampler.of(dir);
        try {
            if (run.contains(Part.extraction)) {
                progress.say("extraction of " + extractN + " articles against OpenNLP tagging alone, " + workers
                        + " threads");
                report.extraction(new ExtractionBench(corpus, workers).run(extractN));
            }
            if (run.contains(Part.spark)) {
                progress.say("the archive job on Spark local[" + workers + "] against extract, " + extractN
                        + " articles");
                report.spark(new SparkBench(corpus, workers, sparkJars, jvm, dir, progress).run(extractN));
            }
            if (run.contains(Part.ingest)) {
                progress.say("ingest of " + ingestN + " articles from a WARC.gz of HTML pages against plain text"
                        + (crawlMb > 0 ? ", and the peak memory of loading a " + crawlMb + " MB crawl" : ""));
                report.ingest(new IngestBench(corpus, jvm, dir, progress).run(ingestN, ingestRuns, crawlMb));
            }
            if (run.contains(Part.load)) {
                LoadBench load = new LoadBench(corpus, workers, threads != null, jvm, dir, progress).detail(detail)
                        .compactGrowth(growth).baselinesUpTo(baselinesUpTo)
                        .loadJvm(loadJvm);
                report.load(load.run(articles, added));
                if (run.contains(Part.queries)) {
                    report.queries(new QueryBench(load.database(), jvm, queryRuns, progress).only(selected())
                            .serveOptions(serveOptions()).serveWarmUp(serveWarmUp)
                            .countedBaselines(articles <= baselinesUpTo).warmUp(warmUpSeconds).run());
                }
            } else if (givenDatabase) {
                progress.say("the queries on the database " + db);
                report.queries(new QueryBench(db, jvm, queryRuns, progress).only(selected())
                        .serveOptions(serveOptions()).serveWarmUp(serveWarmUp)
                        .countedBaselines(articles <= baselinesUpTo).warmUp(warmUpSeconds).run());
            }
            if (!givenDatabase) {
                // the queries on a database loaded beforehand write nothing under --work: no figure to give
                report.disk(workDisk.peak(), need.total());
            }
        } finally {
            workDisk.close();
            if (work == null) {
                LoadBench.delete(dir);
            }
        }
        machine.put("load_average_at_end", String.format(Locale.ROOT, "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.machine("load_average_at_end", machine.get("load_average_at_end"));
        report.write(out);
        System.out.println("newsgraph bench: " + commandLine());
        machine.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.println("  JVM options of newsgraph's processes: " + (jvm.isEmpty() ? "none" : String.join(" ", jvm)));
        if (queryFiles != null) {
            System.out.println("  query files: " + queryFiles);
        }
        if (!loadJvmOptions.isEmpty()) {
            System.out.println("  JVM options of the load and resolve: " + String.join(" ", loadJvmOptions));
        }
        System.out.println();
        System.out.print(report.table());
        System.out.printf(Locale.ROOT, "%nnewsgraph bench: %.0f s; results in %s%n", (System.nanoTime() - start) / 1e9, out);
        return 0;
    }

    /** Free bytes on the file system of {@code dir} or of its nearest existing parent; -1 when unknown. */
    private static long usableSpace(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace();
                } catch (IOException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private Set<String> selected() {
        return queries == null ? null : Set.copyOf(queries);
    }

    private String checkOptions() {
        if (articles < 1 || added < 1 || queryRuns < 1 || extractArticles != null && extractArticles < 2
                || ingestArticles != null && ingestArticles < 1 || ingestRuns < 1 || crawlMb < 0) {
            return "--articles, --added, --ingest-articles, --ingest-runs and --query-runs must be at least 1,"
                    + " --extract-articles at"
                    + " least 2, --crawl-mb at least 0";
        }
        if (queries != null) {
            for (String q : queries) {
                if (!q.equals(QueryBench.PAGES_PART) && !NamedQuery.available().contains(q)) {
                    return "--queries takes named queries and 'pages', not " + q + "; the queries are: "
                            + String.join(", ", NamedQuery.available());
                }
            }
        }
        if (serveWarmUp != null && serveWarmUp < 0) {
            return "--serve-warm-up must be 0 or more, not " + serveWarmUp;
        }
        if (!(warmUpSeconds >= 0)) {
            return "--warm-up-seconds must be 0 or more, not " + warmUpSeconds;
        }
        if (threads != null && threads < 1) {
            return "--threads must be at least 1, not " + threads;
        }
        if (compactGrowth != null && !(compactGrowth > 1)) {
            return "--compact-growth must be more than 1, not " + compactGrowth;
        }
        if (!List.of("lean", "full").contains(detail)) {
            return "--detail must be lean or full, not " + detail;
        }
        return null;
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("java -jar target/newsgraph.jar bench");
        sb.append(" --articles ").append(articles);
        if (extractArticles != null) {
            sb.append(" --extract-articles ").append(extractArticles);
        }
        if (ingestArticles != null) {
            sb.append(" --ingest-articles ").append(ingestArticles);
        }
        if (ingestRuns != 2) {
            sb.append(" --ingest-runs ").append(ingestRuns);
        }
        if (crawlMb != 1024) {
            sb.append(" --crawl-mb ").append(crawlMb);
        }
        if (parts != null) {
            sb.append(" --parts ").append(String.join(",", parts.stream().map(Enum::name).toList()));
        }
        if (threads != null) {
            sb.append(" --threads ").append(threads);
        }
        if (!detail.equals("lean")) {
            sb.append(" --detail ").append(detail);
        }
        if (compactGrowth != null) {
            sb.append(" --compact-growth ").append(compactGrowth);
        }
        if (baselinesUpTo != LoadBench.BASELINES_UP_TO) {
            sb.append(" --baselines-up-to ").append(baselinesUpTo);
        }
        if (db != null) {
            sb.append(" --db ").append(db);
        }
        if (queries != null) {
            sb.append(" --queries ").append(String.join(",", queries));
        }
        if (sparkJars != null) {
            sb.append(" --spark-jars ").append(sparkJars);
        }
        if (indexCache != null) {
            sb.append(" --index-cache ").append(indexCache);
        }
        if (serveWarmUp != null) {
            sb.append(" --serve-warm-up ").append(serveWarmUp);
        }
        jvmOptions.forEach(o -> sb.append(" --jvm-option=").append(o));
        loadJvmOptions.forEach(o -> sb.append(" --load-jvm-option=").append(o));
        if (jvmDefaults) {
            sb.append(" --jvm-defaults");
        }
        return sb.append(" --out ").append(out).toString();
    }

    private List<String> serveOptions() {
        return indexCache == null ? List.of() : List.of("--index-cache", indexCache);
    }

    /** The machine: cores, memory, JDK, system, and its load when the run began (other work skews timings). */
    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("memory_gb", String.format(Locale.ROOT, "%.1f", os.getTotalMemorySize() / 1024.0 / 1024 / 1024));
        }
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("load_average_at_start", String.format(Locale.ROOT, "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return m;
    }

}
