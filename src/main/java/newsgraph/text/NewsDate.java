package newsgraph.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date an article gives for itself, as the graph stores it: an instant in UTC to the second
 * ({@code 2024-03-05T14:30:00Z}, an {@code xsd:dateTime}) when the source gives a time with its offset, or a day
 * ({@code 2024-03-05}, an {@code xsd:date}) when it gives only the day, or a time without an offset (whose instant
 * is unknown: the day it names is kept, never a guessed offset). {@code newsgraph.source.Dates} reads them.
 *
 * @param lexical the value as written into the graph
 */
public record NewsDate(String lexical) {

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public NewsDate {
        Objects.requireNonNull(lexical, "lexical");
        if (!DATE_TIME.matcher(lexical).matches() && !DATE.matcher(lexical).matches()) {
            throw new IllegalArgumentException("not a UTC date-time or a date: " + lexical);
        }
    }

    /** Whether the time of day is known (an {@code xsd:dateTime}); else it is a day (an {@code xsd:date}). */
    public boolean hasTime() {
        return lexical.length() > 10;
    }

    /** The day, {@code YYYY-MM-DD} (in UTC when the time is known). */
    public String day() {
        return lexical.substring(0, 10);
    }
}
