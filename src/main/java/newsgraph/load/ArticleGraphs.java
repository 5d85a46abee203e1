package newsgraph.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsgraph.source.ArticleInput;
import newsgraph.source.Inputs;
import newsgraph.source.NewsReader;

/**
 * The graphs of the articles of files — one each for text and HTML files, many for WARC and JSON Lines files —
 * read one file after the other, decoded and extracted on several threads, and handed out in the files' order.
 * Only a few articles per thread (and at most {@link #MAX_BYTES_AHEAD} of their input) are in flight at any time,
 * so a corpus or a crawl of any size streams through in little memory.
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
    /** Input bytes in flight: pages of a crawl can be a few MB each. */
    static final long MAX_BYTES_AHEAD = 64L * 1024 * 1024;

    /**
     * One article's extraction, run once by whichever thread starts it first: a worker, or the consumer waiting for an
     * article it cannot have yet (see {@link #next}).
     */
    private static final class InFlight implements Runnable {
        private final ArticleExtraction extraction;
        private final ArticleInput input;
        private final long bytes;
        private final AtomicBoolean started = new AtomicBoolean();
        private final CompletableFuture<ArticleExtraction.Outcome> outcome = new CompletableFuture<>();

        InFlight(ArticleExtraction extraction, ArticleInput input) {
            this.extraction = extraction;
            this.input = input;
            this.bytes = input.size();
        }

        @Override
        public void run() {
            if (!started.compareAndSet(false, true)) {
                return; // the other thread has it
            }
            try {
                outcome.complete(extraction.of(input));
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        }

        boolean waiting() {
            return !started.get();
        }
    }

    private final Iterator<Path> files;
    private final NewsReader reader;
    private final ArticleExtraction extraction;
    private final ExecutorService workers;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private final int ahead;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private Inputs current;
    private long bytesAhead;
    private boolean manyArticleFiles;

    private ArticleGraphs(List<Path> files, ArticleExtraction extraction, int threads) {
        this.files = files.iterator();
        this.extraction = extraction;
        this.reader = extraction.newsReader();
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
        InFlight first = inFlight.poll();
        bytesAhead -= first.bytes;
        fill();
        extractWhileWaiting(first);
        try {
            return first.outcome.get();
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

    /**
     * Records of the files read so far that hold no article (a WARC's revisits, redirects, error statuses and
     * payloads other than HTML), by reason.
     */
    public Map<String, Integer> skippedRecords() {
        Map<String, Integer> all = new TreeMap<>(skipped);
        if (current != null) {
            current.skipped().forEach((k, v) -> all.merge(k, v, Integer::sum));
        }
        return all;
    }

    /** Whether a file read so far holds many articles (so that the number of files does not count them). */
    public boolean manyArticleFiles() {
        return manyArticleFiles;
    }

    private void fill() {
        while (inFlight.size() < ahead && bytesAhead < MAX_BYTES_AHEAD) {
            if (current == null || !current.hasNext()) {
                if (current != null) {
                    current.skipped().forEach((k, v) -> skipped.merge(k, v, Integer::sum));
                    current.close();
                    current = null;
                }
                if (!files.hasNext()) {
                    return;
                }
                current = reader.open(files.next());
                manyArticleFiles |= current.manyArticles();
                continue;
            }
            ArticleInput input = current.next();
            bytesAhead += input.size();
            InFlight article = new InFlight(extraction, input);
            inFlight.add(article);
            workers.execute(article);
        }
    }

    /**
     * Until {@code first} is extracted, the calling thread extracts articles that no worker has started, in their
     * order, rather than wait. A load's writer waits for articles a third of its time, and on a machine whose cores are
     * all busy between extraction and writing a worker more only takes time from the writer; this way the writer's
     * core extracts exactly when it has nothing to write.
     */
    private void extractWhileWaiting(InFlight first) {
        while (!first.outcome.isDone()) {
            InFlight waiting = first.waiting() ? first : null;
            for (Iterator<InFlight> later = inFlight.iterator(); waiting == null && later.hasNext(); ) {
                InFlight next = later.next();
                waiting = next.waiting() ? next : null;
            }
            if (waiting == null) {
                return; // every article before it is being extracted: wait for it
            }
            waiting.run();
        }
    }

    /** Stops the threads; articles still in flight are dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
        if (current != null) {
            current.close();
        }
    }
}
