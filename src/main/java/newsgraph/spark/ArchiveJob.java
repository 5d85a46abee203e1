package newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsgraph.cli.ExitCode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * Backfills an archive on Spark: every file under INPUT (any Hadoop file system) to each article's named graph
 * as compressed N-Quads and to Parquet tables, one extractor per executor JVM.
 *
 * <pre>spark-submit --class newsgraph.spark.ArchiveJob target/newsgraph.jar INPUT OUTPUT [--partitions N] [--overwrite]</pre>
 *
 * OUTPUT gets {@code nquads/part-r-NNNNN.nq.gz} and the Parquet tables {@code articles/}, {@code statements/},
 * {@code entities/}, {@code mentions/} and {@code failures/} (see README, "Backfilling an archive on Spark").
 * Input files are split per file and streamed; a record that cannot be read or extracted is a row of
 * {@code failures} and costs nothing else.
 */
public final class ArchiveJob {

    /** The outputs under OUTPUT. */
    static final String NQUADS = "nquads";
    static final String ARTICLES = "articles";
    static final String STATEMENTS = "statements";
    static final String ENTITIES = "entities";
    static final String MENTIONS = "mentions";
    static final String FAILURES = "failures";
    /** The extracted records, all columns, while the outputs are written from them; deleted at the end. */
    static final String WORK = "extracted-work";

    private static final String USAGE = "usage: spark-submit --class newsgraph.spark.ArchiveJob newsgraph.jar INPUT OUTPUT"
            + " [--partitions N] [--overwrite]";

    /**
     * What a run did.
     *
     * @param extractorLoads how many times an executor JVM loaded the extractor: once per executor
     */
    public record Summary(long articles, long statements, long entities, long mentions, long failures,
                          long extractorLoads, double seconds) {

        String line(String output) {
            return String.format(Locale.ROOT, "newsgraph spark: %d articles: %d statements, %d entities, %d mentions;"
                    + " %d failed (see %s/%s); extractor loaded %d time%s (once per executor); %.1f s; output %s",
                    articles, statements, entities, mentions, failures, output, FAILURES, extractorLoads,
                    extractorLoads == 1 ? "" : "s", seconds, output);
        }
    }

    /** The command line. */
    record Options(String input, String output, int partitions, boolean overwrite) {

