package newsgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A copy of a TDB2 storage directory ({@code Data-NNNN}) with every index block full: each B+tree written bottom up
 * from its own sorted records, as {@code tdb2.xloader} builds its indexes, instead of one insert per quad and index.
 * TDB2's own compaction inserts every quad again, which leaves its B+trees' blocks half to two thirds full (at
 * 100,000 articles its triple indexes took twice the packed size; README, Performance) and takes about as long as a
 * load.
 *
 * <p>The copy keeps the node table's data file as it is (a node's id is its place in that file, so every index
 * record is copied unchanged, and nodes no quad uses any more stay), and the prefixes' table; it packs the node
 * table's hash index and the storage's triple and quad indexes. The source is read in one read transaction and is not
 * changed.
 */
final class PackedStorage {

    private PackedStorage() {
    }

    /**
     * Writes the packed copy of {@code from} into the new directory {@code to} (which must not exist) and closes it.
     * On failure {@code to} may be left half-written: the caller deletes it.
     */
    static void write(DatasetGraphTDB from, Path to) throws IOException {
        StoreParams params = from.getStoreParams();
        Path source = Path.of(from.getLocation().getDirectoryPath());
        Files.createDirectory(to);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                // the node table's data (ids are offsets in it), the prefixes' small table, the storage's settings
                if (name.startsWith(params.getNodeTableBaseName() + "-data.")
                        || name.startsWith(params.getPrefixTableBaseName())
                        || Arrays.stream(params.getPrefixIndexes()).anyMatch(index -> name.startsWith(index + "."))
                        || name.endsWith(".opt") || name.equals("tdb.cfg")) {
                    copySparse(file, to.resolve(name));
                }
            }
        }
        Location copy = Location.create(to.toString());
        try {
            DatasetGraphTDB packed = StoreConnection.connectCreate(copy, params, from.getReorderTransform())
                    .getDatasetGraphTDB();
            from.begin(TxnType.READ);
            try {
                packNodeIndex(from, packed);
                packIndexes(from, packed, params.getTripleIndexes());
                packIndexes(from, packed, params.getQuadIndexes());
            } finally {
                from.end();
            }
        } finally {
            StoreConnection.internalExpel(copy, true);
        }
    }

    /**
     * Packs each of these tuple indexes. Each holds every triple (or quad) once, so one that holds another number of
     * records than the first is damaged: the copy stops there.
     */
    private static void packIndexes(DatasetGraphTDB from, DatasetGraphTDB packed, String[] names) {
        long expected = -1;
        for (String name : names) {
            TupleIndex index = TDBInternal.findIndex(packed, name);
            BPlusTree source = LoaderOps.idxBTree(TDBInternal.findIndex(from, name));
            BPlusTree target = LoaderOps.idxBTree(index);
            long[] count = new long[1];
            // a transaction of this index alone, as tdb2.xloader's: the storage's own would write its empty tree's root
            // over the packed one
            CoLib.executeWrite(index, () -> count[0] = pack(source, target));
            if (expected < 0) {
                expected = count[0];
            } else if (expected != count[0]) {
                throw new IllegalStateException("index " + name + " of " + from.getLocation().getDirectoryPath()
                        + " holds " + count[0] + " records where " + names[0] + " holds " + expected);
            }
        }
    }

    /**
     * Copies a file, leaving out the blocks of zeros: TDB2 grows its files 8 MB at a time and writes into them as it
     * goes, so most of a small database's files is a hole that a plain copy would fill.
     */
    static void copySparse(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(64 * 1024);
            long at = 0;
            long size = in.size();
            while (at < size) {
                block.clear();
                int read = in.read(block, at);
                if (read <= 0) {
                    break;
                }
                block.flip();
                if (!zeros(block)) {
                    while (block.hasRemaining()) {
                        out.write(block, at + block.position());
                    }
                }
                at += read;
            }
            if (out.size() < size) {
                // the hole at the end: a write of its last byte gives the file its length
                out.write(ByteBuffer.allocate(1), size - 1);
            }
        }
    }

    private static boolean zeros(ByteBuffer block) {
        for (int i = block.position(); i < block.limit(); i++) {
            if (block.get(i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The node table's index from a node's hash to its id. */
    private static void packNodeIndex(DatasetGraphTDB from, DatasetGraphTDB packed) {
        BPlusTree source = LoaderOps.ntBPTree(from.getTripleTable().getNodeTupleTable().getNodeTable());
        BPlusTree target = LoaderOps.ntBPTree(packed.getTripleTable().getNodeTupleTable().getNodeTable());
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        coordinator.add(target);
        coordinator.start();
        Transaction txn = coordinator.begin(TxnType.WRITE);
        try {
            pack(source, target);
            txn.commit();
        } catch (RuntimeException e) {
            txn.abort();
            throw e;
        } finally {
            txn.end();
        }
    }

    /** Writes {@code from}'s records, in its order (the target's: the same index), into the empty {@code to}. */
    private static long pack(BPlusTree from, BPlusTree to) {
        long[] count = new long[1];
        Iterator<Record> counted = Iter.map(from.iterator(), record -> {
            count[0]++;
            return record;
        });
        BPlusTreeRewriter.packIntoBPlusTree(counted, to.getParams(), to.getRecordFactory(),
                to.getStateManager().getBufferChannel(), to.getNodeManager().getBlockMgr(),
                to.getRecordsMgr().getBlockMgr());
        return count[0];
    }
}
