package newsgraph.browse;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import newsgraph.store.PagedQuery;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * The reads of one request, all within the server's query timeout: every query gets the time that is left, so a
 * page that runs six queries takes no longer than one query may. Called inside a read transaction (one snapshot
 * for the whole page; a read done on another thread reads that snapshot too, {@link ReadAside}).
 */
final class Reads {

    private final DatasetGraph dataset;
    private final Vocabulary vocabulary;
    private final long deadline;
    private final Executor aside;

    Reads(DatasetGraph dataset, Vocabulary vocabulary, Duration timeout) {
        this(dataset, vocabulary, timeout, null);
    }

    /** @param aside threads for the reads a page does beside its others ({@link ReadAside}); null: all in turn */
    Reads(DatasetGraph dataset, Vocabulary vocabulary, Duration timeout, Executor aside) {
        this.dataset = dataset;
        this.vocabulary = vocabulary;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.aside = aside;
    }

    /** Starts a read on another thread, on this request's snapshot, to {@link ReadAside#join} later. */
    <T> ReadAside<T> aside(Function<Reads, T> read) {
        return ReadAside.start(this, aside, read);
    }

    /** Milliseconds left until the request's deadline. */
    long millisLeft() {
        return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** The labels of newsgraph's terms, kept by the server. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** All the rows of a SELECT, stopped (QueryCancelledException) when the request's time is up. */
    RowSetRewindable select(Query query) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).timeout(left, TimeUnit.MILLISECONDS).build()) {
            return exec.select().rewindable();
        }
    }

    /** The answer of an ASK, within the request's time. */
    boolean ask(Query query) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).timeout(left, TimeUnit.MILLISECONDS).build()) {
            return exec.ask();
        }
    }

    /** A page of a named query; {@code countCap} as in {@link PagedQuery#run}. */
    PagedQuery.Answer page(PagedQuery query, long countCap) {
        return query.run(this::select, countCap);
    }

    /** Gives up when the request's time is up (for work between queries: reading a long list of quads). */
    void check() {
        if (System.nanoTime() > deadline) {
            throw new QueryCancelledException();
        }
    }
}
