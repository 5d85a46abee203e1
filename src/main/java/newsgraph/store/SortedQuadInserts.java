package newsgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
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
    private final List<Tuple<NodeId>> pending = new ArrayList<>();
    private final Set<Node> pendingGraphs = new HashSet<>();

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
        NodeId g = nodes.getAllocateNodeId(name);
        graph.find().forEachRemaining(t -> pending.add(TupleFactory.create4(g, nodes.getAllocateNodeId(t.getSubject()),
                nodes.getAllocateNodeId(t.getPredicate()), nodes.getAllocateNodeId(t.getObject()))));
        pendingGraphs.add(name);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** How many quads are held back. */
    int pending() {
        return pending.size();
    }

    /** Inserts the held-back quads (in the transaction; before it commits). */
    void flush() {
        if (pending.isEmpty()) {
            pendingGraphs.clear();
            return;
        }
        Record[] keys = new Record[pending.size()];
        for (TupleIndex index : indexes) {
            TupleMap order = index.getMapping();
            for (int i = 0; i < keys.length; i++) {
                keys[i] = TupleLib.record(QUAD_KEYS, pending.get(i), order);
            }
            // the order of the B+tree itself; equal keys (two literals with one inline value) insert once
            Arrays.sort(keys, Record::compareByKey);
            RangeIndex tree = ((TupleIndexRecord) index).getRangeIndex();
            for (Record key : keys) {
                tree.insert(key);
            }
        }
        pending.clear();
        pendingGraphs.clear();
    }
}