        static Options parse(String... args) {
            List<String> positional = new ArrayList<>();
            int partitions = 0;
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--partitions" -> {
                        if (i + 1 == args.length) {
                            throw new IllegalArgumentException("--partitions needs a number");
                        }
                        try {
                            partitions = Integer.parseInt(args[++i]);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--partitions needs a number, not '" + args[i] + "'");
                        }
                        if (partitions < 1) {
                            throw new IllegalArgumentException("--partitions must be at least 1, not " + partitions);
                        }
                    }
                    case "--overwrite" -> overwrite = true;
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("give INPUT and OUTPUT");
            }
            return new Options(positional.get(0), positional.get(1), partitions, overwrite);
        }
    }

    /** The input or output cannot be used; the message is one line. */
    static final class UnusablePathException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        UnusablePathException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    private ArchiveJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job with the session spark-submit gives (or a local one); returns the exit code. */
    static int run(String... args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph spark: " + e.getMessage());
            System.err.println(USAGE);
            return ExitCode.USAGE;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("newsgraph archive " + options.input());
        SparkConf given = new SparkConf();
        if (!given.contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary summary = run(spark, options, ArticleSource.standard());
            System.out.println(summary.line(options.output()));
            return summary.articles() == 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
        } catch (UnusablePathException e) {
            System.err.println("newsgraph spark: " + e.getMessage());
            return e.exitCode;
        } catch (RuntimeException e) {
            // the cluster lost executors or storage for good; Spark's log above has the details
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            System.err.println("newsgraph spark: the job failed (" + e.getClass().getSimpleName() + ": " + message
                    + "); the outputs under " + options.output() + " may be incomplete: run it again with --overwrite");
            return ExitCode.INTERNAL;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a session. */
    static Summary run(SparkSession spark, Options options, ArticleSource source) throws UnusablePathException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        checkInput(options.input(), hadoop);
        prepareOutput(options.output(), options.overwrite(), hadoop);

        List<InputFiles.File> files;
        try {
            files = InputFiles.list(options.input(), hadoop);
        } catch (IOException e) {
            throw new UnusablePathException(options.input() + ": cannot be listed (" + e.getMessage() + ")",
                    ExitCode.BAD_INPUT);
        }
        if (files.isEmpty()) {
            throw new UnusablePathException(options.input() + ": no files (names starting with '.' or '_' are left out)",
                    ExitCode.BAD_INPUT);
        }
        int partitions = options.partitions() > 0 ? options.partitions()
                : InputFiles.defaultPartitions(files, jsc.defaultParallelism());
        List<List<String>> slices = InputFiles.partitions(files, partitions);
        Broadcast<InputFiles.ShippedConfiguration> conf = jsc.broadcast(new InputFiles.ShippedConfiguration(hadoop));
        LongAccumulator loads = jsc.sc().longAccumulator("newsgraph extractor loads");
        JavaRDD<Row> records = jsc.parallelize(slices, slices.size())
                .flatMap(slice -> {
                    RecordExtraction extraction = new RecordExtraction(ExecutorExtractor.get(loads));
                    Configuration c = conf.value().get();
                    return FileRecords.ofFiles(slice, path -> {
                        FileRecords fileRecords = new FileRecords(path, () -> new Path(path).getFileSystem(c)
                                .open(new Path(path)), source, extraction);
                        TaskContext task = TaskContext.get();
                        if (task != null) {
                            task.addTaskCompletionListener((TaskCompletionListener) context -> fileRecords.close());
                        }
                        return fileRecords;
                    });
                })
                .map(ExtractedRecord::row);
        // Extraction is the cost: it runs once, into a columnar work table next to the outputs, and every output
        // reads its columns from there (no executor memory or local disk holds the archive's results).
        String work = options.output() + "/" + WORK;
        spark.createDataFrame(records, ExtractedRecord.SCHEMA).write().mode(SaveMode.ErrorIfExists).parquet(work);
        Dataset<Row> extracted = spark.read().schema(ExtractedRecord.SCHEMA).parquet(work);
        extracted.select("nquads").where("nquads IS NOT NULL").javaRDD()
                .mapToPair(r -> new Tuple2<>(NullWritable.get(), new BytesWritable((byte[]) r.get(0))))
                .saveAsNewAPIHadoopFile(options.output() + "/" + NQUADS, NullWritable.class, BytesWritable.class,
                        NQuadsOutputFormat.class, hadoop);
        table(extracted.where("article IS NOT NULL").select("article.*"), options.output() + "/" + ARTICLES);
        table(extracted.select(explode(col("statements")).as("s")).select("s.*"), options.output() + "/" + STATEMENTS);
        table(extracted.select(explode(col("entities")).as("e")).select("e.*"), options.output() + "/" + ENTITIES);
        table(extracted.select(explode(col("mentions")).as("m")).select("m.*"), options.output() + "/" + MENTIONS);
        table(extracted.where("failure IS NOT NULL").select("failure.*"), options.output() + "/" + FAILURES);
        Row counts = extracted.selectExpr("count(article)", "coalesce(sum(size(statements)), 0)",
                "coalesce(sum(size(entities)), 0)", "coalesce(sum(size(mentions)), 0)", "count(failure)").first();
        deleteWork(work, hadoop);
        return new Summary(counts.getLong(0), counts.getLong(1), counts.getLong(2), counts.getLong(3),
                counts.getLong(4), loads.value(), (System.nanoTime() - start) / 1e9);
    }

    private static void table(Dataset<Row> rows, String path) {
        rows.write().mode(SaveMode.ErrorIfExists).parquet(path);
    }

    private static void deleteWork(String work, Configuration hadoop) {
        try {
            Path path = new Path(work);
            path.getFileSystem(hadoop).delete(path, true);
        } catch (IOException e) {
            // only space is lost; the outputs are complete
            System.err.println("newsgraph spark: cannot delete " + work + " (" + e.getMessage() + "); delete it");
        }
    }

    private static void checkInput(String input, Configuration hadoop) throws UnusablePathException {
        try {
            Path path = new Path(input);
            FileStatus[] matches = path.getFileSystem(hadoop).globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new UnusablePathException(input + ": no such file or directory", ExitCode.BAD_INPUT);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnusablePathException(input + ": cannot be read (" + e.getMessage() + ")", ExitCode.BAD_INPUT);
        }
    }

    private static void prepareOutput(String output, boolean overwrite, Configuration hadoop)
            throws UnusablePathException {
        try {
            Path path = new Path(output);
            FileSystem fs = path.getFileSystem(hadoop);
            if (fs.exists(path)) {
                if (!overwrite) {
                    throw new UnusablePathException(output + ": already exists; give another OUTPUT, or --overwrite"
                            + " to replace it", ExitCode.STORE);
                }
                fs.delete(path, true);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnusablePathException(output + ": cannot be written (" + e.getMessage() + ")", ExitCode.STORE);
        }
    }
}
