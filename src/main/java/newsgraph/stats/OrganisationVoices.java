package newsgraph.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import newsgraph.identity.IdentityGraph;

/**
 * The articles in which a real organisation (a hub of the identity graph over its members, or an entity without one)
 * is heard: it speaks itself, or a member ({@code schema:memberOf}) or the holder of one of its posts ({@code org:holds}
 * / {@code org:postIn}) does — the statements of {@code organisation-quotes}. Kept on it as {@code who-said-what} keeps
 * a speaker's ({@link ArticleKeys}):
 * <pre>
 * &lt;organisation&gt; st:voicedIn "2024-05-30\t&lt;article IRI&gt;\t&lt;member IRI&gt;\tBBC News\thttps://www.bbc.co.uk/news" .
 * </pre>
 * one key for each article graph (and date) with such a statement, naming the organisation's entities there that are
 * heard, so that the query finds the newest articles of a party of thousands of articles in one index range, and in
 * each reads only the statements of those entities, their members and their posts' holders. An article gets a key only
 * where the query gives it a row (the statement is a {@code schema:Quotation} with words, and its speaker and the
 * organisation's entity have names),
 * so that the first N keys hold the first N articles of the answer. Counted again whole whenever a write changes a
 * graph in which one of its entities is heard, or its hub (at the end of a load for those its batches marked,
 * {@code st:pendingVoiced}).
 */
final class OrganisationVoices {

    private OrganisationVoices() {
    }

    /**
     * Counts again the keys of {@code organisation} (in a write transaction): replaces what was kept for it and, when it
     * is a real entity (it has no hub of its own), writes them over its hub's members when it has members, else over
     * its own; none for what is not an organisation.
     */
    static void recount(DatasetGraph dsg, Node organisation, Articles facts) {
        ArticleKeys.replace(dsg, organisation, StatisticsTerms.VOICED_IN, keys(dsg, organisation, facts));
    }

    private static Set<String> keys(DatasetGraph dsg, Node real, Articles facts) {
        return ArticleKeys.ofReal(dsg, real, facts, member -> {
            List<Node> graphs = new ArrayList<>();
            if (isNamedOrganisation(dsg, member)) { // the query shows named organisations' entities only
                for (Node voice : voices(dsg, member)) {
                    for (Quad said : Iter.toList(dsg.findNG(Node.ANY, Node.ANY, Standard.CREATOR, voice))) {
                        if (givesRow(dsg, said)) {
                            graphs.add(said.getGraph());
                        }
                    }
                }
            }
            return graphs;
        });
    }

    /** Who speaks for an organisation's entity: itself, its members and the holders of its posts. */
    private static Set<Node> voices(DatasetGraph dsg, Node organisation) {
        Set<Node> voices = new HashSet<>();
        voices.add(organisation);
        dsg.findNG(Node.ANY, Node.ANY, Standard.MEMBER_OF, organisation).forEachRemaining(q -> voices.add(q.getSubject()));
        // a post's IRI is the same in every article that names it (…/role/leader--acme): its holders are those of the
        // article that says it is a post in this entity
        for (Quad post : Iter.toList(dsg.findNG(Node.ANY, Node.ANY, Standard.POST_IN, organisation))) {
            dsg.find(post.getGraph(), Node.ANY, Standard.HOLDS, post.getSubject()).forEachRemaining(q ->
                    voices.add(q.getSubject()));
        }
        return voices;
    }

    /** Whether the query shows the statement of this creator quad: a quotation with words whose speaker has a name. */
    private static boolean givesRow(DatasetGraph dsg, Quad said) {
        Node statement = said.getSubject();
        return dsg.find(Node.ANY, statement, Standard.TYPE, Standard.QUOTATION).hasNext()
                && dsg.find(Node.ANY, statement, Standard.TEXT, Node.ANY).hasNext()
                && dsg.find(Node.ANY, said.getObject(), Standard.NAME, Node.ANY).hasNext();
    }

