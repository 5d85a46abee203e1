package newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsgraph.extract.Extractor;
import newsgraph.rdf.Detail;
import newsgraph.load.ArticleGraphs;
import newsgraph.load.ArticleLoader;
import newsgraph.load.GraphDestination;
import newsgraph.load.GraphStoreEndpoint;
import newsgraph.load.LoadReport;
import newsgraph.store.NewsStore;
import newsgraph.text.PrintablePath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load FILE|DIR…}: extract articles and store their graphs in the database (or send them to an endpoint). */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract who said what about whom from articles and store them in the database.",
            "A FILE is plain text, an HTML page, a WARC or WARC.gz crawl, or JSON Lines, told by its content; a DIR"
                + " gives its *.txt, *.html, *.htm, *.warc, *.warc.gz, *.jsonl, *.jsonl.gz and *.ndjson files (with"
                + " --recursive, also those of its sub-directories; a link in it only when it points inside it, unless"
                + " --follow-links). An article is named by its canonical URL when it has one, else by its file's name"
                + " and text: loading it again replaces its graph, and the same text under the same name is stored"
                + " once. Articles not in English are skipped and counted. Refused files are reported by name; the others still load. A"
                + " running server holds the database: stop it first, or use 'serve --load'. With --endpoint, each"
                + " graph goes to a Graph Store Protocol endpoint instead."})
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files (text, HTML, WARC, JSON Lines) or directories.")
    List<Path> inputs;

    @Option(names = {"-r", "--recursive"}, description = "Also read the article files in sub-directories of each DIR.")
    boolean recursive;

    @Option(names = "--follow-links",
            description = "Follow symbolic links in each DIR wherever they point (by default only those whose target"
                    + " is inside that DIR; a link named as a FILE is always followed).")
    boolean followLinks;

    /** Articles per transaction; for tests that need many batches (README documents the default). */
    @Option(names = "--batch-articles", paramLabel = "N", hidden = true)
    Integer batchArticles;

    @Mixin
    DatabaseOption db;

    @Mixin
    KnowledgeOption kb;

    @Mixin
    DetailOption detail;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Articles extracted at once (default: one per core, ${sys:newsgraph.cores}, but one"
                    + " fewer when loading into a database, whose writing keeps a core busy).")
    Integer threads;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send each article's graph to this SPARQL Graph Store endpoint instead of the database"
                    + " (PUT URL?graph=IRI replaces the graph), e.g. http://host:3030/news/data.")
    String endpoint;

    @Option(names = "--user", paramLabel = "USER", description = "The user name for the endpoint (HTTP basic auth).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the endpoint password (kept off the command line).")
    Path passwordFile;

    @Option(names = "--base", paramLabel = "URL",
            description = "The base of the IRIs: articles, people and statements go under URL/id/. A database keeps"
                    + " the base of its first load (default: https://w3id.org/newsgraph/); another is refused.")
    String base;

    /** Without identity on load (issue 11), for {@code bench} to measure what keeping it current costs. */
    @Option(names = "--no-identity", hidden = true)
    boolean noIdentity;

    @Option(names = "--compact",
            description = "Compact the database after loading: many loads into one database leave old copies of"
                    + " its blocks behind (see README).")
    boolean compact;

    @Option(names = "--compact-growth", paramLabel = "K",
            description = "Compact between batches whenever the database takes K times the disk it took after its"
                    + " last compaction (at first: when the load began), e.g. 2: a long load then needs about K+1"
                    + " times its compacted size on disk instead of 3-4 times (see README).")
    Double compactGrowth;

    static {
        System.setProperty("newsgraph.cores", Integer.toString(ArticleGraphs.defaultThreads()));
    }

    @Override
    public Integer call() {
        String prefix = "newsgraph load: ";
        String wrong = checkOptions();
        if (wrong != null) {
            System.err.println(prefix + wrong);
            return ExitCode.USAGE;
        }
        GraphStoreEndpoint remote = null;
        if (endpoint != null) {
            try {
                remote = user == null ? GraphStoreEndpoint.at(endpoint)
                        : GraphStoreEndpoint.at(endpoint, user, password(passwordFile));
            } catch (IllegalArgumentException e) {
                System.err.println(prefix + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        Extractor extractor;
        try {
            extractor = kb.extractor();
        } catch (IllegalArgumentException e) {
            System.err.println(prefix + e.getMessage());
            return ExitCode.USAGE;
        }
        InputFiles in = InputFiles.expand(inputs, recursive, followLinks);
        if (in.files().isEmpty()) {
            in.problems().forEach(p -> System.err.println(prefix + p));
            System.err.println(prefix + "no articles to load");
            return ExitCode.BAD_INPUT;
        }
        if (remote != null) {
            if (base != null) {
                remote.underBase(base);
            }
            return load(remote, in, threads, batchArticles, extractor, detail.level(), prefix, System.err);
        }
        // this process alone uses the store: it can let go of the database's memory maps after each batch
        try (NewsStore store = NewsStore.open(db.path(), DatabaseOption.openingNotices("load")).unmapAfterCommit().groupCountsAtEnd()) {
            if (base != null) {
                store.useBase(base);
            }
            store.identityOnLoad(!noIdentity);
            ProgressLine progress = ProgressLine.onTerminal(prefix, System.err);
            GrowthCompaction asItGoes = compactGrowth == null ? null
                    : GrowthCompaction.of(store, compactGrowth, line -> progress.println(prefix + line));
            int exit = load(store, in, threads, batchArticles, extractor, detail.level(), prefix, System.err, progress,
                    asItGoes);
            if (compact && exit != ExitCode.BAD_INPUT) {
                NewsStore.Compaction done = store.compact();
                System.err.printf(java.util.Locale.ROOT, "%scompacted the database in %.1f s: %s on disk%n", prefix,
                        done.time().toNanos() / 1e9, GrowthCompaction.size(done.bytesAfter()));
            }
            return exit;
        }
    }

    private String checkOptions() {
        if (base != null) {
            try {
                newsgraph.rdf.Iris.checkedBase(base);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        if (threads != null && threads < 1) {
            return "--threads must be at least 1, not " + threads;
        }
        if (batchArticles != null && batchArticles < 1) {
            return "--batch-articles must be at least 1, not " + batchArticles;
        }
        if (endpoint != null && db.isGiven()) {
            return "give either --db or --endpoint, not both";
        }
        if (endpoint != null && (compact || compactGrowth != null)) {
            return (compact ? "--compact" : "--compact-growth") + " is for the database, not for an endpoint";
        }
        if (compactGrowth != null && !(compactGrowth > 1)) {
            return "--compact-growth must be more than 1 (the growth that starts a compaction), not " + compactGrowth;
        }
        if (endpoint == null && (user != null || passwordFile != null)) {
            return "--user and --password-file go with --endpoint";
        }
        if ((user == null) != (passwordFile == null)) {
            return "--user and --password-file go together";
        }
        return null;
    }

    /** The first line of the password file; a file that cannot be read is a wrong command line. */
    private static String password(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read the password file " + PrintablePath.of(file) + " ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")");
        }
    }

    /** Loads the files into the store with the default threads (as {@code serve --load} does); returns the exit code. */
    static int load(NewsStore store, InputFiles in, Extractor extractor, Detail detail, String prefix, PrintStream err) {
        return load(store, in, null, null, extractor, detail, prefix, err);
    }

    /**
     * Loads the files, reporting problems, progress (on a terminal), each committed batch but the last, and a
     * summary on {@code err}; returns the exit code. {@code threads}, {@code batchArticles}: null for the defaults.
     */
    static int load(GraphDestination destination, InputFiles in, Integer threads, Integer batchArticles,
                    Extractor extractor, Detail detail, String prefix, PrintStream err) {
        return load(destination, in, threads, batchArticles, extractor, detail, prefix, err,
                ProgressLine.onTerminal(prefix, err), null);
    }

    /** The same, compacting as it goes when {@code asItGoes} is not null (between batches, after each commit). */
    private static int load(GraphDestination destination, InputFiles in, Integer threads, Integer batchArticles,
                            Extractor extractor, Detail detail, String prefix, PrintStream err, ProgressLine progress,
                            GrowthCompaction asItGoes) {
        in.problems().forEach(p -> err.println(prefix + p));
        ArticleLoader loader = ArticleLoader.into(destination).extractor(extractor).detail(detail);
        if (threads != null) {
            loader.threads(threads);
        }
        if (batchArticles != null) {
            loader.batchArticles(batchArticles);
        }
        LoadReport report = loader
                .onProblem(p -> progress.println(prefix + p))
                .onProgress(progress)
                .onBatchCommitted(stored -> {
                    progress.println(String.format(Locale.ROOT,
                            "%scommitted a batch: %,d articles stored so far, from %,d files", prefix, stored,
                            in.files().size()));
                    if (asItGoes != null) {
                        asItGoes.afterCommit(); // the loader's thread, between two transactions
                    }
                })
                .load(in.files())
                .withInputs(in.refused(), in.repeats());
        if (asItGoes != null) {
            if (report.articles() > 0) {
                asItGoes.afterCommit(); // the last batch, too, may bring it to K times
            }
            asItGoes.report(prefix, err);
        }
        if (destination instanceof NewsStore store && report.articles() > 0) {
            long waiting = store.awaitingResolve();
            if (waiting > 0) {
                // issue 11: load places an entity on a hub only where that is exact; the rest waits for resolve
                // (said before the summary, which stays the last line)
                err.printf(Locale.ROOT, "%s%,d entities await resolve (run 'newsgraph resolve%s')%n", prefix, waiting,
                        store.location().equals(NewsStore.DEFAULT_LOCATION) ? ""
                                : " --db " + newsgraph.text.PrintablePath.of(store.location()));
            }
        }
        err.println(prefix + report.summary() + " (" + destination.description() + ")");
        if (report.articles() == 0) {
            return ExitCode.BAD_INPUT;
        }
        return report.failed().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
