package newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import newsgraph.store.NewsStore;
import newsgraph.store.StoreException;

/**
 * {@code load --compact-growth K}: between batches, compacts the database whenever its disk has grown to K times what
 * it took after its last compaction (at first: when the load began). Each commit copies the index blocks it touches,
 * so a long load grows to about three times its compacted size; compacting whenever it reaches K times keeps it
 * within about K times, plus the compacted copy while a compaction writes it. The sizes after each compaction grow
 * geometrically, so all compactions together copy a few times the final store, however many articles.
 */
final class GrowthCompaction {

    private final NewsStore store;
    private final double factor;
    private final Consumer<String> say;
    private long baseline;
    private long peak;
    private int compactions;
    private double seconds;
    private boolean failed;

    private GrowthCompaction(NewsStore store, double factor, Consumer<String> say) {
        this.store = store;
        this.factor = factor;
        this.say = say;
        this.baseline = store.diskBytes();
        this.peak = baseline;
    }

    /** Starts measuring from the database's disk now; {@code say} gets a line before and after each compaction. */
    static GrowthCompaction of(NewsStore store, double factor, Consumer<String> say) {
        if (!(factor > 1)) {
            throw new IllegalArgumentException("--compact-growth must be more than 1, not " + factor);
        }
        return new GrowthCompaction(store, factor, say);
    }

    /** After a commit, with no transaction open: compacts if the database has grown to K times its baseline. */
    void afterCommit() {
        long now = store.diskBytes();
        peak = Math.max(peak, now);
        if (failed || now < factor * baseline) {
            return;
        }
        say.accept(String.format(Locale.ROOT, "compacting the database: %s on disk, %.1f times the %s it took %s",
                size(now), (double) now / baseline, size(baseline),
                compactions == 0 ? "when the load began" : "after the last compaction"));
        NewsStore.Compaction done;
        try {
            done = store.compact();
        } catch (StoreException e) {
            // TDB2 switches to the new copy only once it is whole: what is stored is as it was, and the load goes on
            failed = true;
            say.accept(e.getMessage() + "; what is stored is as it was, and the load goes on without compacting");
            return;
        }
        compactions++;
        seconds += done.time().toNanos() / 1e9;
        baseline = Math.max(1, done.bytesAfter());
        peak = Math.max(peak, done.peakBytes());
        say.accept(String.format(Locale.ROOT, "compacted the database in %.1f s: %s on disk (%s while both copies"
                + " were there)", done.time().toNanos() / 1e9, size(done.bytesAfter()), size(done.peakBytes())));
    }

    /** The line that sums the compactions up (before the load's summary, which stays the last line). */
    void report(String prefix, PrintStream err) {
        peak = Math.max(peak, store.diskBytes());
        err.printf(Locale.ROOT, "%s%d %s as it went (%.1f s); the database took at most %s of disk (peak %d bytes)%n",
                prefix, compactions, compactions == 1 ? "compaction" : "compactions", seconds, size(peak), peak);
    }

    /** The most disk the database took at a commit or a compaction of this load. */
    long peakBytes() {
        return peak;
    }

    int compactions() {
        return compactions;
    }

    /** "412 MB", "3.1 GB". */
    static String size(long bytes) {
        double mb = bytes / (1024.0 * 1024);
        return mb < 10 ? String.format(Locale.ROOT, "%.1f MB", mb) : mb < 1024 ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f GB", mb / 1024);
    }
}
