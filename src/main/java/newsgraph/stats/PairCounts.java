package newsgraph.stats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Who speaks about whom, kept per pair of real entities (a hub of the identity graph, or an entity without one): for
 * a real speaker, each real entity its statements are about and how many statements, counted as
 * {@code whom-a-speaks-about} and {@code who-speaks-about} count them — a statement in an article graph with its
 * {@code schema:creator}, {@code schema:about} and {@code schema:text} there, once per work: the graph's
 * {@code schema:exampleOfWork} (the graph itself without one), a space and the words. Each pair is a node of the
 * statistics:
 * <pre>
 * &lt;urn:newsgraph:stats:pair:…&gt; st:pairSpeaker &lt;hub of the speaker&gt; ; st:pairAbout &lt;hub of the entity&gt; ;
 *                               st:pairStatements 4 .
 * </pre>
 * so that the two top-10 tables of an entity page read the pairs of one entity (index lookups) instead of every
 * statement by or about it; and each article graph in which the speaker says anything about the entity, with the
 * article's entities of the two by which it does:
 * <pre>
 * &lt;urn:newsgraph:stats:pair:…&gt; st:inPair &lt;the pair&gt; ; st:inArticle &lt;article graph&gt; ;
 *                               st:inSpeaker &lt;the speaker's entity there&gt; ; st:inAbout &lt;the entity's there&gt; .
 * </pre>
 * so that {@code what-a-said-about-b} sorts only the articles the two share and reads, in those of its page, the
 * speaker's statements only (index lookups with both entities bound); and on the pair, each of those articles keyed by
 * its day as {@code who-said-what}'s are ({@code st:pairIn}, {@link ArticleKeys}), so that the newest of
 * them are one index range away. A pair whose statements have no words keeps its
 * articles and no count (the top-10 tables read only counts). A speaker's pairs are counted again whole ({@link #recount}) whenever a write changes
 * a graph it speaks in or the hub of it or of an entity it speaks about: a count once per work does not add up.
 */
final class PairCounts {

    static final String PAIRS = "urn:newsgraph:stats:pair:";

    private PairCounts() {
    }

