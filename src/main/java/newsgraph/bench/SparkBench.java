package newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The archive job on Spark in local mode against the single-machine path, on the same article files and
 * cores: {@code spark-submit --master local[N] --class newsgraph.spark.ArchiveJob} (run as spark-submit runs
 * it: {@code java -cp "SPARK_JARS/*" org.apache.spark.deploy.SparkSubmit} with the module options of Spark's
 * launcher) writing N-Quads and the Parquet tables, and {@code extract --format nq --output-dir} on N threads.
 * Both are processes of their own, timed from start to end (start-up and model loading included); they
 * alternate (extract, Spark, Spark, extract) so that a drift in the machine's load hits both alike.
 */
final class SparkBench {

    /** What spark-submit's launcher adds for Java 17 (org.apache.spark.launcher.JavaModuleOptions). */
    static final List<String> SPARK_JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");
    /** spark-submit's default driver memory (local mode runs the executor in the driver). */
    static final String DRIVER_MEMORY = "-Xmx1g";

    private static final Pattern SUMMARY = Pattern.compile(
            "newsgraph spark: ([0-9]+) articles: ([0-9]+) statements.*; ([0-9]+) failed .*extractor loaded ([0-9]+) time");

    /**
     * Seconds and CPU seconds are sums over the two runs of each at the full size; the {@code small} figures are
     * one run of each at {@link #SMALL} articles, so that the difference is the cost of the other articles
     * alone, without start-up, model loading and the compiler's warm-up.
     */
    record Result(int articles, int cores, double extractSeconds, double sparkSeconds, double extractCpu,
                  double sparkCpu, double smallExtractSeconds, double smallSparkSeconds, double smallExtractCpu,
                  double smallSparkCpu, long extractorLoads, long nquadsBytes, long parquetBytes, long statements) {

        double extractArticlesPerSecond() {
            return 2 * articles / extractSeconds;
        }

        double sparkArticlesPerSecond() {
            return 2 * articles / sparkSeconds;
        }

        /** Articles per second beyond the first {@link #SMALL}: the rate once started. */
        double extractMarginalArticlesPerSecond() {
            return (articles - SMALL) / (extractSeconds / 2 - smallExtractSeconds);
        }

        double sparkMarginalArticlesPerSecond() {
            return (articles - SMALL) / (sparkSeconds / 2 - smallSparkSeconds);
        }

        /** Articles per CPU second beyond the first {@link #SMALL}: per core on idle cores. */
        double extractMarginalArticlesPerCpuSecond() {
            return (articles - SMALL) / (extractCpu / 2 - smallExtractCpu);
        }

        double sparkMarginalArticlesPerCpuSecond() {
            return (articles - SMALL) / (sparkCpu / 2 - smallSparkCpu);
        }
    }

    /** The size of the short runs that measure start-up. */
    static final int SMALL = 100;

    private final Corpus corpus;
    private final int cores;
    private final Path sparkJars;
    private final List<String> jvmOptions;
    private final Path work;
    private final Progress progress;

    SparkBench(Corpus corpus, int cores, Path sparkJars, List<String> jvmOptions, Path work, Progress progress) {
        this.corpus = corpus;
        this.cores = cores;
        this.sparkJars = sparkJars;
        this.jvmOptions = jvmOptions;
        this.work = work;
        this.progress = progress;
    }

    /** Whether DIR holds Spark's jars (a distribution's {@code jars/}). */
    static boolean isSparkJars(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("spark-core_2\\.13-.*\\.jar"));
        } catch (IOException e) {
            return false;
        }
    }

    Result run(int articles) {
        Path input = work.resolve("spark-articles");
        corpus.write(input, 0, articles);
        List<String> files;
        try (Stream<Path> list = Files.list(input)) {
            files = list.map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String jar = System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0];
        double[] extract = new double[2];
        double[] spark = new double[2];
        double[] smallExtract = new double[2];
        double[] smallSpark = new double[2];
        long[] facts = new long[4];
        // extract, Spark, Spark, extract at the full size, then one short run of each
        String[] order = {"extract", "spark", "spark", "extract", "extract-small", "spark-small"};
        for (int round = 0; round < order.length; round++) {
            boolean small = order[round].endsWith("small");
            List<String> these = small ? files.subList(0, SMALL) : files;
            Path in = input;
            if (small) {
                in = work.resolve("spark-articles-small");
                corpus.write(in, 0, SMALL);
            }
            Path out = work.resolve("spark-out-" + round);
            double[] took = order[round].startsWith("spark") ? spark(jar, in, out, these.size(), facts)
                    : extract(these, out);
            double[] into = order[round].startsWith("spark") ? (small ? smallSpark : spark)
                    : (small ? smallExtract : extract);
            into[0] += took[0];
            into[1] += took[1];
            LoadBench.delete(out);
        }
        LoadBench.delete(input);
        LoadBench.delete(work.resolve("spark-articles-small"));
        return new Result(articles, cores, extract[0], spark[0], extract[1], spark[1], smallExtract[0], smallSpark[0],
                smallExtract[1], smallSpark[1], facts[0], facts[1], facts[2], facts[3]);
    }

    /** One run of the job; returns seconds and CPU seconds, and keeps loads, sizes and statements in facts. */
    private double[] spark(String jar, Path input, Path out, int articles, long[] facts) {
        progress.say("Spark local[" + cores + "] on " + articles + " articles");
        List<String> command = new ArrayList<>(SPARK_JVM_OPTIONS);
        command.add(DRIVER_MEMORY);
        ChildJvm.Finished f = ChildJvm.run(command, sparkJars.resolve("*").toString(),
                "org.apache.spark.deploy.SparkSubmit", List.of("--master", "local[" + cores + "]",
                        "--conf", "spark.ui.enabled=false", "--class", "newsgraph.spark.ArchiveJob", jar,
                        input.toUri().toString(), out.toUri().toString()));
        String line = f.out().stream().filter(l -> l.startsWith("newsgraph spark:")).findFirst().orElse("");
        Matcher m = SUMMARY.matcher(line);
        if (f.exit() != 0 || !m.find()) {
            throw new IllegalStateException("the Spark job failed (exit " + f.exit() + "): "
                    + String.join("\n", f.err().subList(Math.max(0, f.err().size() - 20), f.err().size())));
        }
        if (Integer.parseInt(m.group(1)) != articles || Integer.parseInt(m.group(3)) != 0) {
            throw new IllegalStateException("the Spark job did not extract every article: " + line);
        }
        if (articles > SMALL) {
            facts[0] = Math.max(facts[0], Long.parseLong(m.group(4)));
            facts[1] = LoadBench.sizeOf(out.resolve("nquads"));
            facts[2] = LoadBench.sizeOf(out) - facts[1];
            facts[3] = Long.parseLong(m.group(2));
        }
        return new double[] {f.seconds(), f.cpuSeconds()};
    }

    private double[] extract(List<String> files, Path out) {
        progress.say("extract --format nq on " + cores + " threads, " + files.size() + " articles");
        List<String> args = new ArrayList<>(List.of("extract", "--format", "nq", "--threads",
                Integer.toString(cores), "--output-dir", out.toString()));
        args.addAll(files);
        ChildJvm.Finished f = ChildJvm.run(jvmOptions, ChildJvm.NEWSGRAPH, args);
        if (f.exit() != 0) {
            throw new IllegalStateException("extract failed (exit " + f.exit() + "): " + f.lastErrLine("newsgraph"));
        }
        return new double[] {f.seconds(), f.cpuSeconds()};
    }
}
