package newsgraph.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;

/**
 * The changes one write transaction makes to the statistics, applied by {@link #apply()} before it commits. A writer
 * says which article graphs it changes, either with the new graph in hand ({@link #replacing}, as {@code load} does)
 * or before changing a graph quad by quad ({@link #touching}, as the server's writes do); each changed graph's counts
 * as stored before are subtracted and its counts after added, so a reload, a replaced or dropped graph and a write over
 * HTTP leave the statistics equal to a count from scratch.
 *
 * <p>Counts are summed in memory over the whole transaction and written once per key, so a batch of a thousand articles
 * that quote the same people writes each person's counts once. A fact (a name, a type …) that a changed graph no longer
 * states is removed only when no article graph states it any more, which one index lookup tells.
 *
 * <p>Used from the one thread of the write transaction, in that transaction.
 */
public final class StatisticsUpdate {

    private final DatasetGraph dsg;
    /** Graphs changed quad by quad: their counts before the transaction changed them. */
    private final Map<Node, ArticleCounts> before = new HashMap<>();
    /** Graphs replaced whole in this transaction, with their counts now (their quads may still be held back). */
    private final Map<Node, ArticleCounts> replaced = new HashMap<>();
    private final Map<Key, Long> counts = new HashMap<>();
    /** Facts, by how many more changed graphs state them now than before (many are both dropped and added: 0). */
    private final Map<Triple, Integer> facts = new HashMap<>();
    /** Speakers and mentioned entities whose counts this transaction changed: their hubs' groups are counted again. */
    private final Set<Node> entities = new HashSet<>();
    /** The creators of statements in the graphs this transaction changed, before and after: their pairs are counted again. */
    private final Set<Node> creators = new HashSet<>();
    /** The entities spoken about in the graphs this transaction changed, before and after: their articles are kept again. */
    private final Set<Node> abouts = new HashSet<>();
    /** The organisations that a changed graph says speak, have members or posts (their st:voicedIn may move). */
    private final Set<Node> organisations = new HashSet<>();
    /** The hub of each entity before this transaction changed the identity graph; null while it has not. */
    private Map<String, String> hubsBefore;
    /** The names of each hub before this transaction changed the identity graph; null while it has not. */
    private Map<Node, Set<Node>> hubNamesBefore;

    private record Key(Node subject, Node term) {
    }

    /** Whether the groups, their rows of the ranking and the pairs are left to {@link Statistics#settle}. */
    private boolean deferGroups;
    /**
     * The hubs and groups of each entity whose counts changed, read by {@link #hubsOfChangedEntities}: what {@link
     * Ranking#reals} would read again for it in {@link #defer}, where nothing in between changes them (the identity graph
     * and {@code st:member} change only where groups are counted, which {@link #deferGroups} leaves to the end).
     */
    private final Map<Node, Set<Node>> groupsOfChanged = new HashMap<>();
    /** The hubs the identity graph gives each entity whose counts changed, read with {@link #groupsOfChanged}. */
    private final Map<Node, List<Node>> hubsOfChanged = new HashMap<>();

