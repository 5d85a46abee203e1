package newsgraph.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rank keys never go against the overviews' order (count, largest first, then name as SPARQL orders strings): a
 * page that reads the ranking's index in key order finds every row that can come before its last (issue 16).
 */
class RankingKeyTest {

    private record Row(long count, String name) {
    }

    /** The order of the queries: count descending, then the name by its UTF-16 code units (String.compareTo). */
    private static final Comparator<Row> QUERY_ORDER = Comparator.comparingLong((Row r) -> -r.count())
            .thenComparing(Row::name);

    @Test
    void aRowThatComesFirstNeverHasTheLargerKey() {
        Random random = new Random(16);
        String alphabet = "AaBbZz09 -'.éÉßő\u4e2dmnMN";
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            rows.add(new Row(random.nextInt(5) == 0 ? Ranking.MAX_COUNT + random.nextInt(3) : random.nextInt(6),
                    name.toString()));
        }
        rows.sort(QUERY_ORDER);
        for (int i = 1; i < rows.size(); i++) {
            Row before = rows.get(i - 1);
            Row after = rows.get(i);
            assertTrue(Ranking.key(before.count(), before.name()) <= Ranking.key(after.count(), after.name()),
                    before + " comes before " + after);
        }
    }

    @Test
    void keysAreNonNegativeIntegersThatTdb2KeepsInline() {
        assertEquals(0, Ranking.key(Ranking.MAX_COUNT, "Anyone"), "a count too large for the key comes first");
        long last = Ranking.key(0, "\uffff\uffff\uffff\uffff\uffff");
        assertTrue(last > 0 && last < (1L << 55), "55 bits: TDB2 inlines integers of up to 56 bits, sign included");
        assertEquals(12, Ranking.count(Ranking.key(12, "Ruth Ashby")));
        assertTrue(Ranking.key(12, "Ashby") < Ranking.key(12, "Baker"), "equal counts: by name");
        assertTrue(Ranking.key(13, "Zed") < Ranking.key(12, "Ashby"), "the larger count first");
        assertEquals(Ranking.key(3, "a spokesman"), Ranking.key(3, "a spokeswoman"),
                "names that start alike share a key: one bucket, read whole");
    }
}
