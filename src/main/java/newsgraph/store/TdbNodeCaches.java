package newsgraph.store;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.ThreadBufferingCache;

/**
 * The room a TDB2 write transaction has for the nodes it touches, which TDB2 offers no setting for. A write
 * transaction keeps the ids it allocates or reads in buffers of its own until it commits, so that an abort leaves the
 * shared node caches as they were, and TDB2 5.6 makes each buffer a cache of 1,000 entries (its {@code NodeTableCache}).
 * A load's batch of a thousand articles touches a few hundred thousand nodes: nearly every node that the statistics,
 * identity and the name index look up again in the same transaction (an article's entities, its outlet, a month, a
 * hub) had been pushed out of the buffer, and was looked up again in the node table's own index — 12 % of the writer
 * thread at 10,000 articles (docs/profile-load.md). {@link #widenWriteBuffers} gives each buffer room for a batch's
 * nodes, in a plain hash table: only the writing thread reads its own buffer, so it needs none of a shared cache's
 * bookkeeping.
 */
final class TdbNodeCaches {

    /**
     * Nodes (and ids) a write transaction keeps before it commits, each way: about the distinct nodes of a batch of
     * {@code load}. Measured on 2,000 articles, the writer's time fell by an eighth with 200,000 and by less with
     * 50,000, and was the same with 100,000 and 400,000.
     */
    static final int WRITE_BUFFER_NODES = 200_000;

    private static final Field NODE_TO_ID = field(NodeTableCache.class, "node2id_Cache");
    private static final Field ID_TO_NODE = field(NodeTableCache.class, "id2node_Cache");
    private static final Field BUFFERING_THREAD = field(ThreadBufferingCache.class, "bufferingThread");
    private static final Field LOCAL = field(ThreadBufferingCache.class, "localCache");
    /**
     * Whether this TDB2 has the fields this class reaches (TDB2 5.6's). Another keeps its own buffers: slower, not
     * wrong, so a database still opens ({@code TdbNodeCachesTest} fails instead).
     */
    private static final boolean AVAILABLE = NODE_TO_ID != null && ID_TO_NODE != null && BUFFERING_THREAD != null
            && LOCAL != null;

    private TdbNodeCaches() {
    }

    /**
     * Gives the buffers of this storage's write transactions room for {@link #WRITE_BUFFER_NODES} each, keeping its
     * shared caches; once per storage (a database opened twice in one process shares its storage). Call it on a
     * storage just opened: the buffers are replaced, not resized, so a storage with a write transaction under way (the
     * same database opened earlier in this process and writing) is left as it is.
     */
    static synchronized void widenWriteBuffers(DatasetGraphTDB storage) {
        if (!AVAILABLE) {
            return;
        }
        NodeTableCache caches = caches(storage);
        if (caches != null && !(get(caches, NODE_TO_ID) instanceof WriteBuffer) && !buffering(caches, NODE_TO_ID)
                && !buffering(caches, ID_TO_NODE)) {
            widen(caches, NODE_TO_ID, "nodeToId");
            widen(caches, ID_TO_NODE, "idToNode");
        }
    }

    /**
     * Makes this storage's write transactions drop their buffers at their commit instead of adding them to the shared
     * caches: for a storage that is closed after each commit ({@code NewsStore.unmapAfterCommit}), whose shared caches
     * go with it. Emptying 200,000 nodes into the shared caches was 5 % of a load's writer. Only a cache is left
     * unfilled: what a later transaction does not find there it reads from the node table.
     */
    static synchronized void dropBuffersAtCommit(DatasetGraphTDB storage) {
        if (!AVAILABLE) {
            return;
        }
        NodeTableCache caches = caches(storage);
        if (caches != null) {
            for (Field field : new Field[] {NODE_TO_ID, ID_TO_NODE}) {
                if (get(caches, field) instanceof WriteBuffer<?, ?> buffer) {
                    buffer.dropAtCommit = true;
                }
            }
        }
    }

