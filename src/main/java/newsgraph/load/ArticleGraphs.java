package newsgraph.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    private record InFlight(Future<ArticleExtraction.Outcome> outcome, long bytes) {
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
        bytesAhead -= first.bytes();
        fill();
        try {
            return first.outcome().get();
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
            inFlight.add(new InFlight(workers.submit(() -> extraction.of(input)), input.size()));
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
