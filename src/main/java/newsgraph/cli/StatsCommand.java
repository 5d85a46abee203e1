package newsgraph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import newsgraph.stats.Statistics;
import newsgraph.store.NewsStore;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stats [--rebuild] [--db DIR]}: what the database's statistics hold; count them again from scratch. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Show the database's statistics, from which the overviews (most-quoted, entities,"
                + " counts-by-outlet, counts-by-month) are answered; --rebuild counts them again from every article.",
            "",
            "load, serve --load and every write over HTTP keep the statistics up to date in their own transaction, and a"
                + " database without them (written by another tool) gets them when newsgraph first opens it: --rebuild"
                + " is for after changes made around newsgraph, e.g. with tdb2.tdbupdate on the stopped database."})
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Option(names = "--rebuild", description = "Count everything again from the article graphs (one write transaction).")
    boolean rebuild;

    @Override
    public Integer call() {
        try (NewsStore store = NewsStore.openExisting(db.path(), DatabaseOption.openingNotices("stats"))) {
            if (rebuild) {
                long start = System.nanoTime();
                long graphs = store.rebuildStatistics();
                System.err.printf(Locale.ROOT, "newsgraph stats: counted %,d article graphs again in %.1f s%n", graphs,
                        (System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                long statements = store.fillWordIndex(true);
                if (statements >= 0) {
                    System.err.printf(Locale.ROOT, "newsgraph stats: indexed the words of %,d statements again in %.1f s%n",
                            statements, (System.nanoTime() - start) / 1e9);
                }
            }
            Statistics.Summary summary = Txn.calculateRead(store.dataset(),
                    () -> Statistics.summary(store.dataset().asDatasetGraph()));
            System.out.printf(Locale.ROOT, "statistics of database %s: %s%n", db.path(),
                    summary.complete() ? "complete" : "missing (the overviews count over every article; run"
                            + " 'newsgraph stats --rebuild')");
            System.out.printf(Locale.ROOT, "  speakers: %,d%n  entities: %,d%n  outlets: %,d%n  months: %,d%n",
                    summary.speakers(), summary.entities(), summary.outlets(), summary.months());
            System.out.printf(Locale.ROOT, "word index (statement-in-context): %s%n", store.wordIndexIsCurrent()
                    ? "current" : "behind the database (the query reads every statement until the next open fills it)");
        }
        return ExitCode.OK;
    }
}
