package newsgraph.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The graphs of article files, read and extracted on several threads and handed out in the files' order.
 * Only a few articles per thread are in flight at any time, so a corpus of any size streams through in
 * little memory.
 *
 * <pre>{@code
 * ArticleExtraction extraction = new ArticleExtraction(new ArticleReader(), Extractor.create());
 * try (ArticleGraphs graphs = ArticleGraphs.of(files, extraction, 2)) {
 *     graphs.forEachRemaining(outcome -> ...);
 * }
 * }</pre>
 */
public final class ArticleGraphs implements Iterator<ArticleExtraction.Outcome>, AutoCloseable {

    /** Articles in flight per thread: enough to keep the threads busy while the consumer writes. */
    private static final int AHEAD_PER_THREAD = 32;

    private final Iterator<Path> files;
    private final ArticleExtraction extraction;
    private final ExecutorService workers;
    private final Deque<Future<ArticleExtraction.Outcome>> inFlight = new ArrayDeque<>();
    private final int ahead;

    private ArticleGraphs(List<Path> files, ArticleExtraction extraction, int threads) {
        this.files = files.iterator();
        this.extraction = extraction;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "newsgraph-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.ahead = threads * AHEAD_PER_THREAD;
    }

    /**
     * @param threads how many articles are extracted at once (at least 1)
     */
    public static ArticleGraphs of(List<Path> files, ArticleExtraction extraction, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new ArticleGraphs(files, extraction, threads);
    }

    /** All the cores of this machine: what {@code extract} and {@code load} use unless told otherwise. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
    }

    @Override
    public ArticleExtraction.Outcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<ArticleExtraction.Outcome> first = inFlight.poll();
        fill();
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting articles", e);
        } catch (ExecutionException e) {
            // failures of one article are results; only errors (out of memory, stack overflow) get here
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (inFlight.size() < ahead && files.hasNext()) {
            Path file = files.next();
            inFlight.add(workers.submit(() -> extraction.of(file)));
        }
    }

    /** Stops the threads; articles still in flight are dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
