package newsgraph.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The keys that find a real entity's articles, newest first, in one index range of the statistics ({@code st:spokeIn},
 * {@code st:spokenOfIn}, {@code st:pairIn}): one string for each article and date, made of parts separated by a tab:
 * <pre>
 * day \t article IRI \t members \t outlets
 * day \t article IRI \t speaker's members \t summary \t outlets             (a real speaker's: st:spokeIn)
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
 * A real speaker's summary ({@link #summary}, since version 13) holds what the dated {@code timeline} and {@code
 * outlets} count of the article, so that they read a person's keys and not its articles and statements.
 */
final class ArticleKeys {

    private ArticleKeys() {
    }

    /** What the keys of an article say of it, looked up once: its IRI, its dates and its outlets' part. */
    record Article(Node graph, List<Node> dates, String outlets) {
    }

    /** An article's facts for its keys, its outlet's read through {@code facts} ({@link Articles#sharedValues}). */
    static Article of(DatasetGraph dsg, Node graph, Articles facts) {
        List<String> outlets = new ArrayList<>();
        for (Node publisher : Statistics.objects(dsg, graph, graph, Standard.PUBLISHER)) {
            for (Node property : List.of(Standard.NAME, Standard.URL)) {
                for (Node name : facts.sharedValues(graph, publisher, property)) {
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

    /**
     * A real speaker's keys of an article ({@code st:spokeIn}): as a real entity's, with the summary of its words there
     * ({@link #summary}; nothing for a speaker whose keys hold none) between the members and the outlets.
     */
    static List<String> ofSpeaker(Article article, Collection<Node> members, String summary) {
        String named = members(members);
        return named.isEmpty() ? List.of() : keys(article, "\t" + named + "\t" + summary);
    }

    /**
     * What a speaker says in an article, as the dated {@code timeline} and {@code outlets} count it, so that they need
     * not read the article: the work its statements count once in (the article's one work, else the article), how many
     * distinct words its members say there, a digest of those words (copies of a work whose digests are equal say the
     * same words: a statement counts once in them), and the article's outlets' names, a line each:
     * <pre>
     * work \n count \n digest \n name [\n name …]
     * </pre>
     * Only for an article that {@link #summarises}: the query gives the parts back as they were.
     */
    static String summary(Node copyOf, Set<String> words, List<Node> names) {
        StringBuilder summary = new StringBuilder(copyOf.getURI()).append('\n').append(words.size()).append('\n')
                .append(digest(words));
        names.forEach(name -> summary.append('\n').append(name.getLiteralLexicalForm()));
        return summary.toString();
    }

    /**
     * Whether a summary holds an article's parts exactly: at most one work, an IRI; outlets' names that are plain
     * strings, not empty, on one line and without a tab (the query splits them at line ends and the key at tabs).
     */
    static boolean summarises(List<Node> works, List<Node> names) {
        return works.size() <= 1 && works.stream().allMatch(Node::isURI)
                && names.stream().allMatch(name -> isPlainString(name) && !name.getLiteralLexicalForm().isEmpty()
                        && name.getLiteralLexicalForm().chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r'));
    }

    /** A literal of xsd:string, without a language: STR gives back the same term. */
    static boolean isPlainString(Node node) {
        return node.isLiteral() && XSDDatatype.XSDstring.getURI().equals(node.getLiteralDatatypeURI());
    }

    /**
     * The first 128 bits of the SHA-256 of the words, in order, each after its length (so that no two sets of words
     * give the same text to hash), in hexadecimal.
     */
    private static String digest(Set<String> words) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        for (String word : new TreeSet<>(words)) {
            sha.update((word.length() + ":" + word).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
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
    static Set<String> ofReal(DatasetGraph dsg, Node real, Node predicate, Articles facts) {
        return ofReal(dsg, real, facts, member -> {
            List<Node> graphs = new ArrayList<>();
            dsg.findNG(Node.ANY, Node.ANY, predicate, member).forEachRemaining(q -> graphs.add(q.getGraph()));
            return graphs;
        });
    }

    /**
     * The keys, with the members, of the article graphs in which each of a real entity's members counts ({@code
     * graphsOf}): its members' when it has members, else its own; none for an entity that has a hub.
     */
    static Set<String> ofReal(DatasetGraph dsg, Node real, Articles facts, Function<Node, Collection<Node>> graphsOf) {
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
        inArticle.forEach((graph, there) -> keys.addAll(of(facts.keyed(graph), there)));
        return keys;
    }

    /** Replaces the keys kept on {@code real} under {@code term} by these, writing only those that differ (in a write transaction). */
    static void replace(DatasetGraph dsg, Node real, Node term, Set<String> keys) {
        Set<Quad> old = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, real, term, Node.ANY).forEachRemaining(old::add);
        Set<Quad> now = new HashSet<>();
        keys.forEach(key -> now.add(Quad.create(Quad.defaultGraphIRI, real, term, NodeFactory.createLiteralString(key))));
        StatisticsUpdate.writeDifference(dsg, old, now);
    }

    /** STR of a term: a literal's lexical form, an IRI's text. */
    static String str(Node term) {
        return term.isLiteral() ? term.getLiteralLexicalForm() : term.getURI();
    }
}
