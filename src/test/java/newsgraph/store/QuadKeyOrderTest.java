package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The held-back quads' sort: the order of their bytes in a TDB2 index, for any mix of runs and ties. */
class QuadKeyOrderTest {

    /** The order of the keys' 32 bytes, compared unsigned as TDB2's B+trees compare them. */
    private static final Comparator<long[]> BYTES = (a, b) -> Arrays.compareUnsigned(bytes(a), bytes(b));

    @Test
    void sortsAsTheIndexesBytesWithTopBitsSetTiesAndSortedRuns() {
        Random random = new Random(38);
        for (int n : new int[] {0, 1, 2, 31, 32, 33, 100, 1000, 5003}) {
            long[] keys = new long[4 * n];
            for (int q = 0; q < n; q++) {
                // few distinct graphs and predicates (ties on the first keys), ids with the top bit set (inline
                // values: negative as signed numbers), and stretches already in order, as a chunk's quads come
                keys[4 * q] = random.nextInt(3) == 0 ? Long.MIN_VALUE | random.nextInt(4) : random.nextInt(4);
                keys[4 * q + 1] = q % 50 < 25 ? q : random.nextLong();
                keys[4 * q + 2] = random.nextInt(5);
                keys[4 * q + 3] = random.nextBoolean() ? -1L - random.nextInt(3) : random.nextInt(3);
            }
            int[] order = new int[n];
            for (int q = 0; q < n; q++) {
                order[q] = q;
            }

            int[] sorted = QuadKeyOrder.sort(keys, order, new int[n]);

            List<long[]> expected = new ArrayList<>();
            List<long[]> actual = new ArrayList<>();
            for (int q = 0; q < n; q++) {
                expected.add(Arrays.copyOfRange(keys, 4 * q, 4 * q + 4));
                actual.add(Arrays.copyOfRange(keys, 4 * sorted[q], 4 * sorted[q] + 4));
            }
            expected.sort(BYTES);
            for (int q = 0; q < n; q++) {
                assertTrue(Arrays.equals(expected.get(q), actual.get(q)), n + " quads: position " + q);
            }
            assertEquals(n, Arrays.stream(sorted).distinct().count(), "a permutation");
        }
    }

    private static byte[] bytes(long[] key) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < 4; i++) {
            for (int b = 0; b < 8; b++) {
                bytes[8 * i + b] = (byte) (key[i] >>> (56 - 8 * b));
            }
        }
        return bytes;
    }
}
