package newsgraph.store;

/**
 * Sorts quads given as four 64-bit keys each, compared unsigned one after the other: the order of their 32 bytes in a
 * TDB2 quad index. A merge sort of their positions, on primitive arrays, so that sorting a chunk of held-back quads
 * for each of the six indexes allocates nothing per quad ({@link SortedQuadInserts}).
 */
final class QuadKeyOrder {

    /** Runs this short are sorted by insertion before merging. */
    private static final int RUN = 32;

    private QuadKeyOrder() {
    }

    /**
     * The positions {@code order} (a permutation of 0..n-1, n its length) sorted by the quads' keys; {@code spare} is
     * as long and is written over. Returns whichever of the two arrays holds the result.
     */
    static int[] sort(long[] keys, int[] order, int[] spare) {
        int n = order.length;
        for (int start = 0; start < n; start += RUN) {
            insertionSort(keys, order, start, Math.min(start + RUN, n));
        }
        int[] from = order;
        int[] to = spare;
        for (int width = RUN; width < n; width *= 2) {
            for (int left = 0; left < n; left += 2 * width) {
                int middle = Math.min(left + width, n);
                int right = Math.min(left + 2 * width, n);
                merge(keys, from, to, left, middle, right);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    /** Compares quads {@code a} and {@code b}: negative, zero or positive. */
    private static int compare(long[] keys, int a, int b) {
        int i = 4 * a;
        int j = 4 * b;
        for (int k = 0; k < 4; k++) {
            int c = Long.compareUnsigned(keys[i + k], keys[j + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void insertionSort(long[] keys, int[] order, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            int quad = order[i];
            int j = i - 1;
            while (j >= start && compare(keys, order[j], quad) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = quad;
        }
    }

    private static void merge(long[] keys, int[] from, int[] to, int left, int middle, int right) {
        if (middle >= right || compare(keys, from[middle - 1], from[middle]) <= 0) {
            System.arraycopy(from, left, to, left, right - left); // already in order: a chunk's quads often are
            return;
        }
        int i = left;
        int j = middle;
        for (int k = left; k < right; k++) {
            if (j >= right || i < middle && compare(keys, from[i], from[j]) <= 0) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }
}
