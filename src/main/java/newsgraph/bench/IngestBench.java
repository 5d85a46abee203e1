package newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading news as it comes against reading plain text: {@code newsgraph load} of the same articles as plain-text
 * files and as a WARC.gz of HTML pages (with JSON-LD, Open Graph and the page around the article), each into an
 * empty database in a process of its own, {@code runs} times each in the order plain, crawl, crawl, plain, … (so
 * that a drift in the machine's load hits both alike), the quickest of each kept. Then, for memory, {@code load} of a large crawl (pages with a
 * 100 KB inline script, each followed by two images) generated under the work directory and deleted after: its peak
 * resident memory.
 */
final class IngestBench {

    private static final Pattern SUMMARY = Pattern.compile("; ([0-9.]+) s, ([0-9.]+) s of it storing");
    private static final Pattern SKIPPED = Pattern.compile("(\\d+) records without an article");
    static final int SCRIPT_BYTES = 100_000;
    static final int IMAGES_PER_PAGE = 2;
    static final int IMAGE_BYTES = 250_000;

    /** Timings in seconds, sizes in bytes; the large crawl's figures are -1 when it was not run. */
    record Result(int articles, double plainSeconds, double crawlSeconds, double plainCpu, double crawlCpu,
                  long crawlBytes, long plainBytes,
                  long largeCrawlBytes, int largeCrawlArticles, int largeCrawlSkipped, double largeCrawlSeconds,
                  long largeCrawlPeakRss) {

        double ratio() {
            return crawlSeconds / plainSeconds;
        }
    }

    private final Corpus corpus;
    private final List<String> jvmOptions;
    private final Path work;
    private final Progress progress;

    IngestBench(Corpus corpus, List<String> jvmOptions, Path work, Progress progress) {
        this.corpus = corpus;
        this.jvmOptions = jvmOptions;
        this.work = work;
        this.progress = progress;
    }

    /** {@code largeCrawlMb}: the size of the large crawl in MB, 0 for none. */
    Result run(int articles, int runs, int largeCrawlMb) throws java.io.IOException {
        Path plain = work.resolve("ingest-plain");
        Path crawlDir = Files.createDirectories(work.resolve("ingest-crawl"));
        progress.say("writing " + articles + " articles as plain text and as a WARC.gz of HTML pages");
        corpus.write(plain, 0, articles);
        long crawlBytes = new CrawlWriter(corpus).write(crawlDir.resolve("crawl.warc.gz"), 0, articles);
        double plainBest = Double.MAX_VALUE;
        double crawlBest = Double.MAX_VALUE;
        double plainCpu = Double.MAX_VALUE;
        double crawlCpu = Double.MAX_VALUE;
        List<Path> order = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            order.addAll(i % 2 == 0 ? List.of(plain, crawlDir) : List.of(crawlDir, plain));
        }
        for (Path input : order) {
            String what = input == plain ? "plain text" : "WARC.gz";
            progress.say("newsgraph load of the " + articles + " articles from " + what + " into an empty database");
            ChildJvm.Finished load = load(input, "ingest-db");
            double seconds = seconds(load, articles);
            if (input == plain) {
                plainBest = Math.min(plainBest, seconds);
                plainCpu = Math.min(plainCpu, load.cpuSeconds());
            } else {
                crawlBest = Math.min(crawlBest, seconds);
                crawlCpu = Math.min(crawlCpu, load.cpuSeconds());
            }
        }
        long plainBytes = LoadBench.sizeOf(plain);
        LoadBench.delete(plain);
        LoadBench.delete(crawlDir);

        long largeBytes = -1;
        int largeArticles = -1;
        int largeSkipped = -1;
        double largeSeconds = -1;
        long largeRss = -1;
        if (largeCrawlMb > 0) {
            Path largeDir = Files.createDirectories(work.resolve("large-crawl"));
            progress.say("writing a crawl of " + largeCrawlMb + " MB (pages with a " + SCRIPT_BYTES / 1000
                    + " KB inline script, " + IMAGES_PER_PAGE + " images each) to " + largeDir);
            largeBytes = new CrawlWriter(corpus, SCRIPT_BYTES, IMAGES_PER_PAGE, IMAGE_BYTES).write(
                    largeDir.resolve("large.warc.gz"), 0, Integer.MAX_VALUE, largeCrawlMb * 1024L * 1024L);
            progress.say("newsgraph load of that crawl into an empty database, watched for its peak memory");
            ChildJvm.Finished load = load(largeDir, "large-db");
            String summary = load.lastErrLine("newsgraph load: loaded");
            Matcher n = Pattern.compile("loaded (\\d+) article").matcher(summary);
            largeArticles = n.find() ? Integer.parseInt(n.group(1)) : -1;
            Matcher skipped = SKIPPED.matcher(summary);
            largeSkipped = skipped.find() ? Integer.parseInt(skipped.group(1)) : 0;
            largeSeconds = seconds(load, largeArticles);
            largeRss = load.peakRss();
            LoadBench.delete(largeDir);
            LoadBench.delete(work.resolve("large-db"));
        }
        return new Result(articles, plainBest, crawlBest, plainCpu, crawlCpu, crawlBytes, plainBytes, largeBytes, largeArticles,
                largeSkipped, largeSeconds, largeRss);
    }

    private ChildJvm.Finished load(Path input, String database) {
        Path db = work.resolve(database);
        LoadBench.delete(db);
        List<String> args = new ArrayList<>(List.of("load", input.toString(), "--db", db.toString()));
        ChildJvm.Finished load = ChildJvm.run(jvmOptions, ChildJvm.NEWSGRAPH, args);
        if (load.exit() != 0) {
            throw new IllegalStateException("load failed (exit " + load.exit() + "):\n" + String.join("\n", load.err()));
        }
        LoadBench.delete(db);
        return load;
    }

    /** The load's own time (models included), checked to have loaded every article. */
    private static double seconds(ChildJvm.Finished load, int articles) {
        String summary = load.lastErrLine("newsgraph load: loaded");
        Matcher m = SUMMARY.matcher(summary);
        if (!m.find() || !summary.startsWith("newsgraph load: loaded " + articles + " article")) {
            throw new IllegalStateException("load did not load the " + articles + " articles:\n"
                    + String.join("\n", load.err()));
        }
        return Double.parseDouble(m.group(1));
    }
}
