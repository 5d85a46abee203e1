package newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsgraph.store.FileTrees;
import newsgraph.store.NewsStore;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Loading against Jena's own bulk loader, on the same quads: {@code newsgraph load} of the corpus into an
 * empty database (a process of its own, watched for its time and peak memory); extraction alone of the
 * same files on every core (so that the storing part of the load is its time minus the quickest extraction;
 * the load itself runs with its own default threads, one core being its writer's, unless the bench was given
 * {@code --threads});
 * the database's quads written out as N-Quads and loaded by Jena's phased loader (the default of
 * {@code tdb2.tdbloader}) into another empty database; then 100 more articles added to the loaded database.
 */
final class LoadBench {

    private static final Pattern SUMMARY = Pattern.compile("; ([0-9.]+) s, ([0-9.]+) s of it storing");
    private static final Pattern JENA = Pattern.compile("seconds=([0-9.]+) quads=([0-9]+)");
    private static final Pattern SECONDS = Pattern.compile("seconds=([0-9.]+)");
    /** The line of a load that compacted as it went: "N compactions as it went (…) … (peak B bytes)". */
    private static final Pattern PEAK = Pattern.compile("(\\d+) compactions? as it went .*\\(peak (\\d+) bytes\\)");
    private static final Pattern RESOLVED = Pattern.compile("; ([0-9.]+) s \\(database");

    /** Timings in seconds, sizes and memory in bytes. */
    record Result(int articles, long quads, double loadSeconds, double storingSeconds, double extractionSeconds,
                  double jenaSeconds, long storeBytes, long jenaStoreBytes, long peakRss, long peakAnon, long peakFile,
                  long jenaPeakRss, int added, double addSeconds, double addStoringSeconds, long storeBytesAfterAdd,
                  double loadCpu, double extractionCpu, double jenaCpu, double compactSeconds,
                  long storeBytesAfterCompact, double resolveSeconds, double loadWithoutIdentitySeconds,
                  long storePeakBytes, int compactionsAsItWent, long storeDiskAfterCompact) {

        /** Whether Jena's loader and the load without identity ran (not above {@link #BASELINES_UP_TO} articles). */
        boolean baselines() {
            return !Double.isNaN(jenaSeconds);
        }

        /** CPU seconds of storing: the load's minus extraction alone's (both load the models, both start a JVM). */
        double storingCpu() {
            return loadCpu - extractionCpu;
        }

        /** The storing part of the load as the issue defines it: the load's time minus extraction alone. */
        double storingPart() {
            return loadSeconds - extractionSeconds;
        }
    }

    private final Corpus corpus;
    private final int threads;
    private final boolean threadsGiven;
    private final List<String> jvmOptions;
    private List<String> loadJvmOptions;
    private final Path work;
    private final Progress progress;
    private String detail = "lean";
    private Double compactGrowth;

    private int baselinesUpTo = BASELINES_UP_TO;

    /**
     * By default, above this many articles the load part leaves out the baselines that take a second store's disk: the load
     * without identity on load (a second newsgraph store) and Jena's loader (the quads written out, and Jena's store).
     * At 100,000 articles they would need about 60 and 30 GB more; their ratios are those of smaller runs.
     */
    static final int BASELINES_UP_TO = 20_000;

    /** {@code threadsGiven}: the load gets {@code --threads threads} too, else it takes its own default. */
    LoadBench(Corpus corpus, int threads, boolean threadsGiven, List<String> jvmOptions, Path work, Progress progress) {
        this.threadsGiven = threadsGiven;
        this.corpus = corpus;
        this.threads = threads;
        this.jvmOptions = jvmOptions;
        this.loadJvmOptions = jvmOptions;
        this.work = work;
        this.progress = progress;
    }

    /** The detail level of the loads ({@code load --detail}). */
    LoadBench detail(String detail) {
        this.detail = detail;
        return this;
    }

    /** Above this many articles, the baselines that need a second store's disk are left out. */
    LoadBench baselinesUpTo(int articles) {
        this.baselinesUpTo = articles;
        return this;
    }

    /**
     * The options of the load and resolve processes, when they differ from the others' (a load that compacts as it
     * goes needs a heap that grows with the store: TDB2 copies the whole database in one write transaction).
     */
    LoadBench loadJvm(List<String> options) {
        this.loadJvmOptions = options;
        return this;
    }

    /** The loads compact as they go ({@code load --compact-growth K}); null: they do not. */
    LoadBench compactGrowth(Double factor) {
        this.compactGrowth = factor;
        return this;
    }

    /** Where the loaded database is (for the query benchmark). */
    Path database() {
        return work.resolve("newsgraph-db");
    }

