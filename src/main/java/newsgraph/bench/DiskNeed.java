package newsgraph.bench;

import java.util.Locale;

/**
 * The disk a bench run needs under {@code --work}, estimated before it starts from figures per article measured on
 * this machine (the store after compaction, its growth before, the N-Quads), so that a run that cannot fit is refused
 * at once rather than after an hour. The parts run one after the other and delete what they wrote: the need is the
 * largest of them, not their sum.
 *
 * @param corpus        the load part's corpus (JSON Lines)
 * @param store         newsgraph's store at its peak: uncompacted, or compacting as it goes, with a compaction's copy
 *                      (as it goes, or the bench's compaction at the end)
 * @param withBaselines the store with the load part's baselines beside it: a second store (the load without identity),
 *                      then the N-Quads and Jena's store; 0 when they are left out
 * @param ingest        the ingest part: its crawls and the databases they are loaded into
 */
record DiskNeed(long corpus, long store, long withBaselines, long ingest) {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    /** Bytes of JSON Lines per article of the corpus (40 MB for 10,000). */
    static final long CORPUS_PER_ARTICLE = 4200;
    /** The compacted store per article, lean (2.1 GB at 10,000 articles) and full (about 16 % more). */
    static final long LEAN_PER_ARTICLE = 210 * KB;
    static final long FULL_PER_ARTICLE = 245 * KB;
    /** A batched load's store before compaction, in times its compacted size (2.9 at 10,000 articles). */
    static final double UNCOMPACTED = 3.0;
    /** N-Quads for Jena's loader per compacted byte (9 GB for an 18–21 GB store). */
    static final double NQUADS = 0.45;

    /**
     * @param growth    the load's {@code --compact-growth}, or null: it does not compact as it goes
     * @param load      whether the load part runs
     * @param baselines whether the load part runs the load without identity and Jena's loader
     */
    static DiskNeed of(int articles, int added, boolean full, Double growth, boolean load, boolean baselines,
                       boolean ingest, int ingestArticles, int crawlMb) {
        long ingestBytes = ingest ? 2L * ingestArticles * (long) (UNCOMPACTED * LEAN_PER_ARTICLE) + 4L * crawlMb * MB
                : 0;
        if (!load) {
            return new DiskNeed(0, 0, 0, ingestBytes);
        }
        double compacted = (double) (articles + added) * (full ? FULL_PER_ARTICLE : LEAN_PER_ARTICLE);
        // as it goes, the store stays under K times its last compacted size, and a compaction writes the next
        // compacted copy beside it; without, it ends about 3 times its compacted size
        double after = (growth != null ? growth : UNCOMPACTED) * compacted;
        double duringLoad = growth != null ? (growth + 1) * compacted : after;
        // the bench compacts at the end: a compacted copy beside the store
        long store = (long) Math.max(duringLoad, after + compacted);
        // beside the loaded store: the load without identity (a store like it), then the N-Quads and Jena's store
        long withBaselines = baselines ? (long) (after + Math.max(duringLoad, (NQUADS + 1) * compacted)) : 0;
        return new DiskNeed((long) (articles + added) * CORPUS_PER_ARTICLE, store, withBaselines, ingestBytes);
    }

    /** The most the run holds at once, with a tenth more for what the estimate leaves out (logs, JSON, rounding). */
    long total() {
        return (long) (Math.max(corpus + Math.max(store, withBaselines), ingest) * 1.1) + 64 * MB;
    }

    /** "about 48 GB (the corpus 0.4 GB, the store at its peak 47 GB, …)". */
    String describe() {
        StringBuilder sb = new StringBuilder("about " + gb(total()) + " (");
        if (store > 0) {
            sb.append("the corpus ").append(gb(corpus)).append(", newsgraph's store at its peak ").append(gb(store));
            if (withBaselines > 0) {
                sb.append(", with the baselines' second store, or N-Quads and Jena's store, beside it ")
                        .append(gb(withBaselines));
            }
        }
        if (ingest > 0) {
            sb.append(store > 0 ? "; " : "").append("the ingest part ").append(gb(ingest));
        }
        return sb.append(')').toString();
    }

    static String gb(long bytes) {
        double gb = bytes / (1024.0 * MB);
        return String.format(Locale.ROOT, gb < 10 ? "%.1f GB" : "%.0f GB", gb);
    }
}
