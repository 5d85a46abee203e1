package newsgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import newsgraph.rdf.NG;
import newsgraph.rdf.Schema;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * An index of the names in the database, so that the queries find "Ashby" without reading every article's
 * graph: each article repeats the names of the people it mentions, so a search through all of them grows
 * with the archive, while the distinct names stay few.
 *
 * <p>For every {@code schema:name} and {@code schema:alternateName} in an article graph, the stored default
 * graph holds its lower-cased text as a key, and the key points to every entity with that name:
 * <pre>
 * &lt;urn:newsgraph:name-index:ruth+ashby&gt; &lt;urn:newsgraph:name-index#key&gt; "ruth ashby" ;
 *                                              &lt;urn:newsgraph:name-index#of&gt; &lt;…/person/ruth-ashby&gt; .
 * </pre>
 * The default graph is out of sight of the queries' union of the article graphs, so the index never shows in
 * answers; the queries reach it with {@code GRAPH <urn:x-arq:DefaultGraph>}, and only where the marker says
 * it is complete (else they read every graph). {@code load} adds an article's names in the transaction that
 * stores it; the server adds those of every write over HTTP the same way ({@code newsgraph.server.NameIndexingDataset}), so
 * the index stays complete whichever way an article arrives. Keys are only ever added: a replaced article may leave a key
 * behind, so the queries check each candidate against the article graphs.
 */
public final class NameIndex {

    static final String NAMESPACE = "urn:newsgraph:name-index";
    private static final Node KEY = NodeFactory.createURI(NAMESPACE + "#key");
    private static final Node OF = NodeFactory.createURI(NAMESPACE + "#of");
    private static final Node INDEX = NodeFactory.createURI(NAMESPACE);
    private static final Node COMPLETE = NodeFactory.createURI(NAMESPACE + "#complete");
    private static final Node YES = NodeFactory.createLiteralString("yes");
    private static final List<Node> NAMES = List.of(Schema.name.asNode(), Schema.alternateName.asNode());

    private NameIndex() {
    }

    /** Adds the names of one article's graph (in a write transaction). */
    static void add(DatasetGraph dsg, Graph article) {
        for (Node property : NAMES) {
            article.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> add(dsg, t));
        }
    }

    /**
     * Adds the name a quad gives, if it gives one: a {@code schema:name} or {@code schema:alternateName} in an
     * article graph (in a write transaction). For writes that come quad by quad ({@code newsgraph.server.NameIndexingDataset}).
     */
    public static void add(DatasetGraph dsg, Node graph, Node subject, Node predicate, Node object) {
        if (NAMES.contains(predicate) && isArticleGraph(graph)) {
            add(dsg, Triple.create(subject, predicate, object));
        }
    }

    /** A named graph that is not the ontology's (the identity graph's hub names are indexed too): the stored default graph holds the index itself. */
    private static boolean isArticleGraph(Node graph) {
        return graph != null && graph.isURI() && !Quad.isDefaultGraph(graph) && !Quad.isUnionGraph(graph)
                && !graph.getURI().equals(NG.ONTOLOGY);
    }

    private static void add(DatasetGraph dsg, Triple named) {
        if (!named.getObject().isLiteral()) {
            return;
        }
        // the same lower-casing as SPARQL's LCASE in Jena, so a key holds whatever LCASE(name) would contain
        String key = named.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT);
        Node entry = NodeFactory.createURI(NAMESPACE + ":" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        dsg.add(Quad.defaultGraphIRI, entry, KEY, NodeFactory.createLiteralString(key));
        dsg.add(Quad.defaultGraphIRI, entry, OF, named.getSubject());
    }

    /** Whether the index covers every article graph (in a transaction). */
    static boolean isComplete(DatasetGraph dsg) {
        return dsg.contains(Quad.defaultGraphIRI, INDEX, COMPLETE, YES);
    }

    /**
     * Indexes the names of every article graph and marks the index complete (in a write transaction): for a
     * database newsgraph has not written before, e.g. one built by {@code tdb2.xloader}.
     */
    static void build(DatasetGraph dsg) {
        Node ontology = NodeFactory.createURI(NG.ONTOLOGY);
        for (Node property : NAMES) {
            // collected first: TDB2 does not allow changes while one of its iterators is open
            List<Quad> named = Iter.toList(dsg.findNG(Node.ANY, Node.ANY, property, Node.ANY));
            for (Quad q : named) {
                if (!q.getGraph().equals(ontology)) {
                    add(dsg, q.asTriple());
                }
            }
        }
        markComplete(dsg);
    }

    static void markComplete(DatasetGraph dsg) {
        dsg.add(Quad.defaultGraphIRI, INDEX, COMPLETE, YES);
    }
}