    /**
     * Counts again the pairs of {@code speaker} (in a write transaction): replaces what was kept for it, and, when it
     * is a real speaker (it has no hub of its own), writes its pairs — over its hub's members when it has members,
     * else over its own statements, as the queries gather a speaker's statements — with their articles. Index lookups
     * for its statements, never a scan. Only the quads that differ are written: a batch that adds one article to a
     * speaker of hundreds leaves the rest of its pairs as they are.
     */
    static void recount(DatasetGraph dsg, Node speaker, Articles facts) {
        Set<Quad> old = new HashSet<>();
        for (Quad q : Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.PAIR_SPEAKER, speaker))) {
            Node pair = q.getSubject();
            dsg.find(Quad.defaultGraphIRI, pair, Node.ANY, Node.ANY).forEachRemaining(old::add);
            speakerKeys(dsg, pair).stream().filter(dsg::contains).forEach(old::add);
            for (Quad in : Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.IN_PAIR, pair))) {
                dsg.find(Quad.defaultGraphIRI, in.getSubject(), Node.ANY, Node.ANY).forEachRemaining(old::add);
            }
        }
        Set<Quad> now = new HashSet<>();
        if (speaker.isURI() && IdentityGraph.hubsOf(dsg, speaker).isEmpty()) { // else counted on its hub
            count(dsg, speaker).forEach((about, shared) -> {
                Node pair = pair(speaker, about);
                now.add(stat(pair, StatisticsTerms.PAIR_SPEAKER, speaker));
                now.add(stat(pair, StatisticsTerms.PAIR_ABOUT, about));
                if (shared.statements() > 0) {
                    now.add(stat(pair, StatisticsTerms.PAIR_STATEMENTS, StatisticsUpdate.integer(shared.statements())));
                    now.add(stat(about, StatisticsTerms.SPOKEN_OF_BY, speakerKey(shared.statements(), speaker)));
                }
                shared.articles().forEach((article, entities) -> {
                    if (article.isURI()) {
                        // the pair's articles by day, with their entities of the two: one index range (what-a-said-about-b
                        // sorts them)
                        ArticleKeys.of(facts.keyed(article), entities.speakers(), entities.about()).forEach(key ->
                                now.add(stat(pair, StatisticsTerms.PAIR_IN, NodeFactory.createLiteralString(key))));
                    }
                    Node in = inArticle(pair, article);
                    now.add(stat(in, StatisticsTerms.IN_PAIR, pair));
                    now.add(stat(in, StatisticsTerms.IN_ARTICLE, article));
                    entities.speakers().forEach(who -> now.add(stat(in, StatisticsTerms.IN_SPEAKER, who)));
                    entities.about().forEach(entity -> now.add(stat(in, StatisticsTerms.IN_ABOUT, entity)));
                });
            });
        }
        StatisticsUpdate.writeDifference(dsg, old, now);
    }

    /**
     * Writes again the keys of a pair ({@code st:pairIn}) alone, from its articles' rows (in a write transaction): what
     * bringing the keys of an earlier layout up to this one needs.
     */
    static void rekey(DatasetGraph dsg, Node pair, Articles facts) {
        Set<String> keys = new HashSet<>();
        for (Quad in : Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.IN_PAIR, pair))) {
            Node row = in.getSubject();
            for (Node article : objects(dsg, Quad.defaultGraphIRI, row, StatisticsTerms.IN_ARTICLE)) {
                if (article.isURI()) {
                    keys.addAll(ArticleKeys.of(facts.keyed(article), objects(dsg, Quad.defaultGraphIRI, row,
                            StatisticsTerms.IN_SPEAKER), objects(dsg, Quad.defaultGraphIRI, row, StatisticsTerms.IN_ABOUT)));
                }
            }
        }
        ArticleKeys.replace(dsg, pair, StatisticsTerms.PAIR_IN, keys);
    }

    /**
     * The key of a pair with statements on the entity spoken about ({@code st:spokenOfBy}): the statements subtracted
     * from {@link #MOST} in ten digits, a tab and the speaker's IRI, so that the key's order is who-speaks-about's — most
     * statements first, then by speaker — and a page of an entity spoken about by thousands is the top N of its keys,
     * with no lookup of each pair's speaker and count (a pair's speaker is a real speaker with an IRI).
     */
    static Node speakerKey(long statements, Node speaker) {
        return NodeFactory.createLiteralString(String.format("%010d", MOST - statements) + "\t" + ArticleKeys.str(speaker));
    }

    /** The most statements a key holds (ten digits). */
    static final long MOST = 9_999_999_999L;

    /** The speaker's key of a pair as kept on its entity ({@code st:spokenOfBy}), from what its rows say. */
    static List<Quad> speakerKeys(DatasetGraph dsg, Node pair) {
        List<Quad> keys = new ArrayList<>();
        for (Node about : objects(dsg, Quad.defaultGraphIRI, pair, StatisticsTerms.PAIR_ABOUT)) {
            for (Node speaker : objects(dsg, Quad.defaultGraphIRI, pair, StatisticsTerms.PAIR_SPEAKER)) {
                for (Node n : objects(dsg, Quad.defaultGraphIRI, pair, StatisticsTerms.PAIR_STATEMENTS)) {
                    if (n.isLiteral() && n.getLiteralValue() instanceof Number count) {
                        keys.add(stat(about, StatisticsTerms.SPOKEN_OF_BY, speakerKey(count.longValue(), speaker)));
                    }
                }
            }
        }
        return keys;
    }

    private static Quad stat(Node subject, Node term, Node object) {
        return Quad.create(Quad.defaultGraphIRI, subject, term, object);
    }

    /**
     * What a real speaker says about one real entity: its statements, once per work (0 where none has words), and
     * each article graph in which it says anything about it, with the article's entities of the two that do.
     */
    record Shared(long statements, Map<Node, Entities> articles) {
    }

    /** The entities of an article by which the speaker speaks about the entity: who speaks, and whom it is about. */
    record Entities(Set<Node> speakers, Set<Node> about) {
    }

    /**
     * The statements of a real speaker per real entity they are about, once per work, and the articles in which they
     * are (every real entity that one of its statements is about, in any article graph).
     */
    static Map<Node, Shared> count(DatasetGraph dsg, Node speaker) {
        List<Node> members = StatisticsUpdate.members(dsg, speaker);
        Map<Node, Set<String>> said = new HashMap<>();
        Map<Node, Map<Node, Entities>> articles = new HashMap<>();
        Map<Node, List<Node>> works = new HashMap<>();
        Map<Node, List<Node>> realOf = new HashMap<>();
        for (Node member : members.isEmpty() ? List.of(speaker) : members) {
            for (Quad made : Iter.toList(dsg.findNG(Node.ANY, Node.ANY, Standard.CREATOR, member))) {
                Node graph = made.getGraph();
                Node statement = made.getSubject();
                List<String> words = words(dsg, graph, statement);
                List<Node> ofGraph = works.computeIfAbsent(graph, g -> {
                    List<Node> w = objects(dsg, g, g, Standard.EXAMPLE_OF_WORK);
                    return w.isEmpty() ? List.of(g) : w;
                });
                for (Node about : objects(dsg, graph, statement, Standard.ABOUT)) {
                    for (Node real : realOf.computeIfAbsent(about, a -> IdentityGraph.realEntitiesOf(dsg, a))) {
                        Entities in = articles.computeIfAbsent(real, r -> new HashMap<>()).computeIfAbsent(graph,
                                g -> new Entities(new HashSet<>(), new HashSet<>()));
                        in.speakers().add(member);
                        in.about().add(about);
                        Set<String> keys = said.computeIfAbsent(real, r -> new HashSet<>());
                        for (Node work : ofGraph) {
                            if (work.isURI()) { // STR of a blank node is an error in SPARQL: no key
                                words.forEach(w -> keys.add(work.getURI() + " " + w));
                            }
                        }
                    }
                }
            }
        }
        Map<Node, Shared> shared = new HashMap<>();
        articles.forEach((real, in) -> shared.put(real, new Shared(said.get(real).size(), in)));
        return shared;
    }

    /** The speakers whose pairs a change to these creators' statements moves: each creator and its hubs. */
    static Set<Node> speakersOf(DatasetGraph dsg, Collection<Node> creators) {
        Set<Node> speakers = new HashSet<>();
        for (Node creator : creators) {
            speakers.add(creator);
            speakers.addAll(IdentityGraph.hubsOf(dsg, creator));
        }
        return speakers;
    }

    /** The creators of the statements about an entity, in any graph. */
    static Set<Node> speakingAbout(DatasetGraph dsg, Node entity) {
        Set<Node> creators = new HashSet<>();
        for (Quad q : Iter.toList(dsg.findNG(Node.ANY, Node.ANY, Standard.ABOUT, entity))) {
            Statistics.inGraph(dsg, q.getGraph(), q.getSubject(), Standard.CREATOR, Node.ANY).forEachRemaining(c ->
                    creators.add(c.getObject()));
        }
        return creators;
    }

    /** Every real speaker: the creators of all statements, on their hubs (for a rebuild). */
    static Set<Node> allSpeakers(DatasetGraph dsg) {
        Set<Node> creators = new HashSet<>();
        dsg.findNG(Node.ANY, Node.ANY, Standard.CREATOR, Node.ANY).forEachRemaining(q -> creators.add(q.getObject()));
        return speakersOf(dsg, creators);
    }

    /** A pair's article: named by a hash of the pair and the article, so that the same one is always the same node. */
    static Node inArticle(Node pair, Node article) {
        return named(pair, article);
    }

    /**
     * A pair's node: named by a hash of its two IRIs, so that the same pair is always the same node, and so that
     * {@code what-a-said-about-b} makes it from the two (SPARQL's MD5 of the two IRIs with a line feed between, as
     * {@link UUID#nameUUIDFromBytes} takes them) instead of reading every pair of one of them.
     */
    static Node pair(Node speaker, Node about) {
        return named(speaker, about);
    }

    private static Node named(Node first, Node second) {
        String key = first.toString() + "\n" + second.toString();
        return NodeFactory.createURI(PAIRS + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    /** A statement's words as CONCAT takes them (string literals only; none: the statement counts nowhere). */
    private static List<String> words(DatasetGraph dsg, Node graph, Node statement) {
        return objects(dsg, graph, statement, Standard.TEXT).stream().filter(SaidOnce::isWords)
                .map(Node::getLiteralLexicalForm).toList();
    }

    private static List<Node> objects(DatasetGraph dsg, Node graph, Node subject, Node property) {
        return Statistics.objects(dsg, graph, subject, property);
    }
}
