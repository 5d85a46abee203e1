package newsgraph.load;

import java.time.Duration;

/**
 * How far a load has got: articles done (stored or refused) of all, and the time since it started.
 *
 * @param done    articles handled so far
 * @param total   articles to handle
 * @param elapsed time since the load started
 */
public record LoadProgress(int done, int total, Duration elapsed) {

    /** Articles per second so far (0 before the first). */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** The time left at the rate so far, or null before there is a rate. */
    public Duration remaining() {
        double rate = rate();
        return rate <= 0 ? null : Duration.ofMillis((long) ((total - done) / rate * 1000));
    }
}
