package newsgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.identity.IdentityGraph;
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
 * with the archive, while the distinct names and the real entities that bear them stay few.
 *
 * <p>For every {@code schema:name} and {@code schema:alternateName} in an article graph (or the identity graph),
 * the stored default graph holds its lower-cased text as a key, and the key points to the <em>real</em> entity
 * that has the name: the hub of the entity in the identity graph, or the entity itself while it has none.
 * <pre>
 * &lt;urn:newsgraph:name-index:ruth+ashby&gt; &lt;urn:newsgraph:name-index#key&gt; "ruth ashby" ;
 *                                              &lt;urn:newsgraph:name-index#real&gt; &lt;…/id/person/ruth-ashby&gt; .
 * </pre>
 * A name that thousands of articles give one person is thus one entry, not thousands (the queries go from it to
 * the person's statistics, or to the article entities through the identity graph). An entry made before its entity
 * had a hub still leads to the right one: the queries take every entity they find to its hub. {@link #refresh}
 * brings the entries up to date after a resolve, which gives every entity a hub and may retire old hubs.
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
    private static final Node REAL = NodeFactory.createURI(NAMESPACE + "#real");
    /** The entries of an older layout: a key to every article entity with the name (dropped when the index is rebuilt). */
    private static final Node OF = NodeFactory.createURI(NAMESPACE + "#of");
    private static final Node INDEX = NodeFactory.createURI(NAMESPACE);
    private static final Node COMPLETE = NodeFactory.createURI(NAMESPACE + "#complete");
    /** The marker of an index of real entities (the older layout's marker was "yes"), which the queries ask for. */
    private static final Node REAL_ENTITIES = NodeFactory.createLiteralString("real entities");
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
        if (named.getObject().isLiteral()) {
            String key = key(named.getObject());
            dsg.add(Quad.defaultGraphIRI, entry(key), KEY, NodeFactory.createLiteralString(key));
            dsg.add(Quad.defaultGraphIRI, entry(key), REAL, realOf(dsg, named.getSubject()));
        }
    }

    /** The same lower-casing as SPARQL's LCASE in Jena, so a key holds whatever LCASE(name) would contain. */
    private static String key(Node name) {
        return name.getLiteralLexicalForm().toLowerCase(Locale.ROOT);
    }

    private static Node entry(String key) {
        return NodeFactory.createURI(NAMESPACE + ":" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    /** The entity's hub in the identity graph, or the entity itself while it has none (a hub has none either). */
    private static Node realOf(DatasetGraph dsg, Node entity) {
        List<Node> hubs = IdentityGraph.hubsOf(dsg, entity);
        return hubs.isEmpty() ? entity : hubs.get(0);
    }

    /**
     * Brings the index up to date with a new identity graph (in the write transaction that wrote it, after
     * {@link #add(DatasetGraph, Graph)} of its names): an entry for an entity that now has a hub points to the hub,
     * and one for a retired hub goes (its names are on the hubs that replaced it). Reads only the index's entries.
     */
    static void refresh(DatasetGraph dsg) {
        List<Quad> entries = Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, REAL, Node.ANY));
        for (Quad q : entries) {
            Node real = realOf(dsg, q.getObject());
            boolean retired = dsg.contains(IdentityGraph.NODE, IdentityGraph.NODE, NG.retiredHub.asNode(), q.getObject());
            if (retired || !real.equals(q.getObject())) {
                dsg.delete(q);
            }
            if (!retired && !real.equals(q.getObject())) {
                dsg.add(Quad.defaultGraphIRI, q.getSubject(), REAL, real);
            }
        }
    }

    /** Whether the index covers every article graph, in this layout (in a transaction). */
    static boolean isComplete(DatasetGraph dsg) {
        return dsg.contains(Quad.defaultGraphIRI, INDEX, COMPLETE, REAL_ENTITIES);
    }

    /**
     * Indexes the names of every article graph and marks the index complete (in a write transaction): for a
     * database newsgraph has not written before, e.g. one built by {@code tdb2.xloader}, or one whose index has an
     * older layout (its entries are dropped first). Reads every name once; the entries are collected first, once
     * each, as a name that thousands of articles repeat makes one entry.
     */
    static void build(DatasetGraph dsg) {
        dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, OF, Node.ANY);
        dsg.deleteAny(Quad.defaultGraphIRI, INDEX, COMPLETE, Node.ANY);
        Node ontology = NodeFactory.createURI(NG.ONTOLOGY);
        Map<String, Set<Node>> entries = new HashMap<>();
        for (Node property : NAMES) {
            // collected first: TDB2 does not allow changes while one of its iterators is open
            Iter.forEach(dsg.findNG(Node.ANY, Node.ANY, property, Node.ANY), q -> {
                if (!q.getGraph().equals(ontology) && q.getObject().isLiteral()) {
                    entries.computeIfAbsent(key(q.getObject()), k -> new HashSet<>()).add(realOf(dsg, q.getSubject()));
                }
            });
        }
        entries.forEach((key, reals) -> {
            dsg.add(Quad.defaultGraphIRI, entry(key), KEY, NodeFactory.createLiteralString(key));
            reals.forEach(real -> dsg.add(Quad.defaultGraphIRI, entry(key), REAL, real));
        });
        markComplete(dsg);
    }

    static void markComplete(DatasetGraph dsg) {
        dsg.add(Quad.defaultGraphIRI, INDEX, COMPLETE, REAL_ENTITIES);
    }
}
