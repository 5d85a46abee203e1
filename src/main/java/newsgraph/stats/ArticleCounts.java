package newsgraph.stats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What one article graph adds to the statistics: per speaker its statements (once per work: {@link SaidOnce}), direct
 * quotes and articles; per entity
 * the articles that mention it; per outlet and per month the articles and their statements; and the facts the
 * overviews show (names, types, posts, memberships). A pure function of the graph, so the counts of a graph being
 * replaced are subtracted exactly as they were added.
 *
 * <p>Each count follows its scanning query ({@code queries/most-quoted.rq}, {@code entities.rq},
 * {@code counts-by-outlet.rq}, {@code counts-by-month.rq}) within one graph; summed over the graphs it is that
 * query's count over their union, since a statement, and an article with its date and publisher, live in one graph.
 */
public record ArticleCounts(Map<Node, Speaker> speakers, Map<Node, Long> mentionedIn, Set<Triple> facts,
        Map<Node, Tally> outlets, Map<String, Tally> months) {

    /** A speaker's counts. */
    public record Speaker(long statements, long direct, long articles) {
    }

    /** An outlet's or a month's counts: articles and their statements. */
    public record Tally(long articles, long statements) {
    }

    /** The key of the articles without a publisher among {@link #outlets}. */
    public static final Node NO_OUTLET = StatisticsTerms.STATISTICS;

    public static final ArticleCounts NONE = new ArticleCounts(Map.of(), Map.of(), Set.of(), Map.of(), Map.of());

    private static final List<Node> ENTITY_TYPES = List.of(Standard.PERSON, Standard.ORGANIZATION, Standard.PLACE);
    /** A date as schema.org writes it (ISO 8601): its month is its first seven characters. */
    private static final Pattern MONTH = Pattern.compile("^[0-9]{4}-[0-9]{2}");

    /** The counts of one article graph. */
    public static ArticleCounts of(Graph graph) {
        if (graph.isEmpty()) {
            return NONE;
        }
        Map<Node, SaidOnce> said = new HashMap<>();
        Map<Node, Long> statementsOfArticle = new HashMap<>();
        for (Node statement : subjects(graph, Standard.QUOTATION)) {
            Set<Node> articles = objects(graph, statement, Standard.IS_PART_OF);
            if (articles.isEmpty()) {
                continue;
            }
            articles.forEach(a -> statementsOfArticle.merge(a, 1L, Long::sum));
            boolean direct = graph.contains(statement, Standard.KIND, Standard.DIRECT);
            Set<Node> texts = objects(graph, statement, Standard.TEXT);
            for (Node who : objects(graph, statement, Standard.CREATOR)) {
                said.computeIfAbsent(who, w -> new SaidOnce()).add(statement, articles,
                        a -> objects(graph, a, Standard.EXAMPLE_OF_WORK), texts, direct);
            }
        }
        Map<Node, Speaker> speakers = new HashMap<>();
        said.forEach((who, s) -> speakers.put(who, new Speaker(s.statements(), s.direct(), s.articles())));

        Map<Node, Set<Node>> mentioning = new HashMap<>();
        graph.find(Node.ANY, Standard.MENTIONS, Node.ANY).forEachRemaining(t ->
                mentioning.computeIfAbsent(t.getObject(), e -> new HashSet<>()).add(t.getSubject()));
        Map<Node, Long> mentionedIn = new HashMap<>();
        mentioning.forEach((entity, articles) -> mentionedIn.put(entity, (long) articles.size()));

        Set<Triple> facts = new LinkedHashSet<>();
        for (Node type : ENTITY_TYPES) {
            subjects(graph, type).forEach(e -> facts.add(Triple.create(e, StatisticsTerms.TYPE, type)));
        }
        copy(graph, Standard.NAME, StatisticsTerms.NAME, facts);
        copy(graph, Standard.ALTERNATE_NAME, StatisticsTerms.ALTERNATE_NAME, facts);
        copy(graph, Standard.HOLDS, StatisticsTerms.HOLDS, facts);
        copy(graph, Standard.MEMBER_OF, StatisticsTerms.MEMBER_OF, facts);
        for (Node post : subjects(graph, Standard.POST)) {
            objects(graph, post, Standard.LABEL).forEach(l -> facts.add(Triple.create(post, StatisticsTerms.LABEL, l)));
        }

        Map<Node, Tally> outlets = new HashMap<>();
        Map<String, Tally> months = new HashMap<>();
        for (Node article : subjects(graph, Standard.NEWS_ARTICLE)) {
            Tally one = new Tally(1, statementsOfArticle.getOrDefault(article, 0L));
            Set<Node> publishers = objects(graph, article, Standard.PUBLISHER);
            if (publishers.isEmpty()) {
                publishers = Set.of(NO_OUTLET);
            }
            publishers.forEach(p -> outlets.merge(p, one, ArticleCounts::sum));
            Set<String> keys = new HashSet<>();
            objects(graph, article, Standard.DATE_PUBLISHED).forEach(d -> keys.add(monthOf(d)));
            if (keys.isEmpty()) {
                keys.add(StatisticsTerms.UNKNOWN);
            }
            keys.forEach(k -> months.merge(k, one, ArticleCounts::sum));
        }
        return new ArticleCounts(speakers, mentionedIn, facts, outlets, months);
    }

    /** The month of a date ("2024-05" of "2024-05-31T23:30:00Z", as written), or "unknown". */
    static String monthOf(Node date) {
        String lexical = date.isLiteral() ? date.getLiteralLexicalForm() : date.isURI() ? date.getURI() : "";
        return MONTH.matcher(lexical).find() ? lexical.substring(0, 7) : StatisticsTerms.UNKNOWN;
    }

    static Tally sum(Tally a, Tally b) {
        return new Tally(a.articles() + b.articles(), a.statements() + b.statements());
    }

    private static void copy(Graph graph, Node from, Node to, Set<Triple> facts) {
        graph.find(Node.ANY, from, Node.ANY).forEachRemaining(t ->
                facts.add(Triple.create(t.getSubject(), to, t.getObject())));
    }

    private static Set<Node> subjects(Graph graph, Node type) {
        Set<Node> subjects = new LinkedHashSet<>();
        graph.find(Node.ANY, Standard.TYPE, type).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }

    private static Set<Node> objects(Graph graph, Node subject, Node property) {
        Set<Node> objects = new LinkedHashSet<>();
        graph.find(subject, property, Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
        return objects;
    }
}
