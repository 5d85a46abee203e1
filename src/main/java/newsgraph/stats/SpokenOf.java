package newsgraph.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The articles in which something is said about a real entity (a hub of the identity graph over its members, or an
 * entity without one), kept on it as {@code who-said-what} keeps a speaker's ({@link ArticleKeys}):
 * <pre>
 * &lt;entity&gt; st:spokenOfIn "2024-05-30\t&lt;article IRI&gt;\t&lt;member IRI&gt; &lt;member IRI&gt;\tBBC News\thttps://www.bbc.co.uk/news" .
 * </pre>
 * one key for each article graph (and date) with a statement about one of its members, naming those members, so that
 * {@code said-about} finds the newest articles about a person in one index range instead of a lookup for each of the
 * person's article entities and articles. Counted again whole whenever a write changes a graph that speaks about it or
 * its hub (at the end of a load for those its batches marked, {@code st:pendingSpokenOf}).
 */
final class SpokenOf {

    private SpokenOf() {
    }

    /**
     * Counts again the keys of {@code entity} (in a write transaction): replaces what was kept for it and, when it is a
     * real entity (it has no hub of its own), writes them over its hub's members when it has members, else over its own.
     */
    static void recount(DatasetGraph dsg, Node entity, Articles facts) {
        ArticleKeys.replace(dsg, entity, StatisticsTerms.SPOKEN_OF_IN, ArticleKeys.ofReal(dsg, entity, Standard.ABOUT,
                facts));
    }

    /** The entities whose keys a change to statements about these moves: each and its hubs. */
    static Set<Node> realsOf(DatasetGraph dsg, Collection<Node> entities) {
        Set<Node> reals = new HashSet<>();
        for (Node entity : entities) {
            reals.add(entity);
            reals.addAll(IdentityGraph.hubsOf(dsg, entity));
        }
        return reals;
    }

    /** Every entity something is said about, and their hubs (for a rebuild). */
    static Set<Node> all(DatasetGraph dsg) {
        List<Node> about = new ArrayList<>();
        dsg.findNG(Node.ANY, Node.ANY, Standard.ABOUT, Node.ANY).forEachRemaining(q -> about.add(q.getObject()));
        return realsOf(dsg, about);
    }
}
