package newsgraph.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsgraph.store.NewsStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read a page does on another thread (the entity page's top-10 aggregates) reads the request's snapshot: on another
 * thread when that thread's transaction sees the same data version, else in the request's own thread — so a write
 * committed between the request's start and the other thread's never shows in the page.
 */
class ReadAsideTest {

    private static final Node G = NodeFactory.createURI("urn:example:g");
    private static final Node P = NodeFactory.createURI("urn:example:p");

    @TempDir
    Path temp;

    @Test
    void aReadAsideRunsOnAnotherThreadOnTheRequestsSnapshot() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            // wrapped, as the server serves the store (NameIndexingDataset)
            DatasetGraph dsg = new org.apache.jena.sparql.core.DatasetGraphWrapper(store.dataset().asDatasetGraph());
            add(dsg, 1);
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            String[] answer = Txn.calculateRead(dsg, () -> {
                assertTrue(ReadAside.version(dsg).isPresent(), "the store's snapshot is known (TDB2)");
                Reads reads = new Reads(dsg, new Vocabulary(), Duration.ofSeconds(30), task -> pool.execute(() -> {
                    task.run();
                    ran.countDown();
                }));
                ReadAside<String> aside = reads.aside(r -> Thread.currentThread().getName() + " " + count(r.dataset()));
                try {
                    ran.await(); // the pool's thread has done it (else the request would take it)
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new String[] {aside.join(reads), Thread.currentThread().getName()};
            });
            assertNotEquals(answer[1] + " 1", answer[0], "read on the pool's thread");
            assertEquals("1", answer[0].substring(answer[0].lastIndexOf(' ') + 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriteCommittedBeforeTheOtherThreadBeginsIsNotSeenTheRequestReadsItItself() throws Exception {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            add(dsg, 1);
            List<Runnable> held = new ArrayList<>();
            String answer = Txn.calculateRead(dsg, () -> {
                // a pool that starts the read only after another write has committed
                Reads reads = new Reads(dsg, new Vocabulary(), Duration.ofSeconds(30), held::add);
                ReadAside<String> aside = reads.aside(r -> Thread.currentThread().getName() + " " + count(r.dataset()));
                Thread other = new Thread(() -> {
                    add(dsg, 2);
                    held.forEach(Runnable::run);
                });
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return aside.join(reads);
            });
            assertEquals(Thread.currentThread().getName() + " 1", answer,
                    "the other thread saw a later snapshot: the request read it, as of its own start");
        }
    }

    @Test
    void aReadNoThreadHasStartedIsDoneByTheRequest() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            add(dsg, 1);
            String answer = Txn.calculateRead(dsg, () -> {
                Reads reads = new Reads(dsg, new Vocabulary(), Duration.ofSeconds(30), task -> { });
                return reads.aside(r -> Thread.currentThread().getName() + " " + count(r.dataset())).join(reads);
            });
            assertEquals(Thread.currentThread().getName() + " 1", answer);
        }
    }

    private static void add(DatasetGraph dsg, int n) {
        Txn.executeWrite(dsg, () -> dsg.add(G, NodeFactory.createURI("urn:example:s" + n), P,
                NodeFactory.createLiteralString("v")));
    }

    private static long count(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find(G, Node.ANY, P, Node.ANY).forEachRemaining(q -> n[0]++);
        return n[0];
    }
}
