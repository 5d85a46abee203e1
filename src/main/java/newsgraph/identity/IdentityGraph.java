package newsgraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.rdf.NG;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;

/**
 * The identity graph of a store: which article-scoped entity IRIs name one real entity. For each real entity a hub
 * ({@code …/id/person/tom-halvorsen}) with what identifies it (type, schema:name, schema:alternateName,
 * schema:sameAs where its members agree), and {@code owl:sameAs} from each article-scoped IRI to its hub — a star,
 * so a linked-data tool follows it in one step. Hubs no longer in use are listed ({@code ng:retiredHub}) so that
 * their IRIs are never given to another entity, with {@code dcterms:isReplacedBy} the hub most of their members went
 * to. Entities that {@code load} could not place exactly wait for {@code resolve} ({@code ng:awaitsResolve}).
 *
 * <p>The graph's name is the same under every {@code --base}, so the named queries can name it.
 */
public final class IdentityGraph {

    /** The name of the identity graph in a store. */
    public static final String NAME = "https://w3id.org/newsgraph/graph/identity";
    public static final Node NODE = NodeFactory.createURI(NAME);

    private IdentityGraph() {
    }

    /** A graph of article data: not the ontology's, not the identity or corrections graph, not the default graph. */
    public static boolean isArticleGraph(Node graph) {
        return graph != null && graph.isURI() && !Quad.isDefaultGraph(graph) && !Quad.isUnionGraph(graph)
                && !graph.getURI().equals(NG.ONTOLOGY) && !graph.getURI().equals(NAME)
                && !graph.getURI().equals(Corrections.NAME);
    }

    /** The hub of each article-scoped IRI, as stored (in a transaction). */
    public static Map<String, String> hubs(DatasetGraph dsg) {
        Map<String, String> hubOf = new HashMap<>();
        dsg.find(NODE, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getObject().isURI()) {
                hubOf.put(q.getSubject().getURI(), q.getObject().getURI());
            }
        });
        return hubOf;
    }

    /** The hubs of an entity as stored: none for a hub, nor for an entity that has none yet (in a transaction). */
    public static List<Node> hubsOf(DatasetGraph dsg, Node entity) {
        List<Node> hubs = new ArrayList<>();
        dsg.find(NODE, entity, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> hubs.add(q.getObject()));
        return hubs;
    }

    /** The real entities an entity is: its hubs, or itself when it has none (in a transaction). */
    public static List<Node> realEntitiesOf(DatasetGraph dsg, Node entity) {
        List<Node> hubs = hubsOf(dsg, entity);
        return hubs.isEmpty() ? List.of(entity) : hubs;
    }

    /** Every hub IRI ever given out in this store, current or retired (in a transaction). */
    public static Set<String> knownHubs(DatasetGraph dsg) {
        Set<String> known = new HashSet<>();
        dsg.find(NODE, Node.ANY, Schema.name.asNode(), Node.ANY)
                .forEachRemaining(q -> known.add(q.getSubject().getURI()));
        dsg.find(NODE, NODE, NG.retiredHub.asNode(), Node.ANY).forEachRemaining(q -> known.add(q.getObject().getURI()));
        return known;
    }

    /** How many entities wait for a full resolve (in a transaction). */
    public static long awaiting(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find(NODE, NODE, NG.awaitsResolve.asNode(), Node.ANY).forEachRemaining(q -> n[0]++);
        return n[0];
    }

    /** Replaces the whole identity graph with {@code graph} (in a write transaction). */
    public static void replace(DatasetGraph dsg, Graph graph) {
        dsg.deleteAny(NODE, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> dsg.add(NODE, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static final List<Node> DESCRIBING = List.of(Schema.name.asNode(), Schema.alternateName.asNode(),
            Schema.sameAs.asNode(), DCTerms.isReplacedBy.asNode());
}