    Result run(int articles, int added) {
        Path corpusDir = work.resolve("corpus");
        progress.say("writing the corpus of " + articles + " articles (JSON Lines, with dates and outlets) to "
                + corpusDir);
        corpus.writeJsonLines(corpusDir, 0, articles);

        progress.say("newsgraph load of " + articles + " articles into an empty database (a process of its own"
                + (compactGrowth == null ? "" : String.format(java.util.Locale.ROOT, ", compacting whenever it"
                + " reaches %.2f times its size after the last compaction", compactGrowth)) + ")");
        ChildJvm.Finished load;
        long sampledPeak;
        try (DiskSampler sampler = DiskSampler.of(database())) {
            load = load(corpusDir);
            sampledPeak = sampler.peak();
        }
        Matcher ownPeak = PEAK.matcher(String.join("\n", load.err()));
        long storePeak = Math.max(sampledPeak, ownPeak.find() ? Long.parseLong(ownPeak.group(2)) : 0);
        int compactions = ownPeak.reset().find() ? Integer.parseInt(ownPeak.group(1)) : 0;
        Matcher summary = SUMMARY.matcher(load.lastErrLine("newsgraph load: loaded"));
        if (!summary.find()) {
            throw new IllegalStateException("no summary line from load:\n" + String.join("\n", load.err()));
        }
        double loadSeconds = Double.parseDouble(summary.group(1));
        double storingSeconds = Double.parseDouble(summary.group(2));

        // issue 11: identity over the whole store, and the load again without keeping identity current
        progress.say("newsgraph resolve of the " + articles + "-article database (a process of its own)");
        double resolveSeconds = resolve();
        boolean baselines = articles <= baselinesUpTo;
        double loadWithoutIdentitySeconds = Double.NaN;
        if (baselines) {
            progress.say("newsgraph load of the same " + articles + " articles without identity on load (a process of"
                    + " its own)");
            Path plainDb = work.resolve("plain-db");
            ChildJvm.Finished plain = load(corpusDir, plainDb, true);
            Matcher plainSummary = SUMMARY.matcher(plain.lastErrLine("newsgraph load: loaded"));
            if (!plainSummary.find()) {
                throw new IllegalStateException("no summary line from load:\n" + String.join("\n", plain.err()));
            }
            loadWithoutIdentitySeconds = Double.parseDouble(plainSummary.group(1));
            delete(plainDb);
        } else {
            progress.say("left out above " + String.format(java.util.Locale.ROOT, "%,d", baselinesUpTo) + " articles: the"
                    + " load without identity on load and Jena's loader (each needs a second store's disk; their"
                    + " ratios are those of smaller runs)");
        }

        // above the baselines, extraction alone runs on the first baselinesUpTo articles and is scaled: the corpus
        // repeats its texts in turn, so each further article costs extraction what one of the sample did
        int sample = baselines ? articles : Math.min(articles, baselinesUpTo);
        Path sampleDir = corpusDir;
        if (sample < articles) {
            sampleDir = work.resolve("corpus-sample");
            corpus.writeJsonLines(sampleDir, 0, sample);
        }
        progress.say("extraction alone of " + (sample < articles ? "the first " + sample + " of the " : "the same ")
                + articles + " articles on " + threads + " threads (a process of its own)"
                + (sample < articles ? ", scaled to all of them" : ""));
        ChildJvm.Finished extraction = extractionAlone(sampleDir);
        Matcher extractionLine = SECONDS.matcher(String.join("\n", extraction.out()));
        extractionLine.find();
        double scale = articles / (double) sample;
        double extractionSeconds = Double.parseDouble(extractionLine.group(1)) * scale;
        double extractionCpu = extraction.cpuSeconds() * scale;
        if (sample < articles) {
            delete(sampleDir);
        }

        long quadCount;
        double jenaSeconds = Double.NaN;
        double jenaCpu = Double.NaN;
        long jenaStoreBytes = -1;
        long jenaPeakRss = -1;
        if (baselines) {
            Path quads = work.resolve("quads.nq");
            progress.say("writing the database's quads to " + quads);
            quadCount = writeQuads(database(), quads);

            progress.say("Jena's phased bulk loader on those " + quadCount + " quads (a process of its own)");
            Path jenaDb = work.resolve("jena-db");
            // Jena's loader runs as Jena ships it, with the JVM's own heap: more memory only helps it
            ChildJvm.Finished jena = ChildJvm.run(List.of(), JenaBulkLoad.class.getName(),
                    List.of(jenaDb.toString(), quads.toString()));
            Matcher jenaLine = JENA.matcher(String.join("\n", jena.out()));
            if (jena.exit() != 0 || !jenaLine.find()) {
                throw new IllegalStateException("Jena's loader failed:\n" + String.join("\n", jena.err()));
            }
            delete(quads);
            jenaSeconds = Double.parseDouble(jenaLine.group(1));
            jenaCpu = jena.cpuSeconds();
            jenaPeakRss = jena.peakRss();
            jenaStoreBytes = sizeOf(jenaDb);
            delete(jenaDb);
        } else {
            quadCount = countQuads(database());
        }
        long storeBytes = sizeOf(database());

        Path more = work.resolve("more");
        corpus.writeJsonLines(more, articles, added);
        progress.say("newsgraph load of " + added + " more articles into the " + articles + "-article database");
        ChildJvm.Finished add = load(more);
        Matcher addSummary = SUMMARY.matcher(add.lastErrLine("newsgraph load: loaded"));
        if (!addSummary.find()) {
            throw new IllegalStateException("no summary line from load:\n" + String.join("\n", add.err()));
        }
        long afterAdd = sizeOf(database());
        progress.say("compacting the database");
        long compactStart = System.nanoTime();
        try (NewsStore store = NewsStore.openExisting(database())) {
            store.compact();
        }
        double compactSeconds = (System.nanoTime() - compactStart) / 1e9;
        return new Result(articles, quadCount, loadSeconds, storingSeconds, extractionSeconds,
                jenaSeconds, storeBytes, jenaStoreBytes, load.peakRss(), load.peakAnon(),
                load.peakFile(), jenaPeakRss, added, Double.parseDouble(addSummary.group(1)),
                Double.parseDouble(addSummary.group(2)), afterAdd, load.cpuSeconds(), extractionCpu,
                jenaCpu, compactSeconds, sizeOf(database()), resolveSeconds, loadWithoutIdentitySeconds, storePeak,
                compactions, newsgraph.store.DiskUse.of(database()));
    }