    private static NodeTableCache caches(DatasetGraphTDB storage) {
        NodeTable table = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        while (table != null && !(table instanceof NodeTableCache)) {
            table = table.wrapped();
        }
        return (NodeTableCache) table;
    }

    /** Whether a write transaction is buffering into this cache now. */
    private static boolean buffering(NodeTableCache caches, Field field) {
        Object cache = get(caches, field);
        return cache != null && ((AtomicReference<?>) get(cache, BUFFERING_THREAD)).get() != null;
    }

    @SuppressWarnings("unchecked")
    private static void widen(NodeTableCache caches, Field field, String label) {
        ThreadBufferingCache<Object, Object> now = (ThreadBufferingCache<Object, Object>) get(caches, field);
        if (now != null) { // null: TDB2 was told to keep no cache of this kind
            try {
                field.set(caches, new WriteBuffer<>(label, now.getBaseCache()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot widen TDB2's node buffers: " + e, e);
            }
        }
    }

    private static Object get(Object owner, Field field) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read TDB2's node caches: " + e, e);
        }
    }

    /** A private field of TDB2's, made accessible; null where this TDB2 has none of that name. */
    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }

    /**
     * TDB2's buffering cache with a wider buffer, which a storage closed after each commit drops at the commit rather
     * than adding it to the shared cache.
     */
    static final class WriteBuffer<K, V> extends ThreadBufferingCache<K, V> {

        private volatile boolean dropAtCommit;

        WriteBuffer(String label, Cache<K, V> shared) {
            super(label, shared, 1);
            try {
                LOCAL.set(this, new Buffer<K, V>(WRITE_BUFFER_NODES));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot widen TDB2's node buffers: " + e, e);
            }
        }

        @Override
        public void flushBuffer() {
            if (dropAtCommit) {
                dropBuffer();
            } else {
                super.flushBuffer();
            }
        }
    }

    /**
     * One write transaction's nodes, read and written by the writing thread only and emptied at the transaction's end:
     * two hash tables, the recent and the older, of {@code most} / 2 entries at most each. When the recent one is full
     * it becomes the older one and the older one is let go of, so a transaction that touches more nodes than it holds
     * (a {@code resolve} of a large database, in one transaction) keeps the ones it touched last — what a cache would
     * keep, without a cache's bookkeeping. Emptied, it starts new tables, so each transaction's buffer costs what that
     * transaction put in it ({@code HashMap.clear} costs the table's size).
     */
    static final class Buffer<K, V> implements Cache<K, V> {

        private Map<K, V> recent = new HashMap<>();
        private Map<K, V> older = new HashMap<>();
        private final int half;

        Buffer(int most) {
            this.half = Math.max(1, most / 2);
        }

        @Override
        public boolean containsKey(K key) {
            return recent.containsKey(key) || older.containsKey(key);
        }

        @Override
        public V getIfPresent(K key) {
            V value = recent.get(key);
            return value != null ? value : older.get(key);
        }

        @Override
        public V get(K key, Function<K, V> callable) {
            V value = getIfPresent(key);
            if (value == null) {
                value = callable.apply(key);
                put(key, value);
            }
            return value;
        }

        @Override
        public void put(K key, V value) {
            if (value == null) {
                return;
            }
            recent.put(key, value);
            if (recent.size() >= half) {
                older = recent;
                recent = new HashMap<>();
            }
        }

        @Override
        public void remove(K key) {
            recent.remove(key);
            older.remove(key);
        }

        @Override
        public Iterator<K> keys() {
            // a key in both has the same value in both (a node has one id): adding it twice to a cache is harmless
            return org.apache.jena.atlas.iterator.Iter.concat(older.keySet().iterator(), recent.keySet().iterator());
        }

        @Override
        public boolean isEmpty() {
            return recent.isEmpty() && older.isEmpty();
        }

        @Override
        public void clear() {
            if (!isEmpty()) {
                recent = new HashMap<>();
                older = new HashMap<>();
            }
        }

        @Override
        public long size() {
            return recent.size() + older.size();
        }
    }
}
