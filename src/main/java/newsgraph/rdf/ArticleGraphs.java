package newsgraph.rdf;

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
import newsgraph.extract.Analysis;
import newsgraph.extract.Extractor;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import org.apache.jena.rdf.model.Model;

/**
 * The graphs of article files, read and extracted on several threads and handed out in the files' order.
 * Only a few articles per thread are in flight at any time, so a corpus of any size streams through in
 * little memory.
 *
 * <pre>{@code
 * try (ArticleGraphs graphs = ArticleGraphs.of(files, new ArticleReader(), Extractor.create(), 2)) {
 *     graphs.forEachRemaining(result -> ...);
 * }
 * }</pre>
 */
public final class ArticleGraphs implements Iterator<ArticleGraphs.Result>, AutoCloseable {

    /** Articles in flight per thread: enough to keep the threads busy while the consumer writes. */
    private static final int AHEAD_PER_THREAD = 32;

    /**
     * One file's outcome: its article, analysis and graph; or, when it was refused, a one-line reason that
     * names the file (and null for the rest).
     */
    public record Result(Path file, Article article, Analysis analysis, Model graph, String problem) {

        public boolean refused() {
            return graph == null;
        }
    }

    private final Iterator<Path> files;
    private final ArticleReader reader;
    private final Extractor extractor;
    private final ExecutorService workers;
    private final Deque<Future<Result>> inFlight = new ArrayDeque<>();
    private final int ahead;

    private ArticleGraphs(List<Path> files, ArticleReader reader, Extractor extractor, int threads) {
        this.files = files.iterator();
        this.reader = reader;
        this.extractor = extractor;
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
    public static ArticleGraphs of(List<Path> files, ArticleReader reader, Extractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new ArticleGraphs(files, reader, extractor, threads);
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
    public Result next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<Result> first = inFlight.poll();
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
            inFlight.add(workers.submit(() -> extract(file)));
        }
    }

    private Result extract(Path file) {
        Article article;
        try {
            article = reader.read(file);
        } catch (BadArticleException e) {
            return new Result(file, null, null, null, e.getMessage());
        }
        try {
            Analysis analysis = extractor.extract(article);
            return new Result(file, article, analysis, ArticleGraph.of(analysis), null);
        } catch (RuntimeException e) {
            // an extractor bug on one article must not stop the others
            return new Result(file, article, null, null, file + ": extraction failed (" + e + "); please report it");
        }
    }

    /** Stops the threads; articles still in flight are dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
