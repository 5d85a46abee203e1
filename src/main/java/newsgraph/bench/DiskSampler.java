package newsgraph.bench;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import newsgraph.store.DiskUse;

/**
 * Samples the disk a directory takes every two seconds from a thread of its own, for the peak of a run in another
 * process (a load's store between its commits and compactions). A peak shorter than two seconds may be missed: the
 * load reports its own, measured when both copies of a compaction are there, and the larger of the two counts.
 */
final class DiskSampler implements AutoCloseable {

    private static final long EVERY_MS = 2000;

    private final Path dir;
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean done;

    private DiskSampler(Path dir) {
        this.dir = dir;
        this.thread = new Thread(this::sample, "disk-sampler");
        thread.setDaemon(true);
    }

    static DiskSampler of(Path dir) {
        DiskSampler sampler = new DiskSampler(dir);
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        while (!done) {
            peak.accumulateAndGet(DiskUse.of(dir), Math::max);
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The most disk seen so far, a last sample included. */
    long peak() {
        return peak.accumulateAndGet(DiskUse.of(dir), Math::max);
    }

    @Override
    public void close() {
        done = true;
        thread.interrupt();
    }
}
