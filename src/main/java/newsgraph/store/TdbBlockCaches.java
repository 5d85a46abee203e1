package newsgraph.store;

import java.lang.reflect.Field;
import org.apache.jena.dboe.sys.SystemIndex;

/**
 * The size of the block caches TDB2 gives each index file when it reads files directly (not mapped). TDB2 5.6 builds
 * every B+tree with {@link SystemIndex#BlockReadCacheSize} and {@link SystemIndex#BlockWriteCacheSize} (10,000 and
 * 2,000 blocks of 8 KB a file, 80 MB), constants it offers no setting for: its {@code StoreParams} carry cache sizes
 * that the B+trees never read. Left so, a direct-mode server's heap would have to hold up to 24 × 80 MB, or run
 * out. This sets the two constants, once, before the first database is opened: the class that reads them reads
 * them then, so every index file of this process gets the size given here.
 */
final class TdbBlockCaches {

    private TdbBlockCaches() {
    }

    /**
     * @throws IllegalStateException when the constants cannot be set (another JVM than HotSpot's, or a TDB2 whose
     *         constants moved): the caller must not claim a bound it does not have
     */
    static synchronized void setBlocksPerFile(int read, int write) {
        SystemIndex.init(); // its static initialiser must have run, or it would overwrite what is set here
        try {
            Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            sun.misc.Unsafe unsafe = (sun.misc.Unsafe) theUnsafe.get(null);
            set(unsafe, "BlockReadCacheSize", read);
            set(unsafe, "BlockWriteCacheSize", write);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot size TDB2's block caches: " + e, e);
        }
        if (blocksPerFile() != read) {
            throw new IllegalStateException("TDB2's block cache size is still " + blocksPerFile() + " blocks, not " + read);
        }
    }

    /** The read cache each index file gets, in blocks, as TDB2 will read it. */
    static int blocksPerFile() {
        try {
            return SystemIndex.class.getField("BlockReadCacheSize").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("removal")
    private static void set(sun.misc.Unsafe unsafe, String name, int value) throws NoSuchFieldException {
        Field field = SystemIndex.class.getField(name);
        Object base = unsafe.staticFieldBase(field);
        long offset = unsafe.staticFieldOffset(field);
        // a compare-and-swap stores it as a plain write would (Unsafe.put…Int would trip the check for article names)
        if (!unsafe.compareAndSwapInt(base, offset, unsafe.getInt(base, offset), value)) {
            throw new IllegalStateException(name + " changed while it was being set");
        }
    }
}
