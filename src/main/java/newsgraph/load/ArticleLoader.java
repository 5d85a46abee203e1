package newsgraph.load;

import newsgraph.store.StoreException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Detail;
import newsgraph.rdf.Schema;
import newsgraph.text.ArticleId;
import newsgraph.text.ArticleReader;
import newsgraph.text.PrintablePath;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads article files, extracts their statements on all cores and writes each article's graph to a
 * destination (the database, or a Graph Store endpoint), many articles per write transaction. A file that
 * cannot be read is reported (by name) and skipped; the others still load.
 *
 * <pre>{@code
 * LoadReport report = ArticleLoader.into(store).onProblem(System.err::println).load(files);
 * }</pre>
 *
 * The articles stream: each graph goes into the open transaction as soon as it is extracted, so memory does
 * not grow with the batch size or the number of files.
 */
public final class ArticleLoader {

    /**
     * Articles per write transaction. Large, because TDB2 copies every index block a transaction touches:
     * many small transactions make the database grow (until it is compacted) and cost time.
     */
    public static final int DEFAULT_BATCH_ARTICLES = 1000;
    /**
     * A batch is also closed at this many triples: TDB2 maps its files into memory and every page a
     * transaction touches stays resident until it commits (see {@link NewsStore#unmapAfterCommit()}), so
     * this bounds the load's memory; it is also where the JVM gets to give back heap.
     */
    private static final long BATCH_TRIPLES = 300_000;

    private final GraphDestination destination;
    private Extractor extractor;
    private ArticleReader reader = new ArticleReader();
    private ArticleExtraction extraction;
    private Detail detail = Detail.LEAN;
    private int batchArticles = DEFAULT_BATCH_ARTICLES;
    private Integer threads;
    private Consumer<String> problems = message -> { };
    private Consumer<LoadProgress> progress = p -> { };
    private IntConsumer committed = stored -> { };

    private ArticleLoader(GraphDestination destination) {
        this.destination = Objects.requireNonNull(destination, "destination");
    }

    public static ArticleLoader into(GraphDestination destination) {
        return new ArticleLoader(destination);
    }

    /** The extractor to use (default: {@link Extractor#create()}). */
    public ArticleLoader extractor(Extractor extractor) {
        this.extractor = extractor;
        return this;
    }

    public ArticleLoader reader(ArticleReader reader) {
        this.reader = reader;
        return this;
    }

    public ArticleLoader batchArticles(int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.batchArticles = articles;
        return this;
    }

    /** How much of each article its graph holds (default: {@link Detail#LEAN}). */
    public ArticleLoader detail(Detail detail) {
        this.detail = Objects.requireNonNull(detail, "detail");
        return this;
    }

    /** How a file becomes a graph, instead of {@link #reader}, {@link #extractor} and {@link #detail}. */
    public ArticleLoader extraction(ArticleExtraction extraction) {
        this.extraction = extraction;
        return this;
    }