    /**
     * The organisations whose keys a change to this graph may move: those it says speak, have members or posts (the
     * graph before or after the change).
     */
    static void candidates(org.apache.jena.graph.Graph graph, Collection<Node> into) {
        for (Node term : List.of(Standard.MEMBER_OF, Standard.POST_IN)) {
            graph.find(Node.ANY, term, Node.ANY).forEachRemaining(t -> into.add(t.getObject()));
        }
        for (Triple said : Iter.toList(graph.find(Node.ANY, Standard.CREATOR, Node.ANY))) {
            if (graph.contains(said.getObject(), Standard.TYPE, Standard.ORGANIZATION)) {
                into.add(said.getObject());
            }
        }
    }

    /**
     * More organisations than this to count again (a large load's end) are counted all at once ({@link #recountAll}):
     * counting each on its own reads its entities, members and posts in no order the store keeps together.
     */
    static final int ONE_BY_ONE = 10_000;

    /**
     * Counts again the keys of every real organisation (in a write transaction: a rebuild, an upgrade, the end of a
     * large load), from one pass over the statements' creators in the index's order, which keeps one speaker's
     * statements together and the speakers of one article near each other: for each, the organisations it speaks for
     * (itself, those it is a member of, those it holds a post in), and their hubs. Then writes the keys that differ, and
     * removes those of an organisation no longer heard. At 100,000 articles, counting every organisation on its own
     * was still running after an hour.
     */
    static void recountAll(DatasetGraph dsg) {
        Map<Node, Map<Node, Set<Node>>> heard = new HashMap<>();
        Map<Node, List<Node>> realsOf = new HashMap<>();
        Articles facts = new Articles(dsg);
        Node[] speaker = {null};
        Node[] inGraph = {null};
        List<Node> speaksFor = new ArrayList<>();
        dsg.findNG(Node.ANY, Node.ANY, Standard.CREATOR, Node.ANY).forEachRemaining(said -> {
            if (!said.getObject().equals(speaker[0]) || !said.getGraph().equals(inGraph[0])) {
                speaker[0] = said.getObject();
                inGraph[0] = said.getGraph();
                speaksFor.clear();
                speaksFor.addAll(speaksFor(dsg, said.getGraph(), said.getObject(), facts));
            }
            if (speaksFor.isEmpty() || !said.getGraph().isURI() || !givesRow(dsg, said)) {
                return;
            }
            for (Node organisation : speaksFor) {
                List<Node> reals = realsOf.computeIfAbsent(organisation, o -> isNamedOrganisation(dsg, o)
                        ? IdentityGraph.realEntitiesOf(dsg, o) : List.of());
                for (Node real : reals) {
                    heard.computeIfAbsent(real, r -> new HashMap<>()).computeIfAbsent(said.getGraph(),
                            g -> new HashSet<>()).add(organisation);
                }
            }
        });
        Set<Node> reals = new HashSet<>(heard.keySet());
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.VOICED_IN, Node.ANY).forEachRemaining(q ->
                reals.add(q.getSubject()));
        for (Node real : reals) {
            Set<String> keys = new HashSet<>();
            heard.getOrDefault(real, Map.of()).forEach((graph, there) -> keys.addAll(ArticleKeys.of(
                    facts.keyed(graph), there)));
            ArticleKeys.replace(dsg, real, StatisticsTerms.VOICED_IN, keys);
        }
    }

    /**
     * The organisations' entities a speaker speaks for: itself, those it is a member of, those it holds a post in, as
     * the graph of its statement says (a post's IRI is the same in every article that names it).
     */
    private static List<Node> speaksFor(DatasetGraph dsg, Node graph, Node speaker, Articles facts) {
        List<Node> organisations = new ArrayList<>();
        organisations.add(speaker); // kept only if it is an organisation (isNamedOrganisation)
        dsg.findNG(Node.ANY, speaker, Standard.MEMBER_OF, Node.ANY).forEachRemaining(q -> organisations.add(q.getObject()));
        for (Node post : Statistics.objects(dsg, graph, speaker, Standard.HOLDS)) {
            organisations.addAll(facts.sharedValues(graph, post, Standard.POST_IN));
        }
        return organisations;
    }

    private static boolean isNamedOrganisation(DatasetGraph dsg, Node entity) {
        return dsg.find(Node.ANY, entity, Standard.TYPE, Standard.ORGANIZATION).hasNext()
                && dsg.find(Node.ANY, entity, Standard.NAME, Node.ANY).hasNext();
    }
}
