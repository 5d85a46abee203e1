package newsgraph.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import newsgraph.text.NewsDate;

/**
 * Dates as pages and records write them, to {@link NewsDate}s: ISO 8601 with or without seconds, fractions and an
 * offset ({@code 2024-03-05T09:30:00-05:00}, {@code 2024-03-05T14:30Z}, {@code 2024-03-05 09:30:00+0100}), RFC 1123
 * ({@code Tue, 5 Mar 2024 14:30:00 GMT}) and days ({@code 2024-03-05}). A time with an offset becomes the instant in
 * UTC (the offset applied); a time without one becomes its day (its instant is unknown, and no offset is guessed);
 * anything else — "3 hours ago", "yesterday", "March 5", a year before 1800 or after 2199 — is no date at all (null).
 */
public final class Dates {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    /** Date, 'T' or a space, hours and minutes, optional seconds and fraction, optional offset or zone. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;

    private Dates() {
    }

    /** The date a string gives, or null when it gives none that is certain. */
    public static NewsDate parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.length() < 10 || s.length() > 64) {
            return null;
        }
        NewsDate date = iso(s);
        return date != null ? date : rfc1123(s);
    }

    /** An instant (a WARC-Date), in UTC to the second. */
    public static NewsDate of(Instant instant) {
        if (instant == null) {
            return null;
        }
        OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return plausible(utc.getYear()) ? new NewsDate(UTC.format(utc)) : null;
    }

    private static NewsDate iso(String s) {
        if (s.length() == 10) {
            try {
                LocalDate day = LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
                return plausible(day.getYear()) ? new NewsDate(day.toString()) : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        TemporalAccessor parsed;
        try {
            parsed = ISO.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
        try {
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return of(OffsetDateTime.from(parsed).toInstant());
            }
            LocalDate day = LocalDateTime.from(parsed).toLocalDate();
            return plausible(day.getYear()) ? new NewsDate(day.toString()) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static NewsDate rfc1123(String s) {
        try {
            return of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean plausible(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
