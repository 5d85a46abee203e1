package newsgraph.store;

import java.util.Locale;

/**
 * What a page of results is: which rows it holds and whether more follow, so that every place that returns a page
 * (the command line, the HTTP endpoint, the HTML pages) can say so and say how to get the rest.
 *
 * @param offset the rows skipped before this page
 * @param shown  the rows of this page
 * @param limit  the page size asked for, or {@link Page#OWN_LIMIT} when the answer was not cut into pages
 * @param total  the rows there are in all, when counted; -1 when not counted
 * @param atLeast whether {@code total} is a lower bound (counting stopped there)
 * @param more   whether rows follow this page
 */
public record PageNote(long offset, long shown, long limit, long total, boolean atLeast, boolean more) {

    /** Whether this is only part of the answer: rows were skipped or follow. */
    public boolean isPartial() {
        return offset > 0 || more;
    }

    /** The offset of the next page. */
    public long nextOffset() {
        return offset + Math.max(shown, limit > 0 ? limit : shown);
    }

    /** The offset of the previous page, when there is one. */
    public long previousOffset() {
        return Math.max(0, offset - (limit > 0 ? limit : shown));
    }

    /**
     * "first 100 of 1,600 rows", "rows 101–200 of more than 10,000", "first 100 rows", "rows 1,501–1,600 of 1,600",
     * "no rows at offset 2,000 (there are 1,600)".
     */
    public String summary() {
        return summary("rows", "row");
    }

    /** The same, counting something else: {@code summary("statements", "statement")}. */
    public String summary(String things, String thing) {
        String of = total < 0 ? "" : " of " + (atLeast ? "more than " : "") + number(total);
        if (shown == 0) {
            return "no " + things + " at offset " + number(offset) + (total < 0 ? ""
                    : " (there are " + (atLeast ? "more than " : "") + number(total) + ")");
        }
        if (offset == 0) {
            return "first " + number(shown) + of + " " + (total < 0 && shown == 1 || total == 1 ? thing : things);
        }
        return things + " " + number(offset + 1) + "–" + number(offset + shown) + of;
    }

    /** One line for standard error: "first 100 of 1,600 rows; --offset 100 for the next". */
    public String forCommandLine() {
        if (more) {
            return summary() + "; --offset " + nextOffset() + " for the next";
        }
        return summary() + (shown > 0 ? " (the last page)" : "");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
