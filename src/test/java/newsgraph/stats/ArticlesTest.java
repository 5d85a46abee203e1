package newsgraph.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * An article's facts read once for a pass over many speakers and entities ({@link Articles}) are those read from its
 * graph each time, whether remembered or read again after being let go of.
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
        assertEquals(ArticleKeys.of(dsg, A1), keyed);
        assertEquals(List.of("2024-07-01"), keyed.dates().stream().map(Node::getLiteralLexicalForm).toList());
        assertEquals("The Courier\thttps://courier.example/", keyed.outlets());
        assertSame(keyed, facts.keyed(A1), "read once");
        SpeakerTimeline.Article dated = facts.dated(A1);
        assertEquals(List.of(NodeFactory.createURI("http://example.org/story")), dated.works());
        assertEquals(List.of(NodeFactory.createLiteralString("The Courier")), dated.outlets());
        assertSame(keyed, dated.keyed(), "the keys' facts of the article, read once for both");
        assertEquals(ArticleKeys.of(dsg, A2), facts.keyed(A2));
    }

    @Test
    void factsLetGoOfAreReadAgainTheSame() {
        DatasetGraph dsg = articles();
        Articles facts = new Articles(dsg, 1);
        ArticleKeys.Article first = facts.keyed(A1);
        assertEquals(ArticleKeys.of(dsg, A2), facts.keyed(A2)); // past the bound: the first is let go of
        ArticleKeys.Article again = facts.keyed(A1);
        assertNotSame(first, again);
        assertEquals(first, again);
        assertThrows(IllegalArgumentException.class, () -> new Articles(dsg, 0));
    }
}
