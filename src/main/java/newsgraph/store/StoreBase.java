package newsgraph.store;

import java.util.Iterator;
import java.util.Optional;
import newsgraph.rdf.Iris;
import newsgraph.rdf.NG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The base of a database's IRIs ({@code --base}), recorded in its stored default graph at its first load, next to
 * the name index and out of sight of the queries, so that it cannot change silently: a load or a server with
 * another base is refused instead of mixing two namespaces.
 * <pre>
 * &lt;urn:newsgraph:database&gt; &lt;urn:newsgraph:database#base&gt; "https://w3id.org/newsgraph/" .
 * </pre>
 */
final class StoreBase {

    private static final Node DATABASE = NodeFactory.createURI("urn:newsgraph:database");
    private static final Node BASE = NodeFactory.createURI("urn:newsgraph:database#base");
    private static final String ARTICLES = "id/article/";

    private StoreBase() {
    }

    /**
     * The base recorded in the database; for one without a record (written by an older newsgraph or another tool),
     * the base its article graphs are named under, if they follow newsgraph's scheme (in a transaction).
     */
    static Optional<String> of(DatasetGraph dsg) {
        Iterator<Quad> recorded = dsg.find(Quad.defaultGraphIRI, DATABASE, BASE, Node.ANY);
        if (recorded.hasNext()) {
            return Optional.of(recorded.next().getObject().getLiteralLexicalForm());
        }
        Iterator<Node> graphs = dsg.listGraphNodes();
        while (graphs.hasNext()) {
            Node graph = graphs.next();
            int at = graph.isURI() ? graph.getURI().indexOf(ARTICLES) : -1;
            if (at > 0 && !graph.getURI().equals(NG.ONTOLOGY)) {
                return Optional.of(graph.getURI().substring(0, at));
            }
        }
        return Optional.empty();
    }

    static boolean isRecorded(DatasetGraph dsg) {
        return dsg.contains(Quad.defaultGraphIRI, DATABASE, BASE, Node.ANY);
    }

    /** Records the base (in a write transaction). */
    static void record(DatasetGraph dsg, String base) {
        dsg.add(Quad.defaultGraphIRI, DATABASE, BASE, NodeFactory.createLiteralString(Iris.checkedBase(base)));
    }
}
