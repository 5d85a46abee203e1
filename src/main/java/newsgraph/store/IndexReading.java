package newsgraph.store;

import java.util.Locale;

/**
 * How a process reads a database's indexes: mapped into its memory (TDB2's default, the fastest while the blocks
 * a query needs fit in memory) or through a cache of a fixed size in the Java heap, which bounds the process's
 * resident memory by its heap whatever the database's size.
 *
 * <pre>{@code
 * IndexReading reading = IndexReading.forServing(NewsStore.indexBytes(db), Runtime.getRuntime().maxMemory());
 * reading.apply();   // before the first database is opened
 * }</pre>
 *
 * @param cacheMegabytes the cache in the heap; 0 when the indexes are mapped
 * @param why            what decided it, for the server's first lines
 */
public record IndexReading(int cacheMegabytes, String why) {

    /**
     * Indexes up to this size are mapped by default: mapped whole, they and a server's heap still fit in 1.5 GB of
     * resident memory. A larger database's mapped blocks would come to hold its resident size above that.
     */
    public static final long MAPPED_UP_TO_BYTES = 512L * 1024 * 1024;

    /** The default cache is this part of the heap: the rest answers queries and holds TDB2's node caches. */
    static final int HEAP_PARTS = 4;

    /** The default cache is never larger than this (see README, Performance: larger ones gained no query time). */
    public static final int DEFAULT_CACHE_MAX_MEGABYTES = 256;

    /** Nor smaller than this. */
    static final int DEFAULT_CACHE_MIN_MEGABYTES = 16;

    private static final long MB = 1024 * 1024;

    public IndexReading {
        if (cacheMegabytes < 0) {
            throw new IllegalArgumentException("an index cache needs at least 1 MB, not " + cacheMegabytes);
        }
    }

    public static IndexReading mapped(String why) {
        return new IndexReading(0, why);
    }

    public static IndexReading cache(int megabytes, String why) {
        if (megabytes < 1) {
            throw new IllegalArgumentException("an index cache needs at least 1 MB, not " + megabytes);
        }
        return new IndexReading(megabytes, why);
    }

    /**
     * The default for a server: mapped when the indexes are small enough to map whole ({@link #MAPPED_UP_TO_BYTES}),
     * else a cache of a quarter of the heap, at most {@link #DEFAULT_CACHE_MAX_MEGABYTES}.
     */
    public static IndexReading forServing(long indexBytes, long maxHeapBytes) {
        if (indexBytes <= MAPPED_UP_TO_BYTES) {
            return mapped("the default for indexes of " + megabytes(indexBytes) + ", up to "
                    + megabytes(MAPPED_UP_TO_BYTES) + ", which fit in memory whole");
        }
        return cache(defaultCacheMegabytes(maxHeapBytes), "the default for indexes of " + megabytes(indexBytes)
                + ", more than the " + megabytes(MAPPED_UP_TO_BYTES) + " that are mapped; a quarter of the heap of "
                + megabytes(maxHeapBytes) + ", at most " + DEFAULT_CACHE_MAX_MEGABYTES + " MB");
    }

    /** A quarter of the heap, between {@link #DEFAULT_CACHE_MIN_MEGABYTES} and {@link #DEFAULT_CACHE_MAX_MEGABYTES}. */
    public static int defaultCacheMegabytes(long maxHeapBytes) {
        long quarter = maxHeapBytes / MB / HEAP_PARTS;
        return (int) Math.max(DEFAULT_CACHE_MIN_MEGABYTES, Math.min(DEFAULT_CACHE_MAX_MEGABYTES, quarter));
    }

    public boolean isMapped() {
        return cacheMegabytes == 0;
    }

    /** Sets this process's way of reading indexes; before the first database is opened. */
    public void apply() {
        if (!isMapped()) {
            NewsStore.readIndexesThroughCache(cacheMegabytes);
        }
    }

    /** One line: how, and why. */
    @Override
    public String toString() {
        return (isMapped() ? "mapped into memory" : "read through a " + cacheMegabytes + " MB cache in the heap")
                + " (" + why + ")";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / MB);
    }
}
