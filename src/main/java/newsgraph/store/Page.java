package newsgraph.store;

/**
 * Which rows of a query's answer to return: at most {@code limit} rows after skipping {@code offset}. A limit of
 * {@link #OWN_LIMIT} keeps the query's own page size (the {@code LIMIT} of its page, if it has one).
 */
public record Page(long limit, long offset) {

    /** Keep the query's own page size. */
    public static final long OWN_LIMIT = -1;
    /** The query as written: its own page size, from the first row. */
    public static final Page AS_WRITTEN = new Page(OWN_LIMIT, 0);

    public Page {
        if (limit < 0 && limit != OWN_LIMIT) {
            throw new IllegalArgumentException("the limit must be 0 or more, not " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("the offset must be 0 or more, not " + offset);
        }
    }

    public static Page of(long limit, long offset) {
        return new Page(limit, offset);
    }

    public boolean hasOwnLimit() {
        return limit == OWN_LIMIT;
    }
}