    /** {@code newsgraph resolve} of the loaded database in a process of its own; its own timing, in seconds. */
    private double resolve() {
        ChildJvm.Finished run = ChildJvm.run(loadJvmOptions, ChildJvm.NEWSGRAPH,
                List.of("resolve", "--db", database().toString()));
        Matcher seconds = RESOLVED.matcher(run.lastErrLine("newsgraph resolve:"));
        if (run.exit() != 0 || !seconds.find()) {
            throw new IllegalStateException("resolve failed (exit " + run.exit() + "):\n" + String.join("\n", run.err()));
        }
        return Double.parseDouble(seconds.group(1));
    }

    private ChildJvm.Finished load(Path corpusDir) {
        return load(corpusDir, database(), false);
    }

    private ChildJvm.Finished load(Path corpusDir, Path db, boolean withoutIdentity) {
        List<String> args = new ArrayList<>(List.of("load", corpusDir.toString(), "--db", db.toString(),
                "--detail", detail));
        if (withoutIdentity) {
            args.add("--no-identity");
        }
        if (compactGrowth != null) {
            args.addAll(List.of("--compact-growth", Double.toString(compactGrowth)));
        }
        if (threadsGiven) {
            args.addAll(List.of("--threads", Integer.toString(threads)));
        }
        ChildJvm.Finished load = ChildJvm.run(loadJvmOptions, ChildJvm.NEWSGRAPH, args);
        if (load.exit() != 0) {
            throw new IllegalStateException("load failed (exit " + load.exit() + "):\n" + String.join("\n", load.err()));
        }
        return load;
    }

    /** Extraction alone, in a process of its own as {@code load} has, timed as {@code load} times itself. */
    private ChildJvm.Finished extractionAlone(Path corpusDir) {
        ChildJvm.Finished run = ChildJvm.run(jvmOptions, ExtractionAlone.class.getName(),
                List.of(corpusDir.toString(), Integer.toString(threads)));
        Matcher line = SECONDS.matcher(String.join("\n", run.out()));
        if (run.exit() != 0 || !line.find()) {
            throw new IllegalStateException("extraction alone failed:\n" + String.join("\n", run.err()));
        }
        return run;
    }

    /** Every quad of the database, in N-Quads; returns how many. */
    static long writeQuads(Path db, Path file) {
        try (NewsStore store = NewsStore.openExisting(db);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long[] count = new long[1];
            Txn.executeRead(store.dataset(), () -> {
                java.util.Iterator<Quad> quads = store.dataset().asDatasetGraph().find();
                RDFDataMgr.writeQuads(out, new java.util.Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return quads.hasNext();
                    }

                    @Override
                    public Quad next() {
                        count[0]++;
                        return quads.next();
                    }
                });
            });
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Every quad of the database, counted (when no N-Quads are written for Jena's loader). */
    static long countQuads(Path db) {
        try (NewsStore store = NewsStore.openExisting(db)) {
            return Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(
                    store.dataset().asDatasetGraph().find()));
        }
    }

    static List<Path> filesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The bytes of the files under {@code dir}. */
    static long sizeOf(Path dir) {
        try {
            return FileTrees.lengths(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    static void delete(Path path) {
        try {
            FileTrees.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