    /** How many articles are extracted at once (default: {@link #extractionThreads(GraphDestination)}). */
    public ArticleLoader threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        return this;
    }

    /** Where one-line messages about refused files go (each names its file). */
    public ArticleLoader onProblem(Consumer<String> problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
        return this;
    }

    /**
     * Told after each full batch is committed (not after the last, partial one, which the report covers), with the
     * number of articles stored so far, from the thread that called {@link #load}.
     */
    public ArticleLoader onBatchCommitted(IntConsumer storedSoFar) {
        this.committed = Objects.requireNonNull(storedSoFar, "storedSoFar");
        return this;
    }

    /** Told after every article, from the thread that called {@link #load}. */
    public ArticleLoader onProgress(Consumer<LoadProgress> progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * One article per core, but one core fewer when the destination writes on this machine: TDB2's writer is
     * a single thread that a large load waits for, so extraction on every core only takes processor time from
     * it (3,000 articles on two cores: 80 s with two extraction threads, 71 s with one). The writer's core is not
     * idle for it: while the writer waits for an article, it extracts the ones no worker has started ({@link
     * ArticleGraphs#next}; 2,000 articles on two cores: 51–52 s before, 48–49 s since).
     */
    static int extractionThreads(GraphDestination destination) {
        int cores = ArticleGraphs.defaultThreads();
        return destination.writesOnThisMachine() ? Math.max(1, cores - 1) : cores;
    }

    /**
     * Loads the files in order. A later file with the same article id as an earlier one (the same text under the
     * same name) is reported and counted as a duplicate, and the article is stored once.
     *
     * @throws StoreException when the destination cannot be written; batches already committed stay
     */
    public LoadReport load(List<Path> files) {
        long start = System.nanoTime();
        ArticleExtraction extraction = (this.extraction != null ? this.extraction
                : new ArticleExtraction(reader, extractor != null ? extractor : Extractor.create(), detail))
                .underBase(destination.base());
        List<String> failed = new ArrayList<>();
        // what the report counts, in memory that grows by a few hundred bytes an article: a million articles'
        // texts, or their entities' IRIs, would not fit beside the load
        Map<String, Seen> seenIds = new HashMap<>();
        long ownEntities = 0;
        Set<String> sharedEntities = new HashSet<>();
        int articles = 0;
        int duplicates = 0;
        int notEnglish = 0;
        int statements = 0;
        int done = 0;
        long storing = 0;
        GraphDestination.Batch batch = null;
        int batchSize = 0;
        long batchTriples = 0;
        int workers = threads != null ? threads : extractionThreads(destination);
        Map<String, Integer> skippedRecords = Map.of();
        try (ArticleGraphs graphs = ArticleGraphs.of(files, extraction, workers)) {
            while (graphs.hasNext()) {
                ArticleExtraction.Outcome outcome = graphs.next();
                done++;
                int total = graphs.manyArticleFiles() ? -1 : files.size();
                outcome.notes().forEach(problems);
                if (!outcome.stored()) {
                    problems.accept(outcome.problem());
                    if (outcome.notEnglish()) {
                        notEnglish++;
                    } else {
                        failed.add(outcome.source());
                    }
                    progress.accept(new LoadProgress(done, total, Duration.ofNanos(System.nanoTime() - start)));
                    continue;
                }
                Seen earlier = seenIds.get(outcome.article().id());
                byte[] text = ArticleId.digest(outcome.article().text());
                boolean replacesEarlier = false;
                if (earlier != null) {
                    duplicates++;
                    if (Arrays.equals(earlier.text(), text)) {
                        // the same text under the same name or URL is the same article (see ArticleId): once is enough
                        problems.accept(outcome.source() + ": the same article as " + earlier.source()
                                + (outcome.article().metadata().url() != null ? " (the same URL and text)"
                                : " (the same text under the same name)") + "; stored once");
                        progress.accept(new LoadProgress(done, total, Duration.ofNanos(System.nanoTime() - start)));
                        continue;
                    }
                    // the same URL fetched again with another text: the later copy is the article
                    problems.accept(outcome.source() + ": the same URL as " + earlier.source()
                            + " with another text; this later copy replaces it");
                    replacesEarlier = true;
                }
                long writing = System.nanoTime();
                int pending = batchSize;
                try {
                    if (batch == null) {
                        batch = destination.begin();
                    }
                    batch.replace(outcome.article(), outcome.graph());
                    batchSize++;
                    batchTriples += outcome.graph().size();
                    if (batchSize >= batchArticles || batchTriples >= BATCH_TRIPLES) {
                        batch.commit();
                        batch.close();
                        batch = null;
                        batchSize = 0;
                        batchTriples = 0;
                        if (done < files.size() || graphs.manyArticleFiles()) {
                            committed.accept(articles + 1);
                        }
                    }
                } catch (StoreException e) {
                    throw completeBy(e, articles - pending, pending + 1);
                }
                storing += System.nanoTime() - writing;
                int said = outcome.analysis().statements().size();
                if (!replacesEarlier) {
                    articles++;
                }
                int own = collectEntities(outcome.graph(), ArticleGraph.graphName(outcome.article(), destination.base()),
                        sharedEntities);
                // a later copy under the same URL replaces the earlier's graph, its statements and entities with it
                statements += said - (replacesEarlier ? earlier.statements() : 0);
                ownEntities += own - (replacesEarlier ? earlier.entities() : 0);
                seenIds.put(outcome.article().id(), new Seen(outcome.source(), text, said, own));
                progress.accept(new LoadProgress(done, total, Duration.ofNanos(System.nanoTime() - start)));
            }
            skippedRecords = graphs.skippedRecords();
            progress.accept(new LoadProgress(done, done, Duration.ofNanos(System.nanoTime() - start)));
            if (batch != null) {
                long writing = System.nanoTime();
                try {
                    batch.commit();
                } catch (StoreException e) {
                    throw completeBy(e, articles - batchSize, batchSize);
                }
                storing += System.nanoTime() - writing;
            }
            long finishing = System.nanoTime();
            destination.finish(); // e.g. the statistics' groups, counted once for the whole load
            storing += System.nanoTime() - finishing;
        } finally {
            if (batch != null) {
                batch.close();
            }
        }
        return new LoadReport(articles, duplicates, statements, Math.toIntExact(ownEntities + sharedEntities.size()), failed,
                Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(storing), notEnglish, skippedRecords);
    }

    /**
     * An article already loaded in this run: where it came from, its text's digest ({@link ArticleId#digest}), and how
     * many statements and entities of its own it has.
     */
    private record Seen(String source, byte[] text, int statements, int entities) {
    }

    /** A failed write, saying what is stored and how to complete the load. */
    private StoreException completeBy(StoreException e, int stored, int lost) {
        if (!destination.atomicBatches()) {
            return e; // some graphs of the batch may have arrived: the destination's message must do
        }
        return new StoreException(e.getMessage() + "; the " + stored + (stored == 1 ? " article" : " articles")
                + " of earlier batches are stored, the last batch of " + lost + " is not: run the same"
                + " load again to complete it", e);
    }

    /**
     * The people, organisations and places of an article graph: returns how many are the article's own (their IRIs
     * are under the article's, {@code Iris.entity}, so no other article has them) and adds the others (an outlet, which
     * every article of a site names) to {@code shared}.
     */
    private static int collectEntities(Model graph, String article, Set<String> shared) {
        Set<String> own = new HashSet<>();
        String under = article + "/";
        for (Resource type : List.of(Schema.Person, Schema.Organization, Schema.Place)) {
            graph.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource()) {
                    (r.getURI().startsWith(under) ? own : shared).add(r.getURI());
                }
            });
        }
        return own.size();
    }
}
