package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.load.GraphDestination;
import newsgraph.text.Article;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.ThreadBufferingCache;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write transaction keeps the nodes it touched in its own buffers until it commits — more of them than TDB2's 1,000
 * — and the buffers still do what they are for: an aborted transaction's nodes never reach the shared caches, a
 * committed one's do, except in a store closed after each commit, which drops them and still reads every node back.
 */
class TdbNodeCachesTest {

    /** More nodes than TDB2's own buffer holds (1,000), fewer than the widened one. */
    private static final int NODES = 20_000;

    @TempDir
    Path temp;

    @Test
    void aWriteTransactionKeepsEveryNodeItAllocatedUntilItCommits() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<Node> nodes = nodes("kept", NODES);
            Txn.executeWrite(dsg, () -> {
                nodes.forEach(n -> dsg.add(Quad.defaultGraphIRI, n, n, n));
                ThreadBufferingCache<Node, NodeId> buffer = nodeToId(dsg);
                long buffered = nodes.stream().filter(n -> buffer.getBuffer().getIfPresent(n) != null).count();
                // TDB2's own buffer would keep at most 1,000 of them: the rest would be looked up in the index again
                assertEquals(NODES, buffered, "nodes of this transaction still in its buffer");
            });
            Txn.executeRead(dsg, () -> assertTrue(dsg.contains(Quad.defaultGraphIRI, nodes.get(0), nodes.get(0),
                    nodes.get(0))));
        }
    }

    @Test
    void anAbortedTransactionLeavesNoNodeInTheSharedCaches() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<Node> nodes = nodes("aborted", NODES);
            dsg.begin(org.apache.jena.query.TxnType.WRITE);
            nodes.forEach(n -> dsg.add(Quad.defaultGraphIRI, n, n, n));
            dsg.abort();
            dsg.end();
            ThreadBufferingCache<Node, NodeId> cache = nodeToId(dsg);
            assertTrue(nodes.stream().noneMatch(n -> cache.getBaseCache().getIfPresent(n) != null),
                    "an aborted transaction's nodes in the shared cache");
            Txn.executeRead(dsg, () -> assertFalse(dsg.contains(Quad.defaultGraphIRI, nodes.get(0), nodes.get(0),
                    nodes.get(0))));
        }
    }

    @Test
    void theStorageReopenedAfterABatchKeepsTheWideBuffers() {
        try (NewsStore store = NewsStore.open(temp.resolve("db")).unmapAfterCommit()) {
            Model graph = ModelFactory.createDefaultModel();
            nodes("article", 10).forEach(n -> graph.add(graph.createResource(n.getURI()),
                    graph.createProperty("http://example.org/p"), "o"));
            try (GraphDestination.Batch batch = store.begin()) {
                batch.replace(new Article("a", ""), graph);
                batch.commit();
            }
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<Node> nodes = nodes("later", NODES);
            Txn.executeWrite(dsg, () -> {
                nodes.forEach(n -> dsg.add(Quad.defaultGraphIRI, n, n, n));
                ThreadBufferingCache<Node, NodeId> buffer = nodeToId(dsg);
                assertEquals(NODES, nodes.stream().filter(n -> buffer.getBuffer().getIfPresent(n) != null).count());
            });
        }
    }

    @Test
    void aStoreKeptOpenFillsItsSharedCachesAtTheCommit() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<Node> nodes = nodes("shared", NODES);
            Txn.executeWrite(dsg, () -> nodes.forEach(n -> dsg.add(Quad.defaultGraphIRI, n, n, n)));
            ThreadBufferingCache<Node, NodeId> cache = nodeToId(dsg);
            assertEquals(NODES, nodes.stream().filter(n -> cache.getBaseCache().getIfPresent(n) != null).count(),
                    "nodes of a committed transaction in the shared cache");
        }
    }

    @Test
    void aStoreClosedAfterEachCommitDropsTheBuffersAndReadsEveryNodeBack() {
        try (NewsStore store = NewsStore.open(temp.resolve("db")).unmapAfterCommit()) {
            Model graph = ModelFactory.createDefaultModel();
            List<Node> nodes = nodes("dropped", NODES);
            nodes.forEach(n -> graph.add(graph.createResource(n.getURI()), graph.createProperty("http://example.org/p"),
                    graph.createResource(n.getURI() + "/o")));
            try (GraphDestination.Batch batch = store.begin()) {
                batch.replace(new Article("a", ""), graph);
                batch.commit();
            }
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                for (Node n : nodes) {
                    assertTrue(dsg.find(Node.ANY, n, Node.ANY, NodeFactory.createURI(n.getURI() + "/o")).hasNext(), n.toString());
                }
            });
            // and a second batch, in the storage opened again, finds the first batch's nodes in the node table
            Model more = ModelFactory.createDefaultModel();
            nodes.subList(0, 100).forEach(n -> more.add(more.createResource(n.getURI()),
                    more.createProperty("http://example.org/q"), "again"));
            try (GraphDestination.Batch batch = store.begin()) {
                batch.replace(new Article("b", ""), more);
                batch.commit();
            }
            Txn.executeRead(dsg, () -> assertEquals(100, org.apache.jena.atlas.iterator.Iter.count(dsg.find(Node.ANY,
                    Node.ANY, NodeFactory.createURI("http://example.org/q"), Node.ANY))));
            assertEquals(NODES + 100 + NewsStore.ontology().size(), store.quadCount(), "every quad of both articles");
        }
    }

    private static List<Node> nodes(String prefix, int n) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(NodeFactory.createURI("http://example.org/" + prefix + "/" + i));
        }
        return nodes;
    }

    @SuppressWarnings("unchecked")
    private static ThreadBufferingCache<Node, NodeId> nodeToId(DatasetGraph dsg) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTable table = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        while (!(table instanceof NodeTableCache)) {
            table = table.wrapped();
        }
        try {
            java.lang.reflect.Field field = NodeTableCache.class.getDeclaredField("node2id_Cache");
            field.setAccessible(true);
            ThreadBufferingCache<Node, NodeId> cache = (ThreadBufferingCache<Node, NodeId>) field.get(table);
            assertNotNull(cache);
            return cache;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
