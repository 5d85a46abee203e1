package newsgraph.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The keys that find a real entity's articles, newest first, in one index range of the statistics ({@code st:spokeIn},
 * {@code st:spokenOfIn}, {@code st:pairIn}): one string for each article and date, made of parts separated by a tab:
 * <pre>
 * day \t article IRI \t members \t outlets
 * day \t article IRI \t speaker's members \t other's members \t outlets      (a pair's)
 * </pre>
 * The day is the article's {@code schema:datePublished} as STR gives it (nothing for an undated article). The members
 * are the real entity's own entities in that article, their IRIs in order with a space between (a pair's keys name
 * both sides'), so that a query looks up those entities' statements instead of reading every statement of the article
 * and the real entity of each. One key an article and date, however many entities the real entity has there: the
 * queries take each person's newest keys as they come and group only those by article, not all of them (which cost
 * 15–40 ms of processor time for a person of 4,000 articles at 100,000).
 * The outlets are the names and addresses ({@code schema:name}, {@code schema:url}) of the article's publishers,
 * separated by tabs (nothing without one), and last, as they may hold anything: the queries' outlet filter reads them
 * from the key instead of looking up each article's publisher (the dated queries look at every article of a person).
 */
final class ArticleKeys {

    private ArticleKeys() {
    }

    /** What the keys of an article say of it, looked up once: its IRI, its dates and its outlets' part. */
    record Article(Node graph, List<Node> dates, String outlets) {
    }

    /** An article's facts for its keys. */
    static Article of(DatasetGraph dsg, Node graph) {
        List<String> outlets = new ArrayList<>();
        for (Node publisher : Statistics.objects(dsg, graph, graph, Standard.PUBLISHER)) {
            for (Node property : List.of(Standard.NAME, Standard.URL)) {
                for (Node name : Statistics.objects(dsg, graph, publisher, property)) {
                    if (!name.isBlank()) { // STR takes no blank node: the filter never matched one
                        outlets.add(str(name));
                    }
                }
            }
        }
        return new Article(graph, Statistics.objects(dsg, graph, graph, Standard.DATE_PUBLISHED),
                String.join("\t", outlets));
    }

    /**
     * The keys of a real entity's members in an article: one for each date, one without a day when it has none; none
     * without a member with an IRI, which no query can name.
     */
    static List<String> of(Article article, Collection<Node> members) {
        String named = members(members);
        return named.isEmpty() ? List.of() : keys(article, "\t" + named);
    }

    /** A pair's keys of an article, with the speaker's members there and the other's: as a real entity's. */
    static List<String> of(Article article, Collection<Node> speakers, Collection<Node> about) {
        String namedSpeakers = members(speakers);
        String namedAbout = members(about);
        return namedSpeakers.isEmpty() || namedAbout.isEmpty() ? List.of()
                : keys(article, "\t" + namedSpeakers + "\t" + namedAbout);
    }

    /** The IRIs of the members that have one, in order, a space between (an IRI holds no space). */
    private static String members(Collection<Node> members) {
        return members.stream().filter(Node::isURI).map(Node::getURI).sorted().distinct()
                .collect(Collectors.joining(" "));
    }

    private static List<String> keys(Article article, String members) {
        List<String> keys = new ArrayList<>();
        String rest = "\t" + article.graph().getURI() + members + "\t" + article.outlets();
        if (article.dates().isEmpty()) {
            keys.add(rest);
        }
        for (Node date : article.dates()) {
            keys.add((date.isBlank() ? "" : str(date)) + rest);
        }
        return keys;
    }

    /**
     * The keys, with the members, of the articles in which a real entity's members are the object of
     * {@code predicate}: its members' when it has members, else its own; none for an entity that has a hub.
     */
    static Set<String> ofReal(DatasetGraph dsg, Node real, Node predicate) {
        return ofReal(dsg, real, member -> {
            List<Node> graphs = new ArrayList<>();
            dsg.findNG(Node.ANY, Node.ANY, predicate, member).forEachRemaining(q -> graphs.add(q.getGraph()));
            return graphs;
        });
    }

    /**
     * The keys, with the members, of the article graphs in which each of a real entity's members counts ({@code
     * graphsOf}): its members' when it has members, else its own; none for an entity that has a hub.
     */
    static Set<String> ofReal(DatasetGraph dsg, Node real, Function<Node, Collection<Node>> graphsOf) {
        Set<String> keys = new HashSet<>();
        if (!real.isURI() || !IdentityGraph.hubsOf(dsg, real).isEmpty()) {
            return keys;
        }
        Map<Node, Set<Node>> inArticle = new HashMap<>();
        List<Node> members = StatisticsUpdate.members(dsg, real);
        for (Node member : members.isEmpty() ? List.of(real) : members) {
            for (Node graph : graphsOf.apply(member)) {
                if (graph.isURI()) {
                    inArticle.computeIfAbsent(graph, g -> new HashSet<>()).add(member);
                }
            }
        }
        inArticle.forEach((graph, there) -> keys.addAll(of(of(dsg, graph), there)));
        return keys;
    }

    /** Replaces the keys kept on {@code real} under {@code term} by these, writing only those that differ (in a write transaction). */
    static void replace(DatasetGraph dsg, Node real, Node term, Set<String> keys) {
        Set<Quad> old = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, real, term, Node.ANY).forEachRemaining(old::add);
        Set<Quad> now = new HashSet<>();
        keys.forEach(key -> now.add(Quad.create(Quad.defaultGraphIRI, real, term, NodeFactory.createLiteralString(key))));
        // collected first: TDB2 allows no change while one of its iterators is open
        old.stream().filter(q -> !now.contains(q)).forEach(dsg::delete);
        now.stream().filter(q -> !old.contains(q)).forEach(dsg::add);
    }

    /** STR of a term: a literal's lexical form, an IRI's text. */
    static String str(Node term) {
        return term.isLiteral() ? term.getLiteralLexicalForm() : term.getURI();
    }
}
