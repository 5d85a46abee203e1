package newsgraph.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * day \t article IRI \t member IRI [\t member IRI] \t outlets
 * </pre>
 * The day is the article's {@code schema:datePublished} as STR gives it (nothing for an undated article). The member
 * is the real entity's own entity in that article (a pair's keys name two: the speaker's and the other's), so that a
 * query looks up that entity's statements instead of reading every statement of the article and the real entity of
 * each.
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
     * The keys of a real entity's member in an article: one for each date, one without a day when it has none; none for
     * a member without an IRI, which no query can name.
     */
    static List<String> of(Article article, Node member) {
        return member.isURI() ? keys(article, "\t" + member.getURI()) : List.of();
    }

    /** A pair's keys of an article, for one of the speaker's members there and one of the other's: as a member's. */
    static List<String> of(Article article, Node speaker, Node about) {
        return speaker.isURI() && about.isURI() ? keys(article, "\t" + speaker.getURI() + "\t" + about.getURI())
                : List.of();
    }

    private static List<String> keys(Article article, String member) {
        List<String> keys = new ArrayList<>();
        String rest = "\t" + article.graph().getURI() + member + "\t" + article.outlets();
        if (article.dates().isEmpty()) {
            keys.add(rest);
        }
        for (Node date : article.dates()) {
            keys.add((date.isBlank() ? "" : str(date)) + rest);
        }
        return keys;
    }

    /**
     * The keys, with the member, of the articles in which a real entity's members are the object of
     * {@code predicate}: its members' when it has members, else its own; none for an entity that has a hub.
     */
    static Set<String> ofReal(DatasetGraph dsg, Node real, Node predicate) {
        Set<String> keys = new HashSet<>();
        if (!real.isURI() || !IdentityGraph.hubsOf(dsg, real).isEmpty()) {
            return keys;
        }
        Map<Node, Article> articles = new HashMap<>();
        List<Node> members = StatisticsUpdate.members(dsg, real);
        for (Node member : members.isEmpty() ? List.of(real) : members) {
            for (Quad q : Iter.toList(dsg.findNG(Node.ANY, Node.ANY, predicate, member))) {
                Node graph = q.getGraph();
                if (graph.isURI()) {
                    keys.addAll(of(articles.computeIfAbsent(graph, g -> of(dsg, g)), member));
                }
            }
        }
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
