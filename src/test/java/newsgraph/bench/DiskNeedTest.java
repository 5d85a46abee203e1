package newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What bench says beforehand it needs on disk: the largest part, not the sum, and less when compacting as it goes. */
class DiskNeedTest {

    private static final double GB = 1024.0 * 1024 * 1024;

    @Test
    void compactingAsItGoesNeedsKPlusOneCompactedStoresWhereALoadWithoutNeedsAboutFour() {
        DiskNeed without = DiskNeed.of(100_000, 100, false, null, true, false, false, 0, 0);
        DiskNeed asItGoes = DiskNeed.of(100_000, 100, false, 2.0, true, false, false, 0, 0);
        double compacted = 100_100 * (double) DiskNeed.LEAN_PER_ARTICLE;

        assertEquals((DiskNeed.UNCOMPACTED + 1) * compacted, without.store(), GB);
        assertEquals(3 * compacted, asItGoes.store(), GB);
        assertTrue(asItGoes.total() < without.total());
        assertEquals(0, asItGoes.withBaselines(), "no baselines asked for");
    }

    @Test
    void theBaselinesAddASecondStoreBesideTheFirstAndTheIngestPartCountsOnlyWhenItIsLarger() {
        DiskNeed plain = DiskNeed.of(10_000, 100, false, null, true, false, true, 1000, 1024);
        DiskNeed baselines = DiskNeed.of(10_000, 100, false, null, true, true, true, 1000, 1024);

        assertTrue(baselines.withBaselines() > baselines.store(), baselines.toString());
        assertTrue(baselines.total() > plain.total());
        // the parts run one after the other: a large ingest part alone sets the need
        DiskNeed ingestOnly = DiskNeed.of(10, 1, false, null, false, false, true, 1000, 100_000);
        assertEquals((long) (ingestOnly.ingest() * 1.1) + 64L * 1024 * 1024, ingestOnly.total());
        assertTrue(ingestOnly.describe().startsWith("about ") && ingestOnly.describe().contains("the ingest part"),
                ingestOnly.describe());
    }

    @Test
    void fullDetailNeedsMoreThanLean() {
        assertTrue(DiskNeed.of(10_000, 100, true, 2.0, true, false, false, 0, 0).total()
                > DiskNeed.of(10_000, 100, false, 2.0, true, false, false, 0, 0).total());
    }
}
