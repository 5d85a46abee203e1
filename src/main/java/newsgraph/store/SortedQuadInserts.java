package newsgraph.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The article quads of one TDB2 write transaction, held back in chunks and then inserted index by index,
 * each in that index's key order. TDB2 keeps every quad in six B+trees; quads inserted as they come go
 * to a random leaf of most of them, while sorted inserts go through each tree from one end to the other, so
 * the leaves and the path down to them stay in the processor's caches. The transaction and its atomicity are
 * unchanged: the quads go in before the commit, in the same transaction, on the same thread.
 *
 * <p>Only quads not yet in the database are held back: a replaced graph is deleted at once, and if the
 * transaction replaces a graph whose quads are still held back, those go in first. Every quad is then new,
 * so each index takes it without the existence check {@code DatasetGraph.add} makes through the first index.
 * About {@link #CHUNK} quads at most are held back (a chunk closes after the article that fills it).
 */
final class SortedQuadInserts {

    /**
     * Held-back quads are inserted at this many (about 35 articles), not only at the commit: measured on 3,000
     * articles, chunks of 20,000 to 60,000 quads took the writer thread about 20% less processor time than
     * quads one by one, and less than chunks of 150,000 or the whole batch, whose long inserts also leave
     * extraction waiting.
     */
    static final int CHUNK = 50_000;
    private static final RecordFactory QUAD_KEYS = new RecordFactory(4 * NodeId.SIZE, 0);

    private final DatasetGraph dsg;
    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    /** The held-back quads as their node ids' 64-bit keys, four a quad in the order G, S, P, O. */
    private long[] pending = new long[4 * 1024];
    private int count;
    private final Set<Node> pendingGraphs = new HashSet<>();
    private final byte[] scratch = new byte[NodeId.SIZE];

    private SortedQuadInserts(DatasetGraph dsg, NodeTable nodes, TupleIndex[] indexes) {
        this.dsg = dsg;
        this.nodes = nodes;
        this.indexes = indexes;
    }

    /** For a TDB2 dataset in a write transaction of this thread; null for any other (add quads one by one). */
    static SortedQuadInserts of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return null;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        TupleIndex[] indexes = quads.getTupleTable().getIndexes();
        for (TupleIndex index : indexes) {
            if (!(index instanceof TupleIndexRecord) || index.getTupleLength() != 4) {
                return null;
            }
        }
        return new SortedQuadInserts(dsg, quads.getNodeTable(), indexes.clone());
    }

    /** Replaces the named graph {@code name} by {@code graph}: deleted now, its new quads held back. */
    void replace(Node name, Graph graph) {
        if (pendingGraphs.contains(name)) {
            flush();
        }
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        long g = key(name);
        graph.find().forEachRemaining(t -> hold(g, key(t.getSubject()), key(t.getPredicate()), key(t.getObject())));
        pendingGraphs.add(name);
        if (count >= CHUNK) {
            flush();
        }
    }

    /** How many quads are held back. */
    int pending() {
        return count;
    }

    /**
     * Inserts the held-back quads (in the transaction; before it commits). Each index's keys are sorted as 64-bit
     * numbers compared unsigned, which is the order of their bytes in the B+tree (big-endian, compared unsigned).
     */
    void flush() {
        if (count > 0) {
            long[] keys = new long[4 * count];
            int[] order = new int[count];
            int[] spare = new int[count];
            byte[] bytes = new byte[4 * NodeId.SIZE];
            for (TupleIndex index : indexes) {
                TupleMap map = index.getMapping();
                int s0 = map.getSlotIdx(0), s1 = map.getSlotIdx(1), s2 = map.getSlotIdx(2), s3 = map.getSlotIdx(3);
                for (int q = 0; q < count; q++) {
                    int from = 4 * q;
                    keys[from] = pending[from + s0];
                    keys[from + 1] = pending[from + s1];
                    keys[from + 2] = pending[from + s2];
                    keys[from + 3] = pending[from + s3];
                    order[q] = q;
                }
                int[] sorted = QuadKeyOrder.sort(keys, order, spare);
                RangeIndex tree = ((TupleIndexRecord) index).getRangeIndex();
                for (int q : sorted) {
                    for (int i = 0; i < 4; i++) {
                        Bytes.setLong(keys[4 * q + i], bytes, i * NodeId.SIZE);
                    }
                    // equal keys (two literals with one inline value) insert once
                    tree.insert(QUAD_KEYS.create(bytes.clone()));
                }
            }
        }
        count = 0;
        pendingGraphs.clear();
    }

    private void hold(long g, long s, long p, long o) {
        if (4 * count + 4 > pending.length) {
            pending = Arrays.copyOf(pending, 2 * pending.length);
        }
        int at = 4 * count++;
        pending[at] = g;
        pending[at + 1] = s;
        pending[at + 2] = p;
        pending[at + 3] = o;
    }

    /** A node's id (allocated if new) as the 8 bytes an index key holds for it, read as one big-endian number. */
    private long key(Node node) {
        NodeIdFactory.set(nodes.getAllocateNodeId(node), scratch, 0);
        return Bytes.getLong(scratch, 0);
    }
}
