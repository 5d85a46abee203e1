package newsgraph.store;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.ThreadBufferingCache;

/**
 * The room a TDB2 write transaction has for the nodes it touches, which TDB2 offers no setting for. A write
 * transaction keeps the ids it allocates or reads in buffers of its own until it commits, so that an abort leaves the
 * shared node caches as they were, and TDB2 5.6 makes each buffer 1,000 entries (its {@code NodeTableCache}). A load's
 * batch of a thousand articles touches a few hundred thousand nodes: nearly every node that the statistics, identity
 * and the name index look up again in the same transaction (an article's entities, its outlet, a month, a hub) had
 * been pushed out of the buffer, and was looked up again in the node table's own index — 12 % of the writer thread at
 * 10,000 articles (docs/profile-load.md). {@link #widenWriteBuffers} gives each buffer room for a batch's nodes.
 */
final class TdbNodeCaches {

    /**
     * Nodes (and ids) a write transaction keeps before it commits, each way: about the distinct nodes of a batch of
     * {@code load}. Measured on 2,000 articles, the writer's time fell by an eighth with 200,000 and by less with
     * 50,000; the buffers cost the load about 20 MB of its resident memory, and only while a transaction writes (they
     * are emptied into the shared caches at its commit).
     */
    static final int WRITE_BUFFER_NODES = 200_000;

    private static final Field NODE_TO_ID = field(NodeTableCache.class, "node2id_Cache");
    private static final Field ID_TO_NODE = field(NodeTableCache.class, "id2node_Cache");
    private static final Field BUFFERING_THREAD = field(ThreadBufferingCache.class, "bufferingThread");
    /** The caches widened already: a database opened twice in one process shares its storage. */
    private static final Set<NodeTableCache> WIDENED = Collections.newSetFromMap(new WeakHashMap<>());

    private TdbNodeCaches() {
    }

    /**
     * Gives the buffers of this storage's write transactions room for {@link #WRITE_BUFFER_NODES} each, keeping its
     * shared caches; once per storage. Call it on a storage just opened: the buffers are replaced, not resized, so a
     * storage with a write transaction under way (the same database opened earlier in this process and writing) is
     * left as it is.
     */
    static synchronized void widenWriteBuffers(DatasetGraphTDB storage) {
        NodeTable table = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        while (table != null && !(table instanceof NodeTableCache)) {
            table = table.wrapped();
        }
        if (table instanceof NodeTableCache caches && !WIDENED.contains(caches) && !buffering(caches, NODE_TO_ID)
                && !buffering(caches, ID_TO_NODE)) {
            widen(caches, NODE_TO_ID, "nodeToId");
            widen(caches, ID_TO_NODE, "idToNode");
            WIDENED.add(caches);
        }
    }

    /** Whether a write transaction is buffering into this cache now. */
    private static boolean buffering(NodeTableCache caches, Field field) {
        try {
            Object cache = field.get(caches);
            return cache != null && ((AtomicReference<?>) BUFFERING_THREAD.get(cache)).get() != null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read TDB2's node buffers: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void widen(NodeTableCache caches, Field field, String label) {
        try {
            ThreadBufferingCache<Object, Object> now = (ThreadBufferingCache<Object, Object>) field.get(caches);
            if (now != null) { // null: TDB2 was told to keep no cache of this kind
                field.set(caches, new ThreadBufferingCache<>(label, now.getBaseCache(), WRITE_BUFFER_NODES));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot widen TDB2's node buffers: " + e, e);
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("TDB2's node caches moved: " + e, e);
        }
    }
}
