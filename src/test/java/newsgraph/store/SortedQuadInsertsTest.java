package newsgraph.store;

import newsgraph.load.GraphDestination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsgraph.text.Article;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's sorted quad inserts give the same quads, in every index, as adding them one by one. */
class SortedQuadInsertsTest {

    private static final Property SAYS = ModelFactory.createDefaultModel().createProperty("http://example.org/says");
    private static final Property COUNT = ModelFactory.createDefaultModel().createProperty("http://example.org/count");

    @TempDir
    Path temp;

    @Test
    void aTdb2WriteTransactionUsesSortedInserts() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            Txn.executeWrite(store.dataset(), () -> assertNotNull(SortedQuadInserts.of(store.dataset().asDatasetGraph())));
        }
    }

    @Test
    void aLoadIntoAnEmptyDatabaseThenAReloadGiveTheSameQuads() {
        Article a = new Article("a", "");
        Article b = new Article("b", "");
        Model graphA = graph("a", 3000);
        Model graphB = graph("b", 70_000); // more than a chunk: some quads go in before the commit
        try (NewsStore store = NewsStore.open(temp.resolve("db")).unmapAfterCommit()) {
            try (GraphDestination.Batch batch = store.begin()) {
                batch.replace(a, graphA);
                batch.replace(b, graphB);
                batch.commit();
            }
            long quads = store.quadCount();
            assertEquals(graphA.size() + graphB.size() + NewsStore.ontology().size(), quads);
            assertSame(store, a, graphA);
            assertSame(store, b, graphB);

            try (GraphDestination.Batch batch = store.begin()) {
                batch.replace(b, graphB);
                batch.replace(a, graphA);
                batch.commit();
            }
            assertEquals(quads, store.quadCount());
            assertSame(store, a, graphA);
            assertSame(store, b, graphB);
            assertEveryIndexAgrees(store);
        }
    }

    @Test
    void anArticleReplacedTwiceInOneBatchKeepsOnlyItsLastGraph() {
        Article a = new Article("a", "");
        Article b = new Article("b", "");
        Model first = graph("first", 60_000);
        Model last = graph("last", 40);
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            try (GraphDestination.Batch batch = store.begin()) {
                batch.replace(a, graph("x", 10));
                batch.replace(b, first);
                batch.replace(a, first);
                batch.replace(b, last);
                batch.replace(a, last);
                batch.commit();
            }
            assertSame(store, a, last);
            assertSame(store, b, last);
            assertEquals(2 * last.size() + NewsStore.ontology().size(), store.quadCount());
            assertEveryIndexAgrees(store);
        }
    }

    @Test
    void literalsWithOneStoredValueGiveOneQuadAsAddingOneByOneDoes() {
        Model graph = ModelFactory.createDefaultModel();
        Resource s = graph.createResource("http://example.org/s");
        graph.add(s, COUNT, graph.createTypedLiteral("1", XSDDatatype.XSDinteger));
        graph.add(s, COUNT, graph.createTypedLiteral("01", XSDDatatype.XSDinteger));
        graph.add(s, COUNT, graph.createTypedLiteral("2", XSDDatatype.XSDinteger));
        Node name = NodeFactory.createURI(newsgraph.rdf.ArticleGraph.graphName(new Article("n", "")));
        DatasetGraph oneByOne = TDB2Factory.connectDataset(temp.resolve("plain").toString()).asDatasetGraph();
        long expected = Txn.calculateWrite(oneByOne, () -> {
            graph.getGraph().find().forEachRemaining(t -> oneByOne.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            return Iter.count(oneByOne.find(name, Node.ANY, Node.ANY, Node.ANY));
        });
        TDBInternal.expel(oneByOne);
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            store.replace(new Article("n", ""), graph);
            assertEquals(expected, store.tripleCount(name.getURI()));
            assertEveryIndexAgrees(store);
        }
    }

    /** A graph of {@code triples} triples, its subjects and objects shared with other graphs of the same size. */
    private static Model graph(String tag, int triples) {
        Model graph = ModelFactory.createDefaultModel();
        for (int i = 0; i < triples; i++) {
            graph.add(graph.createResource("http://example.org/person/" + (i % 997)), SAYS,
                    graph.createLiteral(tag + " statement " + i));
        }
        return graph;
    }

    private static void assertSame(NewsStore store, Article article, Model expected) {
        Model stored = store.copyOf(newsgraph.rdf.ArticleGraph.graphName(article));
        assertTrue(stored.isIsomorphicWith(expected), "graph of " + article.id() + " as loaded");
    }

    /** Each of the six quad indexes holds the same number of quads (found through each in turn). */
    private static void assertEveryIndexAgrees(NewsStore store) {
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            long all = Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            long bySubject = 0;
            long byObject = 0;
            long byPredicate = 0;
            for (Node p : List.of(SAYS.asNode(), COUNT.asNode())) {
                byPredicate += Iter.count(dsg.findNG(Node.ANY, Node.ANY, p, Node.ANY));
            }
            List<Node> subjects = Iter.toList(Iter.distinct(Iter.map(
                    dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> q.getSubject())));
            for (Node s : subjects) {
                bySubject += Iter.count(dsg.findNG(Node.ANY, s, Node.ANY, Node.ANY));
            }
            List<Node> objects = Iter.toList(Iter.distinct(Iter.map(
                    dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> q.getObject())));
            for (Node o : objects) {
                byObject += Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, o));
            }
            assertEquals(all, bySubject, "SPOG agrees with GSPO");
            assertEquals(all, byObject, "OSPG agrees with GSPO");
            assertEquals(all - NewsStore.ontology().size(), byPredicate, "POSG agrees with GSPO");
        });
    }
}
