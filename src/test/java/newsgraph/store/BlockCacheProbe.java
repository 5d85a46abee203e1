package newsgraph.store;

import java.lang.reflect.Field;
import java.nio.file.Path;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrCache;
import org.apache.jena.dboe.base.block.BlockMgrWrapper;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Run in a JVM of its own ({@code BlockCacheProbe DB MB}): reads every quad of the database through an index cache of
 * {@code MB} megabytes and prints {@code blocksPerFile largestCache quads}: the cap each index file was given, the most
 * blocks any quad index's file holds in its read cache afterwards, and how many quads were read.
 */
public final class BlockCacheProbe {

    public static void main(String[] args) throws Exception {
        NewsStore.readIndexesThroughCache(Integer.parseInt(args[1]));
        try (NewsStore store = NewsStore.open(Path.of(args[0]))) {
            long quads = store.quadCount();
            DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph());
            long largest = Txn.calculateRead(store.dataset(), () -> {
                long most = 0;
                for (TupleIndex index : storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                    BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
                    most = Math.max(most, cached(tree.getNodeManager().getBlockMgr()));
                    most = Math.max(most, cached(tree.getRecordsMgr().getBlockMgr()));
                }
                return most;
            });
            System.out.println(NewsStore.cachedBlocksPerFile() + " " + largest + " " + quads);
        }
    }

    /** The blocks in the read cache of a file's block manager (under whatever wraps it). */
    private static long cached(BlockMgr blocks) {
        while (blocks instanceof BlockMgrWrapper wrapper && !(blocks instanceof BlockMgrCache)) {
            blocks = wrapper.getWrapped();
        }
        if (!(blocks instanceof BlockMgrCache)) {
            throw new IllegalStateException("no block cache under " + blocks.getClass());
        }
        try {
            Field readCache = BlockMgrCache.class.getDeclaredField("readCache");
            readCache.setAccessible(true);
            return ((Cache<?, ?>) readCache.get(blocks)).size();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