    StatisticsUpdate(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * Leaves what grows with a group rather than with the transaction — counting a hub's group again over all its
     * members, its row of the ranking, and a speaker's pairs over all its statements — to {@link Statistics#settle}, and
     * marks the groups and speakers it changed instead ({@code load}: each batch touches the same busy people, and
     * counting them again at every batch made a load's time grow with the square of its articles). Until they are
     * settled the statistics are not complete, so the queries count over the articles.
     */
    public StatisticsUpdate deferGroups() {
        this.deferGroups = true;
        return this;
    }

    /**
     * The article graph {@code name} is about to be replaced by {@code graph}; call it before the old graph is deleted
     * (its counts are read from the store, or remembered when this transaction wrote it).
     */
    public void replacing(Node name, Graph graph) {
        if (!counted(name) || before.containsKey(name)) {
            return; // touched quad by quad earlier in the transaction: counted again from the store at apply()
        }
        ArticleCounts old = replaced.containsKey(name) ? replaced.get(name) : stored(name);
        ArticleCounts now = ArticleCounts.of(graph);
        if (!replaced.containsKey(name)) {
            creators(dsg.getGraph(name));
        }
        creators(graph);
        add(old, -1);
        add(now, 1);
        replaced.put(name, now);
    }

    /** The graph {@code name} is about to change quad by quad: its counts as stored are read now, its new ones at {@link #apply}. */
    public void touching(Node name) {
        if (IdentityGraph.NODE.equals(name)) {
            if (hubsBefore == null) {
                hubsBefore = IdentityGraph.hubs(dsg); // compared at apply(): the groups that changed are counted again
                hubNamesBefore = hubNames(); // and the hubs renamed are ranked again (their rows sort by name)
            }
            return;
        }
        if (counted(name) && !before.containsKey(name) && !replaced.containsKey(name)) {
            before.put(name, stored(name));
            creators(dsg.getGraph(name));
        }
    }

    /** Whether the graph's counts are read again at {@link #apply} (it was touched). */
    public boolean isTouched(Node name) {
        return before.containsKey(name);
    }

    /** Writes the changes into the statistics (in the write transaction, after every quad of it is in the store). */
    public void apply() {
        before.forEach((name, old) -> {
            add(old, -1);
            add(stored(name), 1);
            creators(dsg.getGraph(name));
        });
        before.clear();
        replaced.clear();
        Set<Node> hubs = hubsOfChangedEntities();
        // the entities whose rows may have moved: those whose counts or facts changed, and (below) their hubs before
        // and after, and whatever joined or left a hub
        Set<Node> ranked = new HashSet<>(entities);
        facts.keySet().forEach(fact -> ranked.add(fact.getSubject()));
        flush();
        Set<Node> speakers = PairCounts.speakersOf(dsg, creators);
        creators.clear();
        Set<Node> spokenOf = SpokenOf.realsOf(dsg, abouts);
        abouts.clear();
        Set<Node> voiced = SpokenOf.realsOf(dsg, organisations);
        organisations.clear();
        regroup(hubs, ranked, speakers, spokenOf, voiced);
        if (deferGroups) {
            defer(hubs, ranked, speakers);
            spokenOf.forEach(entity -> dsg.add(Quad.defaultGraphIRI, entity, StatisticsTerms.PENDING_SPOKEN_OF,
                    StatisticsTerms.YES));
            voiced.forEach(organisation -> dsg.add(Quad.defaultGraphIRI, organisation, StatisticsTerms.PENDING_VOICED,
                    StatisticsTerms.YES));
            return;
        }
        Articles facts = new Articles(dsg);
        spokenOf.forEach(entity -> SpokenOf.recount(dsg, entity, facts));
        voiced.forEach(organisation -> OrganisationVoices.recount(dsg, organisation, facts));
        for (Node hub : hubs) {
            Statistics.recountGroup(dsg, hub, members(dsg, hub));
        }
        ranked.addAll(hubs);
        Ranking.rank(dsg, ranked);
        speakers.forEach(speaker -> Statistics.recountSpeaker(dsg, speaker, facts));
    }

    /**
     * Marks the groups and speakers for {@link Statistics#settle} and ranks now only the rows that read no group: an
     * entity without members (its own counts are current); every hub among the rows is marked instead.
     */
    private void defer(Set<Node> hubs, Set<Node> ranked, Set<Node> speakers) {
        Set<Node> pendingGroups = new HashSet<>(hubs);
        Set<Node> now = new HashSet<>();
        ranked.addAll(hubs);
        for (Node real : Ranking.reals(dsg, ranked, groupsOfChanged)) {
            if (dsg.find(IdentityGraph.NODE, Node.ANY, OWL.sameAs.asNode(), real).hasNext()) {
                pendingGroups.add(real);
            } else {
                now.add(real);
            }
        }
        Ranking.rankWithoutMembers(dsg, now, hubsOfChanged);
        pendingGroups.forEach(hub -> dsg.add(Quad.defaultGraphIRI, hub, StatisticsTerms.PENDING_GROUP, StatisticsTerms.YES));
        speakers.forEach(speaker -> dsg.add(Quad.defaultGraphIRI, speaker, StatisticsTerms.PENDING_PAIRS,
                StatisticsTerms.YES));
        if (!dsg.contains(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.PENDING, StatisticsTerms.YES)) {
            dsg.delete(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.COMPLETE, StatisticsTerms.YES);
            dsg.add(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.PENDING, StatisticsTerms.YES);
        }
    }

    /**
     * Remembers the creators of a graph's statements, the entities they are about, and the organisations it says speak,
     * have members or posts (the graph as it is now).
     */
    private void creators(Graph graph) {
        graph.find(Node.ANY, Standard.CREATOR, Node.ANY).forEachRemaining(t -> creators.add(t.getObject()));
        graph.find(Node.ANY, Standard.ABOUT, Node.ANY).forEachRemaining(t -> abouts.add(t.getObject()));
        OrganisationVoices.candidates(graph, organisations);
    }

    /**
     * Adds to {@code hubs} the groups (issue 11) an entity joined or left when the identity graph changed ({@code
     * resolve}, a write over HTTP), to {@code moved} the rows that may have moved, and to {@code speakers} whose pairs
     * change; with the hubs of the entities whose own counts changed (as the identity graph has them now, and as the
     * statistics' st:member had them) these are the groups {@link #apply} counts again.
     */
    private void regroup(Set<Node> hubs, Set<Node> moved, Set<Node> speakers, Set<Node> spokenOf, Set<Node> voiced) {
        if (hubsBefore != null) {
            Map<String, String> now = IdentityGraph.hubs(dsg);
            Set<String> all = new HashSet<>(hubsBefore.keySet());
            all.addAll(now.keySet());
            for (String entity : all) {
                String was = hubsBefore.get(entity);
                String is = now.get(entity);
                if (!Objects.equals(was, is)) {
                    Node node = NodeFactory.createURI(entity);
                    moved.add(node);
                    if (was != null) {
                        hubs.add(NodeFactory.createURI(was));
                    }
                    if (is != null) {
                        hubs.add(NodeFactory.createURI(is));
                    }
                    // the articles said about it, on itself, its old hub and its new
                    spokenOf.add(node);
                    if (was != null) {
                        spokenOf.add(NodeFactory.createURI(was));
                    }
                    if (is != null) {
                        spokenOf.add(NodeFactory.createURI(is));
                    }
                    // likewise the articles in which it is heard, if it is an organisation
                    voiced.add(node);
                    if (was != null) {
                        voiced.add(NodeFactory.createURI(was));
                    }
                    if (is != null) {
                        voiced.add(NodeFactory.createURI(is));
                    }
                    // the pairs of whoever speaks about it, and its own as a speaker, on its old hub and its new
                    Set<Node> speaking = PairCounts.speakingAbout(dsg, node);
                    speaking.add(node);
                    speakers.addAll(PairCounts.speakersOf(dsg, speaking));
                    for (Node creator : speaking) {
                        String before = creator.isURI() ? hubsBefore.get(creator.getURI()) : null;
                        if (before != null) {
                            speakers.add(NodeFactory.createURI(before));
                        }
                    }
                }
            }
            hubsBefore = null;
            Map<Node, Set<Node>> names = hubNames();
            Set<Node> named = new HashSet<>(names.keySet());
            named.addAll(hubNamesBefore.keySet());
            for (Node hub : named) {
                if (!Objects.equals(names.get(hub), hubNamesBefore.get(hub))) {
                    moved.add(hub);
                }
            }
            hubNamesBefore = null;
        }
    }

    /** The schema:name of each node of the identity graph (its hubs). */
    private Map<Node, Set<Node>> hubNames() {
        Map<Node, Set<Node>> names = new HashMap<>();
        dsg.find(IdentityGraph.NODE, Node.ANY, Standard.NAME, Node.ANY).forEachRemaining(q ->
                names.computeIfAbsent(q.getSubject(), h -> new HashSet<>()).add(q.getObject()));
        return names;
    }

    /**
     * The hubs of the entities whose counts changed, as the identity graph has them and as {@code st:member} had them;
     * each entity's are kept in {@link #groupsOfChanged} for {@link #defer}.
     */
    private Set<Node> hubsOfChangedEntities() {
        Set<Node> hubs = new HashSet<>();
        groupsOfChanged.clear();
        hubsOfChanged.clear();
        for (Node entity : entities) {
            List<Node> inIdentity = IdentityGraph.hubsOf(dsg, entity);
            hubsOfChanged.put(entity, inIdentity);
            Set<Node> groups = new HashSet<>(inIdentity);
            dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.MEMBER, entity)
                    .forEachRemaining(q -> groups.add(q.getSubject()));
            groupsOfChanged.put(entity, groups);
            hubs.addAll(groups);
        }
        return hubs;
    }

    /** The members of a hub, as the identity graph has them now. */
    static List<Node> members(DatasetGraph dsg, Node hub) {
        List<Node> members = new ArrayList<>();
        dsg.find(IdentityGraph.NODE, Node.ANY, OWL.sameAs.asNode(), hub).forEachRemaining(q -> members.add(q.getSubject()));
        return members;
    }

    /** Adds one graph's counts ({@code sign} 1) or takes them away (-1). */
    void add(ArticleCounts c, int sign) {
        entities.addAll(c.speakers().keySet());
        entities.addAll(c.mentionedIn().keySet());
        c.speakers().forEach((who, s) -> {
            count(who, StatisticsTerms.STATEMENTS, sign * s.statements());
            count(who, StatisticsTerms.DIRECT, sign * s.direct());
            count(who, StatisticsTerms.ARTICLES_QUOTED, sign * s.articles());
        });
        c.mentionedIn().forEach((entity, n) -> count(entity, StatisticsTerms.MENTIONED_IN, sign * n));
        c.outlets().forEach((outlet, t) -> {
            boolean unknown = outlet.equals(ArticleCounts.NO_OUTLET);
            count(outlet, unknown ? StatisticsTerms.UNKNOWN_OUTLET_ARTICLES : StatisticsTerms.OUTLET_ARTICLES,
                    sign * t.articles());
            count(outlet, unknown ? StatisticsTerms.UNKNOWN_OUTLET_STATEMENTS : StatisticsTerms.OUTLET_STATEMENTS,
                    sign * t.statements());
        });
        c.months().forEach((month, t) -> {
            count(StatisticsTerms.month(month), StatisticsTerms.MONTH_ARTICLES, sign * t.articles());
            count(StatisticsTerms.month(month), StatisticsTerms.MONTH_STATEMENTS, sign * t.statements());
        });
        c.facts().forEach(fact -> facts.merge(fact, sign, Integer::sum));
    }

    private void count(Node subject, Node term, long delta) {
        if (delta != 0) {
            counts.merge(new Key(subject, term), delta, Long::sum);
        }
    }

    /** Writes the summed counts and the facts. */
    void flush() {
        counts.forEach((key, delta) -> {
            if (delta != 0) {
                Node stored = storedValue(dsg, key.subject(), key.term());
                long now = number(stored) + delta;
                if (stored != null) {
                    dsg.deleteAny(Quad.defaultGraphIRI, key.subject(), key.term(), Node.ANY);
                }
                if (now > 0) {
                    dsg.add(Quad.defaultGraphIRI, key.subject(), key.term(), integer(now));
                }
            }
        });
        counts.clear();
        entities.clear(); // their hubs were read before: a rebuild counts every group at its end
        facts.forEach((fact, change) -> {
            if (change > 0) {
                dsg.add(Quad.defaultGraphIRI, fact.getSubject(), fact.getPredicate(), fact.getObject());
            } else if (change < 0 && !stillStated(fact)) {
                dsg.delete(Quad.defaultGraphIRI, fact.getSubject(), fact.getPredicate(), fact.getObject());
            }
        });
        facts.clear();
    }

    /** Whether an article graph of the store still states the fact (the label of a post: where it is a post). */
    private boolean stillStated(Triple fact) {
        Node source = StatisticsTerms.sourceOf(fact.getPredicate());
        Iterator<Quad> stating = dsg.findNG(Node.ANY, fact.getSubject(), source, fact.getObject());
        while (stating.hasNext()) {
            Node graph = stating.next().getGraph();
            if (counted(graph) && (!fact.getPredicate().equals(StatisticsTerms.LABEL)
                    || dsg.contains(graph, fact.getSubject(), Standard.TYPE, Standard.POST))) {
                return true;
            }
        }
        return false;
    }

    /** A graph the statistics count: every named graph but the ontology's and the identity graph. */
    boolean counted(Node graph) {
        return IdentityGraph.isArticleGraph(graph);
    }

    private ArticleCounts stored(Node name) {
        if (!dsg.containsGraph(name)) {
            return ArticleCounts.NONE;
        }
        return ArticleCounts.of(dsg.getGraph(name));
    }

    /** A count of the statistics (0 when there is none). */
    static long value(DatasetGraph dsg, Node subject, Node term) {
        return number(storedValue(dsg, subject, term));
    }

    /** The value of a term of the statistics as stored; null when there is none. */
    private static Node storedValue(DatasetGraph dsg, Node subject, Node term) {
        Iterator<Quad> found = dsg.find(Quad.defaultGraphIRI, subject, term, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    /** A stored count as a number (0 for none, or for what is not a number). */
    private static long number(Node value) {
        return value != null && value.isLiteral() && value.getLiteralValue() instanceof Number n ? n.longValue() : 0;
    }

    /**
     * Makes what is stored {@code now} where it was {@code old} (quads collected before: TDB2 allows no change while one
     * of its iterators is open), writing only the quads that differ: a recount that finds a busy person's or hub's rows
     * nearly as they were changes only those few.
     */
    static void writeDifference(DatasetGraph dsg, Set<Quad> old, Set<Quad> now) {
        old.stream().filter(q -> !now.contains(q)).forEach(dsg::delete);
        now.stream().filter(q -> !old.contains(q)).forEach(dsg::add);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
