package newsgraph.stats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * A real speaker's statements by month and by outlet, and the articles it speaks in by day, kept so that
 * {@code timeline} and {@code outlets} read a few rows of one speaker, and {@code who-said-what} one range of keys, instead
 * of every statement in every article it speaks in (a busy person speaks in thousands). Counted
 * as the two queries count over the articles, for one real entity (a hub of the identity graph over its members, or an
 * entity without one): the statements in each of its articles (by {@code schema:creator}, with a {@code schema:text}),
 * the article's {@code schema:datePublished}, {@code schema:exampleOfWork} and {@code schema:publisher}'s
 * {@code schema:name} ("(no outlet)" without one). Each row is a node of the statistics:
 * <pre>
 * &lt;urn:newsgraph:stats:speaker:…&gt; st:timelineOf &lt;speaker&gt; ; st:timelineMonth "2024-05" ;
 *                                  st:timelineStatements 12 [; st:timelineOutlet "BBC News"] .
 * &lt;urn:newsgraph:stats:speaker:…&gt; st:outletsOf &lt;speaker&gt; ; st:outletsPublisher "BBC News" ;
 *                                  st:outletsStatements 30 ; st:outletsArticles 11 ;
 *                                  st:outletsFirst "2024-01-03" ; st:outletsLast "2024-05-30" .
 * &lt;speaker&gt; st:spokeIn "2024-05-30\t&lt;article IRI&gt;\t&lt;member IRI&gt; &lt;member IRI&gt;\tBBC News\thttps://www.bbc.co.uk/news" .
 * </pre>
 * A timeline row without an outlet is the month's total: its statements once per work (the work its article is a copy
 * of and the words), dated articles only; with an outlet, those in that outlet's copies. An outlets row counts its
 * statements once per work, its articles, and the first and last day (none when one of its articles has no date, as
 * SPARQL's MIN and MAX are then unbound). Counted again whole with the speaker's pairs ({@link PairCounts#recount}):
 * counts once per work do not add up.
 */
final class SpeakerTimeline {

    static final String ROWS = "urn:newsgraph:stats:speaker:";
    /** The outlet of an article without a publisher's name, as the queries name it. */
    static final Node NO_OUTLET = NodeFactory.createLiteralString("(no outlet)");

    private SpeakerTimeline() {
    }

    /**
     * Counts again the rows of {@code speaker} (in a write transaction): replaces what was kept for it and, when it is
     * a real speaker (it has no hub of its own), writes its rows over its hub's members when it has members, else over
     * its own statements. Only the quads that differ are written.
     */
    static void recount(DatasetGraph dsg, Node speaker, Articles facts) {
        Set<Quad> old = new HashSet<>();
        for (Node of : List.of(StatisticsTerms.TIMELINE_OF, StatisticsTerms.OUTLETS_OF)) {
            for (Quad q : Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, of, speaker))) {
                dsg.find(Quad.defaultGraphIRI, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(old::add);
            }
        }
        for (Node term : List.of(StatisticsTerms.SPOKE_IN, StatisticsTerms.KEYS_UNSUMMARISED)) {
            dsg.find(Quad.defaultGraphIRI, speaker, term, Node.ANY).forEachRemaining(old::add);
        }
        Set<Quad> now = new HashSet<>();
        if (speaker.isURI() && IdentityGraph.hubsOf(dsg, speaker).isEmpty()) {
            write(speaker, count(dsg, speaker, facts), now);
        }
        StatisticsUpdate.writeDifference(dsg, old, now);
    }

    /** One statement of the speaker's, once per work: the work (or article) it counts in and its words (null: none). */
    private record Said(Node copyOf, String words) {
    }

    /** What one outlet ran of the speaker's: its statements once per work and its articles, as most-quoted counts them. */
    private static final class OutletRow {
        final SaidOnce said = new SaidOnce();
        String first;
        String last;
        boolean undated;
    }

    /**
     * The counts of one speaker: per month (a month alone: the month's total; with an outlet: that outlet's) and per
     * outlet, and the articles it speaks in by their day ({@link ArticleKeys}).
     */
    record Counts(Map<List<Node>, Long> months, Map<Node, Outlet> outlets, Set<String> articles, boolean summarised) {
    }

    /** One outlet's row: statements once per work, articles, first and last day (null when an article has none). */
    record Outlet(long statements, long articles, String first, String last) {
    }

    /** An article's facts that the rows read, looked up once per article. */
    record Article(Node graph, List<Node> works, List<Node> outlets, ArticleKeys.Article keyed) {

        /** Its {@code schema:datePublished}s, as its keys have them. */
        List<Node> dates() {
            return keyed.dates();
        }

        /** What its statements count once in: its works, else the article itself. */
        List<Node> copiesOf() {
            return works.isEmpty() ? List.of(graph) : works;
        }
    }

    /** The rows of one real speaker, over its members' statements (its own without members). */
    static Counts count(DatasetGraph dsg, Node speaker, Articles facts) {
        List<Node> members = StatisticsUpdate.members(dsg, speaker);
        Map<Node, Article> articles = new HashMap<>();
        Map<String, Map<Node, Set<Said>>> byMonth = new HashMap<>(); // month -> outlet (or the month's own key) -> said
        Map<Node, OutletRow> byOutlet = new HashMap<>();
        Node total = NodeFactory.createBlankNode(); // the month's own key: no outlet name is a blank node
        Map<Node, Set<Node>> spokeIn = new HashMap<>(); // article graph -> the speaker's members that speak in it
        Map<Node, Set<String>> wordsIn = new HashMap<>(); // article graph -> the distinct words they say there
        boolean plainWords = true; // every statement's words a plain string, as the keys' summaries count them
        for (Node member : members.isEmpty() ? List.of(speaker) : members) {
            for (Quad made : Iter.toList(dsg.findNG(Node.ANY, Node.ANY, Standard.CREATOR, member))) {
                Node graph = made.getGraph();
                Article article = articles.computeIfAbsent(graph, facts::dated);
                if (graph.isURI()) {
                    spokeIn.computeIfAbsent(graph, g -> new HashSet<>()).add(member); // who-said-what: words or not
                }
                List<Node> texts = Statistics.objects(dsg, graph, made.getSubject(), Standard.TEXT);
                if (texts.isEmpty()) {
                    continue; // timeline and outlets join each statement with its words
                }
                Set<String> words = wordsIn.computeIfAbsent(graph, g -> new HashSet<>());
                for (Node text : texts) {
                    if (ArticleKeys.isPlainString(text)) {
                        words.add(text.getLiteralLexicalForm());
                    } else {
                        plainWords = false;
                    }
                }
                // timeline: dated articles only, each text as STR takes it
                for (Node date : article.dates()) {
                    String month = prefix(date, 7);
                    if (month == null) {
                        continue;
                    }
                    Map<Node, Set<Said>> ofMonth = byMonth.computeIfAbsent(month, m -> new HashMap<>());
                    for (Node copyOf : article.copiesOf()) {
                        for (Node text : texts) {
                            Said said = new Said(copyOf, text.isBlank() ? null : ArticleKeys.str(text));
                            ofMonth.computeIfAbsent(total, k -> new HashSet<>()).add(said);
                            for (Node outlet : article.outlets()) {
                                ofMonth.computeIfAbsent(outlet, k -> new HashSet<>()).add(said);
                            }
                        }
                    }
                }
                // outlets: every article, dated or not; the words as CONCAT takes them
                for (Node outlet : article.outlets()) {
                    OutletRow row = byOutlet.computeIfAbsent(outlet, o -> new OutletRow());
                    row.said.add(made.getSubject(), List.of(graph), g -> article.works(), texts, false);
                    if (article.dates().isEmpty()) {
                        row.undated = true;
                    }
                    for (Node date : article.dates()) {
                        String day = prefix(date, 10);
                        if (day == null) {
                            row.undated = true;
                        } else {
                            row.first = row.first == null || day.compareTo(row.first) < 0 ? day : row.first;
                            row.last = row.last == null || day.compareTo(row.last) > 0 ? day : row.last;
                        }
                    }
                }
            }
        }
        Map<List<Node>, Long> months = new HashMap<>();
        byMonth.forEach((month, outlets) -> outlets.forEach((outlet, said) -> {
            List<Node> key = new ArrayList<>(List.of(NodeFactory.createLiteralString(month)));
            if (!outlet.equals(total)) {
                key.add(outlet);
            }
            months.put(key, (long) said.size());
        }));
        Map<Node, Outlet> outlets = new HashMap<>();
        byOutlet.forEach((outlet, row) -> outlets.put(outlet, new Outlet(row.said.statements(), row.said.articles(),
                row.undated ? null : row.first, row.undated ? null : row.last)));
        // the keys summarise what the speaker says in each article only when every one of its articles can be
        // summarised: the dated queries then read no article of the speaker's, else every one (none is counted twice)
        boolean summarised = plainWords && spokeIn.keySet().stream()
                .allMatch(graph -> ArticleKeys.summarises(articles.get(graph).works(), articles.get(graph).outlets()));
        Set<String> spoke = new HashSet<>();
        spokeIn.forEach((graph, there) -> {
            Article article = articles.get(graph);
            String summary = summarised ? ArticleKeys.summary(article.copiesOf().get(0),
                    wordsIn.getOrDefault(graph, Set.of()), article.outlets()) : "";
            spoke.addAll(ArticleKeys.ofSpeaker(article.keyed(), there, summary));
        });
        return new Counts(months, outlets, spoke, summarised || spoke.isEmpty());
    }

    static Article article(DatasetGraph dsg, Node graph, Articles facts) {
        List<Node> works = Statistics.objects(dsg, graph, graph, Standard.EXAMPLE_OF_WORK);
        List<Node> outlets = new ArrayList<>();
        for (Node publisher : Statistics.objects(dsg, graph, graph, Standard.PUBLISHER)) {
            for (Node name : facts.sharedValues(graph, publisher, Standard.NAME)) {
                if (!outlets.contains(name)) {
                    outlets.add(name);
                }
            }
        }
        ArticleKeys.Article keyed = facts.keyed(graph);
        return new Article(graph, works, outlets.isEmpty() ? List.of(NO_OUTLET) : outlets, keyed);
    }

    /** SUBSTR(STR(?date), 1, n): its first n characters (null for a blank node, which STR does not take). */
    private static String prefix(Node date, int n) {
        if (date.isBlank()) {
            return null;
        }
        String text = ArticleKeys.str(date);
        return text.codePointCount(0, text.length()) <= n ? text : text.substring(0, text.offsetByCodePoints(0, n));
    }

    private static void write(Node speaker, Counts counts, Set<Quad> rows) {
        counts.articles().forEach(key -> rows.add(stat(speaker, StatisticsTerms.SPOKE_IN, NodeFactory.createLiteralString(key))));
        if (!counts.summarised()) {
            rows.add(stat(speaker, StatisticsTerms.KEYS_UNSUMMARISED, StatisticsTerms.YES));
        }
        counts.months().forEach((key, n) -> {
            Node row = row(speaker, "month", key);
            rows.add(stat(row, StatisticsTerms.TIMELINE_OF, speaker));
            rows.add(stat(row, StatisticsTerms.TIMELINE_MONTH, key.get(0)));
            rows.add(stat(row, StatisticsTerms.TIMELINE_STATEMENTS, StatisticsUpdate.integer(n)));
            if (key.size() > 1) {
                rows.add(stat(row, StatisticsTerms.TIMELINE_OUTLET, key.get(1)));
            }
        });
        counts.outlets().forEach((outlet, o) -> {
            Node row = row(speaker, "outlet", List.of(outlet));
            rows.add(stat(row, StatisticsTerms.OUTLETS_OF, speaker));
            rows.add(stat(row, StatisticsTerms.OUTLETS_PUBLISHER, outlet));
            rows.add(stat(row, StatisticsTerms.OUTLETS_STATEMENTS, StatisticsUpdate.integer(o.statements())));
            rows.add(stat(row, StatisticsTerms.OUTLETS_ARTICLES, StatisticsUpdate.integer(o.articles())));
            if (o.first() != null) {
                rows.add(stat(row, StatisticsTerms.OUTLETS_FIRST, NodeFactory.createLiteralString(o.first())));
                rows.add(stat(row, StatisticsTerms.OUTLETS_LAST, NodeFactory.createLiteralString(o.last())));
            }
        });
    }

    /** A row's node: named by a hash of the speaker and the row's key, so that the same row is always the same node. */
    private static Node row(Node speaker, String kind, List<Node> key) {
        StringBuilder text = new StringBuilder(speaker.toString()).append('\n').append(kind);
        key.forEach(k -> text.append('\n').append(k.toString()));
        return NodeFactory.createURI(ROWS + UUID.nameUUIDFromBytes(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Quad stat(Node subject, Node term, Node object) {
        return Quad.create(Quad.defaultGraphIRI, subject, term, object);
    }
}
