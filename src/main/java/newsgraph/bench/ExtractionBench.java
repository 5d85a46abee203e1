package newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import newsgraph.extract.Extractor;
import newsgraph.link.KnowledgePack;
import newsgraph.link.Linker;
import newsgraph.nlp.OpenNlp;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.Article;

/**
 * Extraction throughput against its floor, on the same articles and threads: OpenNLP sentence detection,
 * tokenisation and tagging alone ({@link OpenNlp#tagOnly}) versus newsgraph's extraction of the article's
 * graph ({@link Extractor#extract}, linked as {@code extract} links, and {@link ArticleGraph#of}); and the same
 * extraction without linking, the baseline of linking's cost. They alternate in two rounds over halves of the
 * corpus, so that a drift in the machine's load hits all alike.
 *
 * <p>Besides the wall time, each side's processor time on its worker threads is measured (issue 16's figure):
 * it leaves out what other threads of the process do meanwhile — the JIT compiler still compiling the large
 * per-article methods, which within a thousand articles takes about a third of the process's processor time,
 * and the garbage collector — and what other processes on the machine do. The warm-up repeats rounds over the
 * corpus's originals until the extraction's worker time per article stops falling by more than
 * {@link #WARM_UP_GAIN} (at most {@link #MAX_WARM_UP_ROUNDS} rounds), so neither side is timed while it is
 * still interpreted.
 */
final class ExtractionBench {

    /** What one run measured. Tokens are OpenNLP's tokens of the articles, the same count for both. */
    record Result(int articles, long tokens, int threads, double baselineSeconds, double extractionSeconds,
                  double baselineCpuSeconds, double extractionCpuSeconds, double unlinkedSeconds,
                  double unlinkedCpuSeconds, double baselineWorkerCpuSeconds, double extractionWorkerCpuSeconds,
                  int warmUpArticles) {

        /** Issue 16's figure: extraction's processor time on its worker threads against tagging's. */
        double workerCostRatio() {
            return extractionWorkerCpuSeconds / baselineWorkerCpuSeconds;
        }

        /** The share of the process's processor time during extraction that its worker threads did not use. */
        double otherThreadsShare() {
            return 1 - extractionWorkerCpuSeconds / extractionCpuSeconds;
        }

        /** How many times extraction without linking's time extraction with linking takes (issue 11: <= 1.10). */
        double linkingRatio() {
            return extractionSeconds / unlinkedSeconds;
        }

        double baselineArticlesPerSecond() {
            return articles / baselineSeconds;
        }

        double extractionArticlesPerSecond() {
            return articles / extractionSeconds;
        }

        double baselineTokensPerSecond() {
            return tokens / baselineSeconds;
        }

        double extractionTokensPerSecond() {
            return tokens / extractionSeconds;
        }

        /**
         * Articles per second that {@code threads} cores would give if nothing else ran on them: the CPU time
         * the process used (all its threads) says it, whatever else the machine was doing.
         */
        double extractionArticlesPerSecondOnIdleCores() {
            return articles / extractionCpuSeconds * threads;
        }

        double baselineArticlesPerSecondOnIdleCores() {
            return articles / baselineCpuSeconds * threads;
        }

        /** How many times the baseline's time extraction takes. */
        double costRatio() {
            return extractionSeconds / baselineSeconds;
        }
    }

    /** The warm-up goes on while a round's extraction worker time per article falls by more than this share. */
    static final double WARM_UP_GAIN = 0.05;
    static final int MAX_WARM_UP_ROUNDS = 8;

    private final Corpus corpus;
    private final int threads;

    ExtractionBench(Corpus corpus, int threads) {
        this.corpus = corpus;
        this.threads = threads;
    }

    Result run(int articles) {
        Extractor unlinkedExtractor = Extractor.create();
        Extractor extractor = unlinkedExtractor.then(new Linker(KnowledgePack.standard()));
        OpenNlp nlp = OpenNlp.english();
        long[] tokensPerOriginal = corpus.originals().stream().mapToLong(a -> nlp.tagOnly(a.text())).toArray();
        long tokens = 0;
        for (int i = 0; i < articles; i++) {
            tokens += tokensPerOriginal[i % tokensPerOriginal.length];
        }
        Consumer<Article> baseline = a -> nlp.tagOnly(a.text());
        Consumer<Article> extraction = a -> ArticleGraph.of(extractor.extract(a));
        Consumer<Article> unlinked = a -> ArticleGraph.of(unlinkedExtractor.extract(a));
        // warm up all, so that none pays for the JIT compiling another's code, until extraction stops speeding up
        int round = Math.min(articles, 2 * corpus.originals().size());
        int warmUpArticles = 0;
        double previous = Double.MAX_VALUE;
        for (int r = 0; r < MAX_WARM_UP_ROUNDS; r++) {
            time(corpus.articles(0, round), baseline);
            double worker = time(corpus.articles(0, round), extraction)[2];
            time(corpus.articles(0, round), unlinked);
            warmUpArticles += round;
            if (worker > (1 - WARM_UP_GAIN) * previous) {
                break;
            }
            previous = worker;
        }
        int half = articles / 2;
        double[] baselineTimes = time(corpus.articles(0, half), baseline);
        double[] extractionTimes = time(corpus.articles(0, half), extraction);
        double[] unlinkedTimes = time(corpus.articles(0, half), unlinked);
        double[] unlinkedRest = time(corpus.articles(half, articles - half), unlinked);
        double[] extractionRest = time(corpus.articles(half, articles - half), extraction);
        double[] baselineRest = time(corpus.articles(half, articles - half), baseline);
        return new Result(articles, tokens, threads, baselineTimes[0] + baselineRest[0],
                extractionTimes[0] + extractionRest[0], baselineTimes[1] + baselineRest[1],
                extractionTimes[1] + extractionRest[1], unlinkedTimes[0] + unlinkedRest[0],
                unlinkedTimes[1] + unlinkedRest[1], baselineTimes[2] + baselineRest[2],
                extractionTimes[2] + extractionRest[2], warmUpArticles);
    }

    /**
     * Seconds for {@code threads} threads to take the articles one by one and do the work on each, the
     * CPU seconds the process used meanwhile, and the CPU seconds of the worker threads themselves.
     */
    private double[] time(Iterator<Article> articles, Consumer<Article> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            AtomicLong workerCpu = new AtomicLong();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long own = threadCpuNanos();
                    for (Article a; (a = next(articles)) != null; ) {
                        work.accept(a);
                    }
                    workerCpu.addAndGet(threadCpuNanos() - own);
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            return new double[] {(System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9,
                    workerCpu.get() / 1e9};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the extraction benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long threadCpuNanos() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
    }

    private static Article next(Iterator<Article> articles) {
        synchronized (articles) {
            return articles.hasNext() ? articles.next() : null;
        }
    }
}
