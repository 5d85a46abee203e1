package newsgraph.store;

import newsgraph.load.GraphDestination;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import java.util.stream.Stream;
import newsgraph.identity.Corrections;
import newsgraph.identity.IdentityGraph;
import newsgraph.identity.IdentityOnLoad;
import newsgraph.identity.Resolver;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.NG;
import newsgraph.rdf.NewsOntology;
import newsgraph.stats.Statistics;
import newsgraph.stats.StatisticsUpdate;
import newsgraph.text.Article;
import newsgraph.text.PrintablePath;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The newsgraph database: a TDB2 dataset on disk with one named graph per article (named by the article's
 * IRI) and the ontology in the graph {@link NG#ONTOLOGY}. The default graph is the union of all named
 * graphs, so queries without {@code GRAPH} see every article.
 *
 * <pre>{@code
 * try (NewsStore store = NewsStore.open(Path.of("data/tdb2"))) {
 *     store.replace(article, ArticleGraph.of(analysis));   // one write transaction
 * }
 * }</pre>
 *
 * TDB2 allows one process per database directory; a second process gets a {@link StoreException} saying
 * what to do. Within a process, use one {@code NewsStore} per directory.
 */
public final class NewsStore implements GraphDestination, AutoCloseable {

    /** Where the commands keep the database unless told otherwise (relative to the working directory). */
    public static final Path DEFAULT_LOCATION = Path.of("data", "tdb2");

    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");
    /** TDB2's lock file, in the database directory and in each of its storage directories. */
    private static final String LOCK_FILE = "tdb.lock";
    /** Below this much free space, a failed write through memory-mapped files is a full disk. */
    private static final long LOW_SPACE_BYTES = 64L * 1024 * 1024;

    private final Path location;
    private final Dataset dataset;
    /** The statements' words beside the database ({@link WordIndex}); null where it could not be opened. */
    private WordIndex words;
    private boolean unmapAfterCommit;
    /** Whether this process has checked (and if need be written) the ontology graph: once is enough. */
    private volatile boolean ontologyCurrent;

    /** Places each loaded article's entities on their hubs where that is exact (null: not at all). */
    private volatile IdentityOnLoad identityOnLoad = IdentityOnLoad.standard();

    /** The base of the IRIs written from now on: the database's own once known ({@link #useBase}). */
    private volatile String base;

    private NewsStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /**
     * The base of this database's IRIs: the one recorded at its first load, or for a database without a record the
     * one its article graphs are named under; empty for a new database (see {@code StoreBase}).
     */
    public java.util.Optional<String> recordedBase() {
        try {
            return Txn.calculateRead(dataset, () -> StoreBase.of(dataset.asDatasetGraph()));
        } catch (RuntimeException e) {
            throw new StoreException("cannot read database " + location + ": " + oneLine(e), e);
        }
    }

    /**
     * Writes articles under this base from now on; the first load records it in the database.
     *
     * @throws StoreException when the database's IRIs are under another base: one database, one namespace
     */
    public NewsStore useBase(String wanted) {
        String checked = newsgraph.rdf.Iris.checkedBase(wanted);
        java.util.Optional<String> own = recordedBase();
        if (own.isPresent() && !own.get().equals(checked)) {
            throw new StoreException("database " + location + " holds IRIs under " + own.get() + " (its base since its"
                    + " first load), not " + checked + ": leave --base out, give --base " + own.get()
                    + ", or use another --db");
        }
        this.base = checked;
        return this;
    }

    /** The base graphs are written under: the one given to {@link #useBase}, else the database's own, else the default. */
    @Override
    public String base() {
        if (base == null) {
            base = recordedBase().orElse(newsgraph.rdf.Iris.DEFAULT_BASE);
        }
        return base;
    }

    /**
     * The index files TDB2 reads block by block: two files (tree nodes and records) for each of its twelve B+trees
     * (six quad indexes, three triple indexes, the node table's, the prefix table's and its prefix index). An index
     * cache is shared out among them evenly: TDB2 has one size for all (a file no query reads holds nothing).
     */
    static final int INDEX_FILES = 24;

    /** TDB2's block size: the unit of an index cache. */
    private static final int BLOCK_BYTES = 8192;

    /** TDB2's own write cache of a file (blocks); a cache smaller than this holds that many at most. */
    private static final int TDB2_WRITE_CACHE_BLOCKS = 2000;

    /** Blocks a file may keep in the heap when the indexes are read through a cache; 0 while they are mapped. */
    private static int cachedBlocksPerFile;

    /**
     * Reads the indexes of every database this process opens afterwards through a cache of {@code megabytes} in the
     * Java heap instead of mapping the files into memory. Mapped, every block a query touched stays in the process's
     * resident memory while the machine has room, so the resident size grows with the database; through the cache it
     * stays within the heap, whatever the database's size, and the operating system still caches the files outside
     * the process. Queries that touch more blocks than the cache holds read them again from that file cache.
     *
     * <p>TDB2 decides this once per process, before its first database: call this first.
     *
     * @throws IllegalStateException when a database was opened (or TDB2 decided its file mode) before
     */
    public static synchronized void readIndexesThroughCache(int megabytes) {
        if (megabytes < 1) {
            throw new IllegalArgumentException("an index cache needs at least 1 MB, not " + megabytes);
        }
        SystemIndex.setFileMode(FileMode.direct);
        if (SystemIndex.fileMode() != FileMode.direct) {
            throw new IllegalStateException("the indexes are already mapped into memory in this process");
        }
        cachedBlocksPerFile = Math.max(1, (int) ((long) megabytes * 1024 * 1024 / BLOCK_BYTES / INDEX_FILES));
        TdbBlockCaches.setBlocksPerFile(cachedBlocksPerFile, Math.min(cachedBlocksPerFile, TDB2_WRITE_CACHE_BLOCKS));
    }

    /** The blocks each index file keeps in the heap (0: the indexes are mapped, TDB2's default). */
    public static int cachedBlocksPerFile() {
        return cachedBlocksPerFile;
    }

    /**
     * The size of the index files of the database in {@code dir} (its current storage directory's B+tree files, the
     * ones TDB2 maps): what a server that maps them can come to hold in its memory. 0 for a directory without one.
     */
    public static long indexBytes(Path dir) {
        if (!isDatabase(dir)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            // the newest Data-NNNN, the one TDB2 opens (not a Data-NNNN-tmp that a killed compaction left)
            Path storage = entries.filter(p -> storageNumber(p.getFileName().toString()) >= 0 && Files.isDirectory(p))
                    .max(Comparator.comparingInt(p -> storageNumber(p.getFileName().toString()))).orElseThrow();
            try (Stream<Path> files = Files.list(storage)) {
                long total = 0;
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".dat") || name.endsWith(".idn")) {
                        total += Files.size(file);
                    }
                }
                return total;
            }
        } catch (IOException e) {
            throw new StoreException("cannot read database directory " + PrintablePath.of(dir) + ": " + ioReason(e), e);
        }
    }

    private static Dataset connect(Path dir) {
        return TDB2Factory.connectDataset(dir.toString());
    }

    /** Opens the database in {@code dir}, creating it (and the directory) if there is none yet. */
    public static NewsStore open(Path dir) {
        return open(dir, notice -> { });
    }

    /**
     * Opens the database in {@code dir}, creating it if there is none yet, and says through {@code notices} (a line
     * each, as it starts and as it ends) what opening it does once that may take minutes: an index or statistics it
     * lacks or has in an older layout, filled from every article (at 100,000 articles, 3–9 minutes each).
     */
    public static NewsStore open(Path dir, Consumer<String> notices) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(PrintablePath.of(dir) + " is a file, not a database directory; choose another --db");
        }
        if (isNonEmptyDirectory(dir) && !isDatabase(dir) && !Files.exists(dir.resolve(LOCK_FILE))) {
            // never scatter TDB2 files into someone's unrelated directory (a lock file alone is a database that
            // another process is creating right now: opening it says so)
            throw new StoreException(PrintablePath.of(dir) + " is not a newsgraph database (a non-empty directory"
                    + " without TDB2 data); choose another --db");
        }
        Dataset dataset;
        try {
            Files.createDirectories(dir);
            dataset = connect(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create database directory " + PrintablePath.of(dir) + ": " + ioReason(e), e);
        } catch (RuntimeException e) {
            throw openFailure(dir, e);
        }
        WordSearch.register(); // statement-in-context reads the word index through it
        TdbNodeCaches.widenWriteBuffers(TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()));
        NewsStore store = new NewsStore(dir, withUnionDefaultGraph(dataset));
        // a new database has nothing to read: filling its indexes takes no time worth a word
        Consumer<String> said = store.hasGraphs() ? notices : notice -> { };
        store.ensureNameIndex(said);
        store.ensureStatistics(said);
        store.ensureWordIndex(said);
        return store;
    }

    /**
     * Opens the word index of {@code statement-in-context} and fills it again from every article graph when it is not
     * the database's (a new index, one that a crash between the database's commit and its own left behind, one that a
     * write without it changed). Where it cannot be opened (a database this process may only read), the query reads
     * every statement instead.
     */
    private void ensureWordIndex(Consumer<String> notices) {
        try {
            words = WordIndex.open(location);
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        dataset.getContext().set(WordSearch.INDEX, words);
        if (!wordIndexIsCurrent()) {
            long start = System.nanoTime();
            notices.accept("filling the word index of statement-in-context from every article (once)");
            long statements = fillWordIndex(false);
            notices.accept(statements >= 0 ? String.format(Locale.ROOT, "indexed the words of %,d statements in %s",
                    statements, since(start)) : stopped(start, "", "statement-in-context reads every statement instead"));
        }
    }

    /** Whether the database has a named graph (an article, the ontology, the identity graph). */
    private boolean hasGraphs() {
        try {
            return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().listGraphNodes().hasNext());
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Does {@code work}, saying {@code doing} before it and {@code done} with its time after it; when it fails, says that
     * it stopped and what is done {@code instead} (a start notice never goes without an end), and throws on.
     */
    private static void said(Consumer<String> notices, String doing, String done, String instead, Runnable work) {
        long start = System.nanoTime();
        notices.accept(doing);
        try {
            work.run();
        } catch (RuntimeException | InternalError e) {
            notices.accept(stopped(start, reason(e), instead));
            throw e;
        }
        notices.accept(done + " in " + since(start));
    }

    /** The end notice of work that failed: its write transaction was not committed, so nothing of it is kept. */
    private static String stopped(long start, String reason, String instead) {
        return "stopped after " + since(start) + ", nothing changed" + (reason.isEmpty() ? "" : " (" + reason + ")")
                + ": " + instead;
    }

    /** The innermost message of a failure (e.g. "No space left on device"), or its kind. */
    private static String reason(Throwable e) {
        String reason = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage().lines().findFirst().orElse(reason).strip();
            }
        }
        return reason;
    }

    /** The time since {@code start} (System.nanoTime), in seconds, for a notice. */
    private static String since(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Fills the word index again from every named graph ({@code newsgraph stats --rebuild}, after changes made around
     * newsgraph); when it is behind the database, or always.
     *
     * @return the number of statements in it now, or -1 when it could not be filled (or was current)
     */
    public long fillWordIndex(boolean always) {
        WordIndex index = words;
        if (index == null) {
            return -1;
        }
        DatasetGraph dsg = dataset.asDatasetGraph();
        index.lock().lock();
        try {
            return Txn.calculateRead(dataset, () -> always || index.stamp() != StatementWords.stamp(dsg)
                    ? StatementWords.build(dsg, index) : -1L);
        } catch (RuntimeException e) {
            index.rollback();
            return -1;
        } finally {
            index.lock().unlock();
        }
    }

    /**
     * Whether {@code statement-in-context} reads its words from the word index now: the index is open and its last commit
     * is the database's latest write (else the query reads every statement).
     */
    public boolean wordIndexIsCurrent() {
        WordIndex index = words;
        if (index == null) {
            return false;
        }
        return Txn.calculateRead(dataset, () -> index.stamp() == StatementWords.stamp(dataset.asDatasetGraph()));
    }

    /**
     * Builds the name index if this database has none yet (one written by another tool, e.g. {@code tdb2.xloader},
     * or by an older newsgraph), and adds the ontology graph if that is missing too.
     */
    private void ensureNameIndex(Consumer<String> notices) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        try {
            if (!Txn.calculateRead(dataset, () -> NameIndex.isComplete(dsg))) {
                said(notices, "building the name index from every article (once)", "built the name index",
                        "the queries look names up in every article instead", () ->
                        Txn.executeWrite(dataset, () -> {
                            NameIndex.build(dsg);
                            storeOntology(dsg);
                        }));
            }
        } catch (RuntimeException e) {
            // a database this process may not write: the queries read every article graph instead
        }
    }

    /**
     * Counts the statistics from scratch if this database has none (or an older layout of them): one written by another
     * tool or an older newsgraph. Reads every article graph once. Settles what a load that stopped before its end left
     * ({@link #groupCountsAtEnd}).
     */
    private void ensureStatistics(Consumer<String> notices) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        try {
            if (Txn.calculateRead(dataset, () -> Statistics.isUpgradable(dsg))) {
                // settled below, without reading every article
                said(notices, "bringing the statistics up to this version's layout (once)", "brought the statistics up",
                        "the overviews count over every article instead",
                        () -> Txn.executeWrite(dataset, () -> Statistics.upgrade(dsg)));
            }
            settleStatistics(); // what a load that stopped before its end left
            if (!Txn.calculateRead(dataset, () -> Statistics.isComplete(dsg))) {
                said(notices, "counting the statistics from every article (once)", "counted the statistics",
                        "the overviews count over every article instead",
                        () -> Txn.executeWrite(dataset, () -> Statistics.rebuild(dsg)));
            }
        } catch (RuntimeException | InternalError e) {
            // a database this process may not write, or a full disk (TDB2's memory-mapped files fail with an
            // InternalError): nothing is changed, and the overviews count over every article graph instead
        }
    }

    /**
     * Counts the statistics again from every article graph, in one write transaction ({@code newsgraph stats --rebuild}).
     *
     * @return the number of article graphs counted
     */
    public long rebuildStatistics() {
        try {
            return Txn.calculateWrite(dataset, () -> Statistics.rebuild(dataset.asDatasetGraph()));
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
    }

    private static Dataset withUnionDefaultGraph(Dataset dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /** Opens an existing database; a missing one is an error (querying must not create an empty database). */
    public static NewsStore openExisting(Path dir) {
        return openExisting(dir, notice -> { });
    }

    /** Opens an existing database, saying what opening it does once that may take minutes (as {@link #open(Path, Consumer)}). */
    public static NewsStore openExisting(Path dir, Consumer<String> notices) {
        if (!isDatabase(dir)) {
            throw new StoreException("no database at " + PrintablePath.of(dir) + ": load articles first with"
                    + " 'newsgraph load FILE|DIR… --db " + PrintablePath.of(dir) + "'");
        }
        return open(dir, notices);
    }

    /** Whether {@code dir} holds a TDB2 database. */
    public static boolean isDatabase(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (IOException e) {
            throw new StoreException("cannot read database directory " + PrintablePath.of(dir) + ": " + e.getMessage(),
                    e);
        }
    }

    private static boolean isNonEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new StoreException("cannot read database directory " + PrintablePath.of(dir) + ": " + e.getMessage(),
                    e);
        }
    }

    private static StoreException openFailure(Path dir, RuntimeException e) {
        String shown = PrintablePath.of(dir);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isLockRefused(t)) {
                // the holder writes its process id right after taking the lock: a process that is just starting
                // has none there yet
                Matcher holder = LOCK_HOLDER.matcher(String.valueOf(t.getMessage()));
                return new StoreException("database " + shown + " is in use by another process"
                        + (holder.find() ? " (pid " + holder.group(1) + ")" : "")
                        + ", probably a running 'newsgraph serve': stop it first, or load through it with"
                        + " 'serve --load FILE|DIR…' and query it with 'query --endpoint URL'", e);
            }
        }
        String notWritable = notWritableReason(e, dir.resolve(LOCK_FILE));
        if (notWritable != null) {
            return new StoreException("database " + shown + " is read-only (" + notWritable + "): newsgraph must"
                    + " write to it even to read it, TDB2 keeps a lock file there; make it writable (chmod -R u+w "
                    + shown + ") or copy it somewhere writable and use --db", e);
        }
        return new StoreException("cannot open database " + shown + ": " + oneLine(e), e);
    }

    /**
     * Whether TDB2 could not take a database's lock because another process holds it: its own refusal, or the
     * failure of reading the holder's process id from a lock file still empty (TDB2 5.6 then fails with
     * "NegativeArraySizeException: -1" instead).
     */
    private static boolean isLockRefused(Throwable t) {
        if (t instanceof DBOpEnvException && t.getMessage() != null && t.getMessage().startsWith("Failed to get a lock")
                && t.getCause() == null) {
            return true;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals(ProcessFileLock.class.getName())
                    && frame.getMethodName().equals("readProcessId")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "FILE: reason" when a failure comes from the file system refusing a write (permission, read-only file system,
     * immutable file), else null. TDB2 reports a lock file it cannot create as a bare IOException without the
     * file's name: {@code lockFile} names it then.
     */
    private static String notWritableReason(Throwable e, Path lockFile) {
        FileSystemException refused = notWritable(e);
        if (refused != null) {
            return ioReason(refused);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && refusesWrites(t.getMessage())) {
                return PrintablePath.of(lockFile) + ": " + t.getMessage().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean refusesWrites(String reason) {
        return reason.contains("Read-only file system") || reason.contains("not permitted")
                || reason.contains("Permission denied");
    }

    /** The file-system refusal behind a failure (permission, read-only file system, immutable file), or null. */
    private static FileSystemException notWritable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return denied;
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null && refusesWrites(fs.getReason())) {
                return fs;
            }
        }
        return null;
    }

    /** "FILE: reason" for a file-system error whose message is just a path. */
    private static String ioReason(IOException e) {
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason()
                    : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
            return (fs.getFile() == null ? "" : PrintablePath.of(fs.getFile()) + ": ")
                    + reason.toLowerCase(java.util.Locale.ROOT);
        }
        return oneLine(e);
    }

    /** Replaces one article's graph: its named graph is dropped, then the new one added; nothing else changes. */
    public void replace(Article article, Model graph) {
        replaceAll(Map.of(article, graph));
    }

    /**
     * Replaces the graphs of several articles in one write transaction (all or nothing). Batch articles: many
     * tiny transactions make a TDB2 database grow until it is compacted.
     */
    public void replaceAll(Map<Article, Model> graphs) {
        try (Batch batch = begin()) {
            graphs.forEach(batch::replace);
            batch.commit();
        }
    }

    /**
     * Starts a write transaction that replaces article graphs as they come, so a batch of any size needs no
     * more memory than one article; it must be used, committed and closed by the thread that began it.
     */
    @Override
    public Batch begin() {
        return begin(groupCountsAtEnd);
    }

    /** {@code deferGroups}: the batch leaves the groups' counts to the end of the load ({@link #groupCountsAtEnd}). */
    private Batch begin(boolean deferGroups) {
        String under = base();
        try {
            dataset.begin(TxnType.WRITE);
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
        WriteBatch batch = new WriteBatch(deferGroups);
        if (!ontologyCurrent) {
            batch.run(() -> storeOntology(dataset.asDatasetGraph()));
        }
        batch.run(() -> {
            if (!StoreBase.isRecorded(dataset.asDatasetGraph())) {
                StoreBase.record(dataset.asDatasetGraph(), under);
            }
        });
        return batch;
    }

    @Override
    public String description() {
        return "database " + PrintablePath.of(location);
    }

    /** TDB2's one writer thread runs here, and a large load waits for it. */
    @Override
    public boolean writesOnThisMachine() {
        return true;
    }

    private StoreException writeFailure(Throwable e) {
        long free = usableSpace();
        boolean noSpace = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            noSpace |= message.contains("No space left on device") || message.contains("Disk quota exceeded");
        }
        boolean mappedWriteFailed = e instanceof InternalError;
        if (noSpace || mappedWriteFailed && free >= 0 && free < LOW_SPACE_BYTES) {
            return new StoreException("cannot write to database " + PrintablePath.of(location) + ": the disk is full"
                    + (free >= 0 ? " (" + free / (1024 * 1024) + " MB free)" : "") + ", free some space", e);
        }
        if (mappedWriteFailed) {
            return new StoreException("cannot write to database " + PrintablePath.of(location) + ": a write to its"
                    + " memory-mapped files failed (" + oneLine(e) + "); is the disk full, or was a file of it removed?",
                    e);
        }
        FileSystemException notWritable = notWritable(e);
        if (notWritable != null) {
            return new StoreException("cannot write to database " + PrintablePath.of(location) + ": it is read-only ("
                    + ioReason(notWritable) + "); make it writable (chmod -R u+w " + PrintablePath.of(location) + ")", e);
        }
        return new StoreException("cannot write to database " + PrintablePath.of(location) + ": " + oneLine(e), e);
    }

    /** Free bytes on the database's file system, or -1 when unknown. */
    private long usableSpace() {
        try {
            return Files.getFileStore(location).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** One write transaction of {@link #begin()}. */
    private final class WriteBatch implements Batch {

        private final DatasetGraph dsg = dataset.asDatasetGraph();
        private final SortedQuadInserts quads = SortedQuadInserts.of(dsg);
        /** The word index's share of this transaction. */
        private final WordChanges wordChanges = WordChanges.of(dsg);
        /** The statistics, kept in this transaction; null when the database has none to keep (they are rebuilt). */
        private final StatisticsUpdate statistics;

        WriteBatch(boolean deferGroups) {
            statistics = !Statistics.isKept(dsg) ? null
                    : deferGroups ? Statistics.update(dsg).deferGroups() : Statistics.update(dsg);
        }

        @Override
        public void replace(Article article, Model graph) {
            run(() -> {
                Node name = NodeFactory.createURI(ArticleGraph.graphName(article, base()));
                if (identityOnLoad != null) {
                    identityOnLoad.place(dsg, name, graph.getGraph(), base()); // issue 11: before the graph is replaced
                }
                if (statistics != null) {
                    statistics.replacing(name, graph.getGraph()); // before the old graph goes: its counts go too
                }
                if (quads == null) {
                    dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                    graph.getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(),
                            t.getObject()));
                } else {
                    quads.replace(name, graph.getGraph());
                }
                NameIndex.add(dsg, graph.getGraph());
                wordChanges.replaced(name, graph.getGraph());
            });
        }

        @Override
        public void commit() {
            if (quads != null) {
                run(quads::flush);
            }
            if (statistics != null) {
                run(statistics::apply);
            }
            run(() -> wordChanges.commit(dataset::commit));
            ontologyCurrent = true;
            if (unmapAfterCommit) {
                unmap();
            }
        }

        @Override
        public void close() {
            if (dataset.isInTransaction()) {
                dataset.abort();
                dataset.end();
            }
        }

        private void run(Runnable write) {
            try {
                write.run();
            } catch (RuntimeException | InternalError e) {
                // a full disk shows as an I/O error, or through TDB2's memory-mapped files as an InternalError
                try {
                    close();
                } catch (RuntimeException | InternalError abortFailed) {
                    e.addSuppressed(abortFailed);
                }
                throw writeFailure(e);
            }
        }
    }

    /** Writes the ontology into its graph if it is absent or differs from the one in this jar. */
    private static void storeOntology(DatasetGraph dsg) {
        Node name = NodeFactory.createURI(NG.ONTOLOGY);
        Graph stored = dsg.getGraph(name);
        Graph ontology = NewsOntology.model().getGraph();
        if (!stored.isEmpty() && stored.isIsomorphicWith(ontology)) {
            return;
        }
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        ontology.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The newsgraph ontology as packaged in the jar (a copy the caller may change). */
    public static Model ontology() {
        return ModelFactory.createDefaultModel().add(NewsOntology.model());
    }

    /** The names of the article graphs (not the ontology's, not the identity graph), in no particular order. */
    public List<String> articleGraphNames() {
        return Txn.calculateRead(dataset, () -> Iter.toList(Iter.map(
                        Iter.filter(dataset.asDatasetGraph().listGraphNodes(), IdentityGraph::isArticleGraph),
                        Node::getURI)));
    }

    /**
     * Whether {@code load} keeps identity current ({@link IdentityOnLoad}; on unless turned off, e.g. by {@code bench}
     * to measure what it costs). Without it, new entities have no hub until {@link #resolve()}.
     */
    public NewsStore identityOnLoad(boolean on) {
        this.identityOnLoad = on ? IdentityOnLoad.standard() : null;
        return this;
    }

    /**
     * Recomputes the identity of every entity of the database and replaces its identity graph, in one write
     * transaction ({@code newsgraph resolve}); the hubs' names go into the name index.
     */
    public Resolver.Resolved resolve() {
        return resolve(null);
    }

    /**
     * The same, after replacing the store's corrections graph with {@code corrections} (a person's owl:sameAs and
     * owl:differentFrom, see {@link Corrections}) in the same transaction; {@code null} keeps the stored ones.
     */
    public Resolver.Resolved resolve(Graph corrections) {
        String under = base();
        try (Batch batch = begin(false)) { // one transaction: its groups are counted in it
            Resolver.Resolved[] out = new Resolver.Resolved[1];
            WriteBatch write = (WriteBatch) batch;
            write.run(() -> {
                if (write.statistics != null) {
                    write.statistics.touching(IdentityGraph.NODE); // the groups whose members change are counted again
                }
                if (corrections != null) {
                    Corrections.replace(dataset.asDatasetGraph(), corrections);
                }
                out[0] = Resolver.standard().resolve(dataset.asDatasetGraph(), under);
                NameIndex.add(dataset.asDatasetGraph(), out[0].identity());
                NameIndex.refresh(dataset.asDatasetGraph()); // every entity has a hub now: its names lead to it
            });
            batch.commit();
            return out[0];
        }
    }

    /** How many entities wait for a {@link #resolve()}: those {@code load} could not place exactly. */
    public long awaitingResolve() {
        return Txn.calculateRead(dataset, () -> IdentityGraph.awaiting(dataset.asDatasetGraph()));
    }

    /** The number of triples in one named graph (0 if there is no such graph). */
    public long tripleCount(String graphName) {
        return Txn.calculateRead(dataset,
                () -> (long) dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graphName)).size());
    }

    /** The number of quads in all named graphs, the ontology's included (not the name index). */
    public long quadCount() {
        return Txn.calculateRead(dataset,
                () -> Iter.count(dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** An in-memory copy of one named graph (empty if there is none). */
    public Model copyOf(String graphName) {
        return Txn.calculateRead(dataset, () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(dataset.getNamedModel(graphName));
            return copy;
        });
    }

    /** The TDB2 dataset, for queries and the server; use transactions. */
    public Dataset dataset() {
        return dataset;
    }

    public Path location() {
        return location;
    }

    /**
     * Leaves the counts that grow with a group — a hub's group counted again over its members, its row of the ranking,
     * a speaker's pairs — to the end of the load ({@link #finish}) instead of each batch: a load's batches keep touching
     * the same busy people, and counting their whole history again at every batch made a large load's time grow with the
     * square of its articles (a profile at 10,000 articles: 57 % of the writer's time in counting pairs again). Meanwhile
     * the statistics are marked pending, not complete, so the queries count over the articles; a load that stops before
     * its end leaves the marks, and the next open of the database settles them ({@link Statistics#settle}).
     */
    public NewsStore groupCountsAtEnd() {
        this.groupCountsAtEnd = true;
        return this;
    }

    private boolean groupCountsAtEnd;

    /** The end of a load: counts the groups and pairs its batches left ({@link #groupCountsAtEnd}), in a transaction of its own. */
    @Override
    public void finish() {
        settleStatistics();
    }

    /**
     * Counts the groups and pairs a load left to its end (or one that stopped before it did), in a write transaction;
     * how many groups and speakers were counted (0: nothing was pending).
     */
    public long settleStatistics() {
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!Txn.calculateRead(dataset, () -> Statistics.isPending(dsg))) {
                return 0;
            }
            long settled = 0;
            for (Statistics.SettleStep step : Statistics.SettleStep.values()) {
                settled += Txn.calculateWrite(dataset, () -> Statistics.settle(dsg, step));
                if (unmapAfterCommit) {
                    unmap(); // what one step read need not stay mapped through the next
                }
            }
            return settled;
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
    }

    /**
     * After every commit, lets go of the database's memory maps. TDB2 maps its files, and every page a load
     * touches counts as this process's memory until the maps are gone, so a long load would grow to the size
     * of the database. Only for a store that nothing else uses meanwhile (the {@code load} command's, not a
     * served one): the storage is closed and opened again, while the database itself stays open and locked.
     */
    public NewsStore unmapAfterCommit() {
        this.unmapAfterCommit = true;
        // the storage's node caches are closed with it after each commit: filling them at the commit is wasted
        TdbNodeCaches.dropBuffersAtCommit(TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()));
        return this;
    }

    /**
     * Closes and reopens the storage directory ({@code Data-NNNN}) under the database, the way TDB2's own compaction
     * switches storage. The database directory's lock, which every other process must take to open the database,
     * is held throughout: closing the whole dataset would release it between batches, and another process could
     * take the database in the middle of a load.
     */
    private void unmap() {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(TDBInternal.getDatabaseContainer(
                dataset.asDatasetGraph()));
        switchStorage(storage.getLocation());
    }

    /**
     * Closes the storage directory in use and opens {@code next} (the same one again, or a compacted copy) in its
     * place, with its settings, under the database's lock.
     */
    private void switchStorage(Location next) {
        DatasetGraphSwitchable database = TDBInternal.getDatabaseContainer(dataset.asDatasetGraph());
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(database);
        StoreParams params = storage.getStoreParams();
        ReorderTransformation reorder = storage.getReorderTransform();
        // closes the files; a mapped buffer is unmapped when it is collected, and this asks for a collection
        StoreConnection.internalExpel(storage.getLocation(), false);
        DatasetGraphTDB reopened = StoreConnection.connectCreate(next, params, reorder).getDatasetGraphTDB();
        TdbNodeCaches.widenWriteBuffers(reopened);
        if (unmapAfterCommit) {
            TdbNodeCaches.dropBuffersAtCommit(reopened);
        }
        database.set(reopened);
        withUnionDefaultGraph(dataset);
        if (words != null) {
            dataset.getContext().set(WordSearch.INDEX, words);
        }
    }

    /**
     * Rewrites the database without the space that transactions left behind (TDB2 copies every block a
     * transaction changes) and with every index block full ({@link PackedStorage}), then deletes the old copy, and
     * any older storage directory that a compaction killed after its switch left behind. The database stays open and
     * locked throughout; call it between write transactions.
     *
     * <p>A compaction killed part-way loses nothing: the new copy is written under {@code Data-NNNN-tmp} and renamed
     * when it is complete (the switch); TDB2 deletes a {@code -tmp} directory when it next opens the database. Killed
     * after the switch, the database opens on the new copy and the next compaction deletes the old one.
     *
     * @return the disk it used before, at its peak (both copies) and after
     * @throws StoreException when it cannot be written
     */
    public Compaction compact() {
        long before = diskBytes();
        long start = System.nanoTime();
        long bothCopies;
        Path halfCopy = location.resolve(String.format(java.util.Locale.ROOT, "Data-%04d-tmp", storageNumber(
                storageLocation().getFileName().toString()) + 1));
        try {
            // the old copy stays until it is measured: both copies on disk are the peak a compaction needs
            PackedStorage.write(TDBInternal.getDatasetGraphTDB(TDBInternal.getDatabaseContainer(
                    dataset.asDatasetGraph())), halfCopy);
            Path next = location.resolve(halfCopy.getFileName().toString().replaceFirst("-tmp$", ""));
            Files.move(halfCopy, next, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            switchStorage(Location.create(next.toString()));
        } catch (IOException | RuntimeException | InternalError e) {
            // the half-written copy's files are still open and mapped, so their disk is not freed until they are
            // closed: close them, or the load that goes on finds the disk still full
            try {
                StoreConnection.internalExpel(Location.create(halfCopy.toString()), true);
                FileTrees.delete(halfCopy); // closing it wrote its lock file again
            } catch (IOException | RuntimeException | InternalError closing) {
                e.addSuppressed(closing);
            }
            // a full disk shows as an I/O error, or through TDB2's memory-mapped files as an InternalError
            StoreException why = writeFailure(e);
            throw new StoreException(why.getMessage().replace("cannot write to database", "cannot compact database"),
                    e);
        }
        bothCopies = diskBytes();
        try {
            deleteOlderStorage();
        } catch (IOException | RuntimeException e) {
            throw new StoreException("compacted database " + PrintablePath.of(location) + ", but cannot delete its old"
                    + " copy (" + (e instanceof IOException io ? ioReason(io) : oneLine(e)) + "): the next compaction"
                    + " tries again, or delete its Data-NNNN directories but the last by hand", e);
        }
        return new Compaction(before, bothCopies, diskBytes(), java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    /** What a {@link #compact()} did: disk used before, at its peak (old and new copy) and after. */
    public record Compaction(long bytesBefore, long peakBytes, long bytesAfter, java.time.Duration time) {
    }

    /** Deletes every storage directory ({@code Data-NNNN}) older than the one in use: TDB2 never reads them again. */
    private void deleteOlderStorage() throws IOException {
        int current = storageNumber(storageLocation().getFileName().toString());
        List<Path> older;
        try (Stream<Path> entries = Files.list(location)) {
            older = entries.filter(p -> Files.isDirectory(p) && storageNumber(p.getFileName().toString()) >= 0
                    && storageNumber(p.getFileName().toString()) < current).toList();
        }
        for (Path dir : older) {
            FileTrees.delete(dir);
        }
    }

    /** The storage directory in use ({@code Data-NNNN}). */
    private Path storageLocation() {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(TDBInternal.getDatabaseContainer(
                dataset.asDatasetGraph()));
        return Path.of(storage.getLocation().getDirectoryPath());
    }

    private static final Pattern STORAGE = Pattern.compile("Data-(\\d+)");

    /** The number of a storage directory's name ({@code Data-0003}: 3), or -1 for any other name. */
    private static int storageNumber(String name) {
        Matcher m = STORAGE.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * The disk the database's files take: the blocks allocated to them, as {@code du} counts them (TDB2's files
     * are sparse: they grow by 8 MB at a time, mostly unwritten), or where {@code du} cannot run, their lengths.
     */
    public long diskBytes() {
        return DiskUse.of(location);
    }

    /** Releases the database so that another process may open it. */
    @Override
    public void close() {
        if (words != null) {
            words.close();
            words = null;
        }
        try {
            TDBInternal.expel(dataset.asDatasetGraph());
        } catch (RuntimeException e) {
            // after a failed write TDB2 still counts that transaction as active and will not let go; the process
            // is ending, which releases the lock, and the next open recovers from the journal
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
