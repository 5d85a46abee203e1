package newsgraph.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * An article's facts read once for a pass over many speakers and entities ({@link Articles}) are those read from its
 * graph each time (by a memo of its own), whether remembered or read again after being let go of.
 */
class ArticlesTest {

    private static final Node A1 = NodeFactory.createURI("http://example.org/a1");
    private static final Node A2 = NodeFactory.createURI("http://example.org/a2");

    private static DatasetGraph articles() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader("""
                @prefix schema: <http://schema.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                GRAPH <http://example.org/a1> {
                  <http://example.org/a1> schema:datePublished "2024-07-01"^^xsd:date ;
                      schema:publisher <http://example.org/outlet> ; schema:exampleOfWork <http://example.org/story> .
                  <http://example.org/outlet> schema:name "The Courier" ; schema:url <https://courier.example/> .
                }
                GRAPH <http://example.org/a2> {
                  <http://example.org/a2> schema:datePublished "2024-08-02"^^xsd:date .
                }
                """)).lang(Lang.TRIG).parse(dsg);
        return dsg;
    }

    @Test
    void factsRememberedAreThoseOfTheGraph() {
        DatasetGraph dsg = articles();
        Articles facts = new Articles(dsg, 2);
        ArticleKeys.Article keyed = facts.keyed(A1);
        assertEquals(new Articles(dsg).keyed(A1), keyed);
        assertEquals(List.of("2024-07-01"), keyed.dates().stream().map(Node::getLiteralLexicalForm).toList());
        assertEquals("The Courier\thttps://courier.example/", keyed.outlets());
        assertSame(keyed, facts.keyed(A1), "read once");
        SpeakerTimeline.Article dated = facts.dated(A1);
        assertEquals(List.of(NodeFactory.createURI("http://example.org/story")), dated.works());
        assertEquals(List.of(NodeFactory.createLiteralString("The Courier")), dated.outlets());
        assertSame(keyed, dated.keyed(), "the keys' facts of the article, read once for both");
        assertEquals(new Articles(dsg).keyed(A2), facts.keyed(A2));
    }

    @Test
    void factsLetGoOfAreReadAgainTheSame() {
        DatasetGraph dsg = articles();
        Articles facts = new Articles(dsg, 1);
        ArticleKeys.Article first = facts.keyed(A1);
        assertEquals(new Articles(dsg).keyed(A2), facts.keyed(A2)); // past the bound: the first is let go of
        ArticleKeys.Article again = facts.keyed(A1);
        assertNotSame(first, again);
        assertEquals(first, again);
        assertThrows(IllegalArgumentException.class, () -> new Articles(dsg, 0));
    }

    /**
     * The statistics read a graph's facts through the subject's index and an outlet's or a post's through one range
     * for all graphs (to keep what a count maps of the store to one index): each graph still gets exactly its own
     * values, in the order the graph's own index gives them, where other graphs state other values of the same subject.
     */
    @Test
    void readsThroughTheSubjectGiveEachGraphItsOwnValues() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph(); // TDB2's indexes, in memory: the orders compared are theirs
        Txn.executeWrite(dsg, () -> RDFParser.create().source(new StringReader("""
                @prefix schema: <http://schema.org/> .
                @prefix org: <http://www.w3.org/ns/org#> .
                <http://example.org/outlet> schema:name "kept in the default graph" .
                GRAPH <http://example.org/a1> {
                  <http://example.org/outlet> schema:name "The Courier", "Courier" .
                  <http://example.org/post/leader> org:postIn <http://example.org/party-a> .
                  <http://example.org/a1#s1> schema:text "one" .
                }
                GRAPH <http://example.org/a2> {
                  <http://example.org/outlet> schema:name "The Evening Courier" .
                  <http://example.org/post/leader> org:postIn <http://example.org/party-b>, <http://example.org/party-a> .
                  <http://example.org/a1#s1> schema:text "another graph's words" .
                }
                GRAPH <http://example.org/a3> { <http://example.org/a3> schema:name "no outlet here" . }
                """)).lang(Lang.TRIG).parse(dsg));
        Txn.executeRead(dsg, () -> assertEachGraphsOwn(dsg));
        Node outlet = NodeFactory.createURI("http://example.org/outlet");
        Node a3 = NodeFactory.createURI("http://example.org/a3");
        // an outlet of many graphs, asked again and again: looked up graph by graph, then read in one range
        Node many = NodeFactory.createURI("http://example.org/outlet/many");
        List<Node> graphs = new ArrayList<>(List.of(A1, A2, a3));
        for (int i = 0; i <= Articles.FEW; i++) {
            Node graph = NodeFactory.createURI("http://example.org/many/" + i);
            graphs.add(graph);
            Node name = NodeFactory.createLiteralString(i % 3 == 0 ? "The Daily" : "Daily " + i);
            Txn.executeWrite(dsg, () -> dsg.add(graph, many, Standard.NAME, name));
        }
        Txn.executeWrite(dsg, () -> dsg.add(A1, many, Standard.NAME, NodeFactory.createLiteralString("The Daily")));
        Articles once = new Articles(dsg);
        Txn.executeRead(dsg, () -> {
            for (int round = 0; round < 2; round++) { // the second round from what the range read
                for (Node graph : graphs) {
                    assertEquals(byGraph(dsg, graph, many, Standard.NAME), once.sharedValues(graph, many,
                            Standard.NAME), "the outlet of many in " + graph);
                    assertEquals(byGraph(dsg, graph, outlet, Standard.NAME), once.sharedValues(graph, outlet,
                            Standard.NAME), "the outlet of few in " + graph);
                }
            }
        });
    }

    private static void assertEachGraphsOwn(DatasetGraph dsg) {
        Node outlet = NodeFactory.createURI("http://example.org/outlet");
        Node post = NodeFactory.createURI("http://example.org/post/leader");
        Node statement = NodeFactory.createURI("http://example.org/a1#s1");
        Node a3 = NodeFactory.createURI("http://example.org/a3");
        Articles facts = new Articles(dsg, 1); // a bound of one: the second subject lets go of the first
        for (Node graph : List.of(A1, A2, a3)) {
            assertEquals(byGraph(dsg, graph, outlet, Standard.NAME), facts.sharedValues(graph, outlet, Standard.NAME));
            assertEquals(byGraph(dsg, graph, post, Standard.POST_IN), facts.sharedValues(graph, post, Standard.POST_IN));
            assertEquals(byGraph(dsg, graph, statement, Standard.TEXT), Statistics.objects(dsg, graph, statement,
                    Standard.TEXT));
            assertEquals(byGraph(dsg, graph, outlet, Standard.NAME), Statistics.objects(dsg, graph, outlet,
                    Standard.NAME));
        }
        assertEquals(2, facts.sharedValues(A1, outlet, Standard.NAME).size(), "both of a1's names");
        assertEquals(List.of(NodeFactory.createLiteralString("kept in the default graph")), Statistics.objects(dsg,
                Quad.defaultGraphIRI, outlet, Standard.NAME));
        assertTrue(Statistics.states(dsg, A2, statement, Standard.TEXT, NodeFactory.createLiteralString(
                "another graph's words")));
        assertFalse(Statistics.states(dsg, A1, statement, Standard.TEXT, NodeFactory.createLiteralString(
                "another graph's words")), "a1 does not say it");
    }

    /** A subject's values in one graph as the graph's own index gives them. */
    private static List<Node> byGraph(DatasetGraph dsg, Node graph, Node subject, Node property) {
        List<Node> values = new ArrayList<>();
        dsg.find(graph, subject, property, Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
        return values;
    }
}
