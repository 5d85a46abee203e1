package newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The words of every statement in a Lucene index beside the database, so that {@code statement-in-context} finds the
 * statements whose words contain a text, of anyone or of one person's entities, without reading every statement. The
 * only class that imports Lucene.
 *
 * <p>A statement is one document: its article graph (to replace an article's documents at once), its IRI and words
 * (stored), its creators (the entities its article names as its speaker), and the query's order (article, then the words' first offset) as the index's own sort, so that the first
 * statements in that order come without sorting the others. Its words are indexed as the distinct three-character
 * pieces of their lower-cased text: every piece of a text the words contain is one of theirs, so asking for all the
 * text's pieces finds every statement that contains it (and a few that only have the pieces; {@link #find} checks each
 * against the words). A text shorter than three characters has no piece and goes through every statement in order.
 *
 * <p>Each commit records a stamp: the one that the database recorded in the write transaction whose articles it
 * holds ({@link StatementWords}). A query uses the index only when the stamp it last committed is the one its own
 * transaction reads, so an index that a crash left behind, or one that a write has not reached yet, is never read.
 * All changes wait for a lock ({@link #lock}) that the writer holds from its first change until the commit, so one
 * commit never carries another transaction's changes.
 */
public final class WordIndex implements AutoCloseable {

    /** Where the index lives, inside the database directory. */
    static final String DIRECTORY = "words";
    /** The stamp of an index that holds nothing yet: no database stamp ever equals it. */
    static final long UNBUILT = -1;

    private static final String GRAPH = "graph";
    private static final String STATEMENT = "statement";
    private static final String WORDS = "words";
    private static final String ARTICLE = "article";
    private static final String BEGIN = "begin";
    private static final String PIECE = "piece";
    private static final String CREATOR = "creator";
    private static final String STAMP = "stamp";
    private static final String LAYOUT = "layout";
    /** The layout of the entries: an index of another layout is filled again (2: with the statements' creators). */
    private static final String CURRENT_LAYOUT = "2";
    private static final int PIECE_LENGTH = 3;
    private static final Sort ORDER = new Sort(new SortField(ARTICLE, SortField.Type.STRING),
            new SortField(BEGIN, SortField.Type.LONG));
    private static final FieldType PIECES = pieces();

    /** One index per directory in this process (a second writer on it would be refused by Lucene's lock). */
    private static final Map<Path, WordIndex> OPEN = new HashMap<>();

    private final Path dir;
    private final Directory directory;
    private IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock lock = new ReentrantLock();
    private int users = 1;

    /** A statement's entry: what the index keeps of it. */
    public record Entry(String graph, String statement, String article, long begin, String words,
            List<String> creators) {
    }

    private WordIndex(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        // read, not mapped: the server's resident memory stays its heap (as TDB2's indexes through their cache)
        directory = new NIOFSDirectory(dir);
        writer = newWriter(directory);
        if (!DirectoryReader.indexExists(directory)) {
            writer.setLiveCommitData(Map.of(STAMP, Long.toString(UNBUILT), LAYOUT, CURRENT_LAYOUT).entrySet());
            writer.commit();
        }
        searchers = new SearcherManager(directory, null);
    }

    private static IndexWriter newWriter(Directory directory) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig().setIndexSort(ORDER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
    }

    /** Opens (or creates) the index in the database directory {@code db}; the same one for every caller in this process. */
    static WordIndex open(Path db) throws IOException {
        Path dir = db.resolve(DIRECTORY).toAbsolutePath().normalize();
        synchronized (OPEN) {
            WordIndex index = OPEN.get(dir);
            if (index != null) {
                index.users++;
                return index;
            }
            index = new WordIndex(dir);
            OPEN.put(dir, index);
            return index;
        }
    }

    /** Held by a writer from its first change until {@link #commit} or {@link #rollback}. */
    ReentrantLock lock() {
        return lock;
    }

    /** The stamp of the last commit. */
    long stamp() {
        IndexSearcher searcher = acquire();
        try {
            return stampOf(searcher);
        } finally {
            release(searcher);
        }
    }

    /** Replaces the entries of one article graph by {@code entries} (under the lock; takes effect at the commit). */
    void replace(String graph, Collection<Entry> entries) {
        requireLock();
        try {
            writer.deleteDocuments(new Term(GRAPH, graph));
            for (Entry entry : entries) {
                writer.addDocument(document(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every entry (under the lock; takes effect at the commit). */
    void clear() {
        requireLock();
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes since the last commit durable, with the database's stamp, and lets queries see them. */
    void commit(long stamp) {
        requireLock();
        try {
            writer.setLiveCommitData(Map.of(STAMP, Long.toString(stamp), LAYOUT, CURRENT_LAYOUT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Drops the changes since the last commit: the writer goes back to it. Never fails: if the writer cannot be opened
     * again, later changes fail and the index stays at its last stamp, which the queries then do not read.
     */
    void rollback() {
        requireLock();
        try {
            writer.rollback(); // closes the writer
            writer = newWriter(directory);
        } catch (IOException | RuntimeException e) {
            // behind the database either way: the query reads the database until the next open fills the index
        }
    }

    private void requireLock() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("the word index is changed under its lock only");
        }
    }

    /**
     * The statements whose lower-cased words contain {@code lowerCased}, of one of {@code creators} (any, when empty),
     * in the query's order, or null when the index's last commit is not the one {@code stamp} names (the caller reads
     * the database instead). The hits must be closed.
     */
    Hits find(String lowerCased, Set<String> creators, long stamp) {
        IndexSearcher searcher = acquire();
        if (stampOf(searcher) != stamp) {
            release(searcher);
            return null;
        }
        return new Hits(searcher, lowerCased, creators);
    }

    /** The statements of a search, read a batch at a time as they are asked for. */
    final class Hits implements java.util.Iterator<String>, org.apache.jena.atlas.lib.Closeable {

        private final IndexSearcher searcher;
        private final String lowerCased;
        private final Query query;
        private final Deque<String> ready = new ArrayDeque<>();
        private FieldDoc after;
        private int batch = 64;
        private boolean exhausted;
        private boolean closed;

        private Hits(IndexSearcher searcher, String lowerCased, Set<String> creators) {
            this.searcher = searcher;
            this.lowerCased = lowerCased;
            Set<String> pieces = StatementWords.coveringPieces(lowerCased, PIECE_LENGTH);
            if (pieces.isEmpty() && creators.isEmpty()) {
                query = new MatchAllDocsQuery();
            } else {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                pieces.forEach(piece -> all.add(new TermQuery(new Term(PIECE, piece)), BooleanClause.Occur.FILTER));
                if (!creators.isEmpty()) {
                    all.add(new TermInSetQuery(CREATOR, creators.stream().map(BytesRef::new).toList()),
                            BooleanClause.Occur.FILTER);
                }
                query = all.build();
            }
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !exhausted) {
                readBatch();
            }
            return !ready.isEmpty();
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void readBatch() {
            try {
                TopFieldDocs top = searcher.searchAfter(after, query, batch, ORDER, false);
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : top.scoreDocs) {
                    Document document = stored.document(hit.doc);
                    if (StatementWords.lowerCased(document.get(WORDS)).contains(lowerCased)) {
                        ready.add(document.get(STATEMENT));
                    }
                    after = (FieldDoc) hit;
                }
                exhausted = top.scoreDocs.length < batch;
                batch = Math.min(batch * 2, 4096);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (exhausted) {
                close();
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                release(searcher);
            }
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long stampOf(IndexSearcher searcher) {
        try {
            Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            String stamp = data.get(STAMP);
            return stamp == null || !CURRENT_LAYOUT.equals(data.get(LAYOUT)) ? UNBUILT : Long.parseLong(stamp);
        } catch (IOException | NumberFormatException e) {
            return UNBUILT;
        }
    }

    private static Document document(Entry entry) {
        Document document = new Document();
        document.add(new StringField(GRAPH, entry.graph(), Field.Store.NO));
        document.add(new StoredField(STATEMENT, entry.statement()));
        for (String creator : entry.creators()) {
            document.add(new StringField(CREATOR, creator, Field.Store.NO));
        }
        document.add(new StoredField(WORDS, entry.words()));
        document.add(new SortedDocValuesField(ARTICLE, new BytesRef(entry.article())));
        document.add(new NumericDocValuesField(BEGIN, entry.begin()));
        document.add(new Field(PIECE, new PieceStream(StatementWords.piecesOf(
                StatementWords.lowerCased(entry.words()), PIECE_LENGTH)), PIECES));
        return document;
    }

    private static FieldType pieces() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The pieces of one statement's words, as the tokens of its piece field. */
    private static final class PieceStream extends TokenStream {

        private final java.util.Iterator<String> pieces;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        PieceStream(Set<String> pieces) {
            this.pieces = pieces.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!pieces.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(pieces.next());
            return true;
        }
    }

    @Override
    public void close() {
        synchronized (OPEN) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(dir);
        }
        try {
            searchers.close();
            writer.rollback(); // what no commit made durable goes (nothing, outside a writer's lock)
            directory.close();
        } catch (IOException e) {
            // closing: the next open finds the last commit
        }
    }
}
