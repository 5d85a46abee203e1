package newsgraph.browse;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One read of a page done on another thread while the request's thread does the others (the entity page's statements
 * about it and its two top-10 tables), so that the page takes about as long as its longest read instead of their sum. Started from the
 * request's read transaction, it reads in a read transaction of its own, and only when that sees the same snapshot
 * (TDB2's data version): when a write committed in between, or the store is not TDB2, or no thread of the pool took
 * it before the request needed it, the request's thread does it itself, in its own transaction — so the page is always
 * what one transaction reads, as when it read everything in turn. Within the request's deadline: its queries get the
 * time the request has left ({@link Reads}), and waiting for it ends there too.
 */
final class ReadAside<T> {

    private final Function<Reads, T> read;
    /** Whoever sets it does the read: a thread of the pool, or the request's when none has started it yet. */
    private final AtomicBoolean taken = new AtomicBoolean();
    /** Its answer; empty when the other thread's snapshot was not the request's. */
    private final CompletableFuture<Optional<T>> done = new CompletableFuture<>();

    private ReadAside(Function<Reads, T> read) {
        this.read = read;
    }

    /** Starts the read on {@code pool} (in the request's read transaction); a null pool leaves it to {@link #join}. */
    static <T> ReadAside<T> start(Reads reads, Executor pool, Function<Reads, T> read) {
        ReadAside<T> aside = new ReadAside<>(read);
        OptionalLong snapshot = version(reads.dataset());
        if (pool == null || snapshot.isEmpty()) {
            return aside;
        }
        try {
            pool.execute(() -> aside.runAside(reads, snapshot.getAsLong()));
        } catch (RejectedExecutionException e) {
            // the pool is shut down: the request's thread reads it
        }
        return aside;
    }

    private void runAside(Reads reads, long snapshot) {
        if (!taken.compareAndSet(false, true)) {
            return; // the request's thread got there first
        }
        try {
            DatasetGraph dataset = reads.dataset();
            done.complete(Txn.calculateRead(dataset, () -> version(dataset).equals(OptionalLong.of(snapshot))
                    ? Optional.of(read.apply(reads)) : Optional.<T>empty()));
        } catch (Throwable e) {
            done.completeExceptionally(e);
        }
    }

    /** The answer (in the request's thread and transaction), waiting for it at most until the request's deadline. */
    T join(Reads reads) {
        if (taken.compareAndSet(false, true)) {
            return read.apply(reads);
        }
        Optional<T> answer;
        try {
            answer = done.get(Math.max(0, reads.millisLeft()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        return answer.isPresent() ? answer.get() : read.apply(reads);
    }

    /** The data version of the snapshot this thread's transaction reads (TDB2), or none for another store. */
    static OptionalLong version(DatasetGraph served) {
        // the server's dataset wraps the store's (NameIndexingDataset), whose transactions are the store's
        DatasetGraph dataset = served instanceof DatasetGraphWrapper wrapper ? wrapper.getBase() : served;
        if (!TDBInternal.isBackedByTDB(dataset)) {
            return OptionalLong.empty();
        }
        try {
            if (TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem() instanceof TransactionalBase base) {
                Transaction txn = base.getThreadTransaction();
                return txn == null ? OptionalLong.empty() : OptionalLong.of(txn.getDataVersion());
            }
        } catch (RuntimeException e) {
            // not the TDB2 we know: read in turn
        }
        return OptionalLong.empty();
    }
}
