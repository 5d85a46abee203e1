package newsgraph.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;

/**
 * The statistics of a database: the counts the overviews show ({@code most-quoted}, {@code entities},
 * {@code counts-by-outlet}, {@code counts-by-month}), kept up to date by every write in the write's own transaction
 * instead of being counted over every article at each query. They live in the stored default graph, next to the
 * name index and out of sight of the union of the article graphs:
 * <pre>
 * &lt;…/person/ruth-ashby&gt;     st:statements 12 ; st:direct 7 ; st:articlesQuoted 3 ; st:mentionedIn 4 ;
 *                             st:name "Ruth Ashby" ; st:type schema:Person .
 * &lt;…/organization/bbc&gt;       st:outletArticles 250 ; st:outletStatements 1900 .
 * &lt;urn:newsgraph:stats:month:2024-05&gt; st:monthArticles 31 ; st:monthStatements 240 .
 * &lt;urn:newsgraph:stats&gt; st:complete "yes" ; st:version "1" ; st:unknownOutletArticles 2 ; … .
 * </pre>
 * ({@code st:} is {@code urn:newsgraph:stats#}.) Counts are keyed by the IRIs the article graphs write, so a
 * regrouping of entities ({@link #recountGroup}) reads only the groups' own statements and mentions.
 *
 * <p>The named queries read them only where the marker says they are complete, and else count over the articles, so
 * their answers are the same either way; {@link #rebuild} counts everything from scratch.
 */
public final class Statistics {

    private Statistics() {
    }

    /** Whether the statistics cover every article graph, in this layout (in a transaction). */
    public static boolean isComplete(DatasetGraph dsg) {
        return dsg.contains(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.COMPLETE,
                StatisticsTerms.YES)
                && dsg.contains(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION,
                        StatisticsTerms.CURRENT_VERSION);
    }

    /**
     * Whether a load left counts to {@link #settle} ({@link StatisticsUpdate#deferGroups}), in this layout (in a
     * transaction): the statistics are kept but not complete.
     */
    public static boolean isPending(DatasetGraph dsg) {
        return dsg.contains(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.PENDING, StatisticsTerms.YES)
                && dsg.contains(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION,
                        StatisticsTerms.CURRENT_VERSION);
    }

    /** Whether a write keeps the statistics up to date: they are complete, or complete but for what is to settle. */
    public static boolean isKept(DatasetGraph dsg) {
        return isComplete(dsg) || isPending(dsg);
    }

    /**
     * Counts again the groups and the speakers' pairs a load marked ({@link StatisticsUpdate#deferGroups}), each once
     * however many batches changed it, ranks the groups' rows, removes the marks and marks the statistics complete (in
     * a write transaction): every {@link SettleStep} in order. Reads each marked group's and speaker's statements once:
     * the work of one batch that counts them at once, where a load counting at every batch did it once per batch.
     *
     * @return the groups and speakers counted again; 0 when nothing was pending
     */
    public static long settle(DatasetGraph dsg) {
        long settled = 0;
        for (SettleStep step : SettleStep.values()) {
            settled += settle(dsg, step);
        }
        return settled;
    }

    /**
     * The parts of {@link #settle}, in the order it runs them. Each counts again what its own marks name and removes
     * them, so each may run in a write transaction of its own: {@code load} lets go of the store's memory maps between
     * them, which bounds its memory by what one part reads rather than all of them (every page a transaction touches
     * stays mapped until it ends), and a load stopped between two leaves the later parts' marks for the next open.
     */
    public enum SettleStep {
        /** The hubs' groups counted again over their members, and their rows of the ranking. */
        GROUPS(StatisticsTerms.PENDING_GROUP),
        /** The real speakers' pairs, months and outlets. */
        SPEAKERS(StatisticsTerms.PENDING_PAIRS),
        /** The articles that speak about each real entity. */
        SPOKEN_OF(StatisticsTerms.PENDING_SPOKEN_OF),
        /** The articles in which each organisation is heard; then the statistics are complete. */
        VOICES(StatisticsTerms.PENDING_VOICED);

        /** The mark of what this step counts again ({@link StatisticsUpdate#deferGroups}). */
        private final Node mark;

        SettleStep(Node mark) {
            this.mark = mark;
        }
    }

    /**
     * One part of {@link #settle} (in a write transaction): counts again what carries its mark and removes the marks;
     * the last marks the statistics complete.
     *
     * @return the groups or speakers counted again; 0 when nothing was pending
     */
    public static long settle(DatasetGraph dsg, SettleStep step) {
        if (!isPending(dsg)) {
            return 0;
        }
        Set<Node> marked = subjectsWith(dsg, step.mark);
        switch (step) {
            case GROUPS -> {
                for (Node group : marked) {
                    recountGroup(dsg, group, StatisticsUpdate.members(dsg, group));
                }
                Ranking.rankReals(dsg, marked);
            }
            case SPEAKERS -> {
                Articles facts = new Articles(dsg);
                marked.forEach(speaker -> recountSpeaker(dsg, speaker, facts));
            }
            case SPOKEN_OF -> {
                Articles facts = new Articles(dsg);
                marked.forEach(entity -> SpokenOf.recount(dsg, entity, facts));
            }
            case VOICES -> {
                if (marked.size() > OrganisationVoices.ONE_BY_ONE) {
                    OrganisationVoices.recountAll(dsg);
                } else {
                    Articles facts = new Articles(dsg);
                    marked.forEach(organisation -> OrganisationVoices.recount(dsg, organisation, facts));
                }
            }
            default -> throw new IllegalArgumentException(step.toString());
        }
        // collected first: TDB2 allows no change while one of its iterators is open
        marked.forEach(subject -> dsg.delete(Quad.defaultGraphIRI, subject, step.mark, StatisticsTerms.YES));
        if (step == SettleStep.VOICES) {
            dsg.delete(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.PENDING, StatisticsTerms.YES);
            dsg.add(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.COMPLETE, StatisticsTerms.YES);
        }
        return step == SettleStep.GROUPS || step == SettleStep.SPEAKERS ? marked.size() : 0;
    }

    /**
     * Counts again what is kept per real speaker: its pairs ({@link PairCounts}) and its months and outlets
     * ({@link SpeakerTimeline}), from its statements (in a write transaction).
     */
    static void recountSpeaker(DatasetGraph dsg, Node speaker, Articles facts) {
        PairCounts.recount(dsg, speaker, facts);
        SpeakerTimeline.recount(dsg, speaker, facts);
    }

    /** The layout before the speakers' months and outlets, which {@link #upgrade} brings up to this one. */
    static final Node VERSION_WITHOUT_TIMELINES = NodeFactory.createLiteralString("6");
    /** The layout whose entities' rows held the organisations themselves, which {@link #upgrade} brings up to this one. */
    static final Node VERSION_WITH_ROW_ORGANISATIONS = NodeFactory.createLiteralString("7");

    /** The layout whose articles' keys named no member and no outlet, which {@link #upgrade} brings up to this one. */
    static final Node VERSION_WITH_ARTICLE_KEYS = NodeFactory.createLiteralString("8");

    /**
     * The layout that kept a key for each of a real entity's members in an article, which {@link #upgrade} brings up to
     * this one (one key an article and date, naming them all).
     */
    static final Node VERSION_WITH_A_KEY_PER_MEMBER = NodeFactory.createLiteralString("9");

    /** The layout without the articles in which an organisation is heard, which {@link #upgrade} brings up to this one. */
    static final Node VERSION_WITHOUT_VOICES = NodeFactory.createLiteralString("10");

    /** The layout without the names most-quoted's rows are shown with, which {@link #upgrade} brings up to this one. */
    static final Node VERSION_WITHOUT_SHOWN_NAMES = NodeFactory.createLiteralString("11");

    /** The layout whose speakers' keys held no summary of their words, which {@link #upgrade} brings up to this one. */
    static final Node VERSION_WITHOUT_SUMMARIES = NodeFactory.createLiteralString("12");

    private static final List<Node> EARLIER_VERSIONS = List.of(VERSION_WITHOUT_TIMELINES, VERSION_WITH_ROW_ORGANISATIONS,
            VERSION_WITH_ARTICLE_KEYS, VERSION_WITH_A_KEY_PER_MEMBER, VERSION_WITHOUT_VOICES, VERSION_WITHOUT_SHOWN_NAMES,
            VERSION_WITHOUT_SUMMARIES);

    /** Whether the statistics are kept in a layout before this one, complete or pending ({@link #upgrade}). */
    public static boolean isUpgradable(DatasetGraph dsg) {
        return EARLIER_VERSIONS.stream().anyMatch(version -> hasVersion(dsg, version))
                && (dsg.contains(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.COMPLETE, StatisticsTerms.YES)
                        || dsg.contains(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.PENDING,
                                StatisticsTerms.YES));
    }

    /**
     * The subjects of the statistics with this term, collected before anything is changed: TDB2 allows no change while
     * one of its iterators is open.
     */
    private static Set<Node> subjectsWith(DatasetGraph dsg, Node term) {
        Set<Node> subjects = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, term, Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
        return subjects;
    }

    private static boolean hasVersion(DatasetGraph dsg, Node version) {
        return dsg.contains(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION, version);
    }

    /**
     * Brings statistics kept in a layout before this one, complete or pending, up to it without counting every article
     * again (in a write transaction).
     * <ul>
     * <li>Version 6 lacks the speakers' months and outlets and the articles said about each entity: every speaker and
     * every entity spoken about is marked to be counted again, as a load's batches mark those they change, and the
     * statistics are left pending for {@link #settle}. Reads the statements' creators once: a minute where a rebuild
     * reads every article.</li>
     * <li>Versions 6 and 7 keep the organisations of an entities' row ({@code st:rowMemberOf}) where this one keeps their
     * names ({@code st:rowMemberOfName}): each row's organisations are replaced by their names, exactly what counting
     * the row again would give.</li>
     * <li>Versions 7 and 8 key a real entity's and a pair's articles without the members and the outlets, and version 9
     * keys them once for each member in an article ({@code st:spokeIn}, {@code st:spokenOfIn}, {@code st:pairIn};
     * {@link ArticleKeys}): each one's keys are written again from its members' statements (a pair's from its articles'
     * rows; a speaker's as for version 12, below); and versions 7 to 9 keep no speaker keys on the entities spoken about
     * ({@code st:spokenOfBy}): they are written from the pairs' rows.</li>
     * <li>Versions 6 to 10 keep no articles in which an organisation is heard ({@code st:voicedIn};
     * {@link OrganisationVoices}): they are written in one pass over the statements' speakers.</li>
     * <li>Versions 6 to 11 keep no names that most-quoted's rows are shown with ({@code st:quotedShown}): they are written
     * from each row's name and its hub's names in the identity graph ({@link Ranking#addShownNames}).</li>
     * <li>Versions 7 to 12 keep no summary of what a speaker says in an article in its keys ({@code st:spokeIn}): each
     * real speaker is counted again ({@link SpeakerTimeline#recount}), which writes the same months and outlets and its
     * keys with their summaries (at 100,000 articles, 448,000 speakers in 86 s). Nothing else is counted again.</li>
     * </ul>
     *
     * @return whether there was such a layout to bring up
     */
    public static boolean upgrade(DatasetGraph dsg) {
        if (!isUpgradable(dsg)) {
            return false;
        }
        Articles facts = new Articles(dsg);
        if (hasVersion(dsg, VERSION_WITHOUT_TIMELINES)) {
            for (Node speaker : PairCounts.allSpeakers(dsg)) {
                dsg.add(Quad.defaultGraphIRI, speaker, StatisticsTerms.PENDING_PAIRS, StatisticsTerms.YES);
            }
            for (Node entity : SpokenOf.all(dsg)) {
                dsg.add(Quad.defaultGraphIRI, entity, StatisticsTerms.PENDING_SPOKEN_OF, StatisticsTerms.YES);
            }
            OrganisationVoices.recountAll(dsg);
            dsg.delete(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.COMPLETE, StatisticsTerms.YES);
            dsg.add(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.PENDING, StatisticsTerms.YES);
        } else {
            if (hasVersion(dsg, VERSION_WITH_ROW_ORGANISATIONS) || hasVersion(dsg, VERSION_WITH_ARTICLE_KEYS)
                    || hasVersion(dsg, VERSION_WITH_A_KEY_PER_MEMBER)) {
                subjectsWith(dsg, StatisticsTerms.SPOKEN_OF_IN).forEach(entity -> SpokenOf.recount(dsg, entity, facts));
                subjectsWith(dsg, StatisticsTerms.PAIR_IN).forEach(pair -> PairCounts.rekey(dsg, pair, facts));
                subjectsWith(dsg, StatisticsTerms.PAIR_STATEMENTS).forEach(pair -> PairCounts.speakerKeys(dsg, pair)
                        .forEach(dsg::add));
            }
            if (!hasVersion(dsg, VERSION_WITHOUT_SHOWN_NAMES) && !hasVersion(dsg, VERSION_WITHOUT_SUMMARIES)) {
                OrganisationVoices.recountAll(dsg);
            }
            // the speakers' keys of every earlier layout are written again, with their summaries: what the speaker's
            // timeline counts, the same rows, and its keys
            subjectsWith(dsg, StatisticsTerms.SPOKE_IN).forEach(speaker -> SpeakerTimeline.recount(dsg, speaker, facts));
        }
        if (!hasVersion(dsg, VERSION_WITHOUT_SUMMARIES)) {
            Ranking.addShownNames(dsg);
        }
        List<Quad> organisations = Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.ROW_MEMBER_OF,
                Node.ANY));
        for (Quad q : organisations) {
            Iter.toList(dsg.find(Quad.defaultGraphIRI, q.getObject(), StatisticsTerms.NAME, Node.ANY)).forEach(name ->
                    dsg.add(Quad.defaultGraphIRI, q.getSubject(), StatisticsTerms.ROW_MEMBER_OF_NAME, name.getObject()));
            dsg.delete(q);
        }
        EARLIER_VERSIONS.forEach(version -> dsg.delete(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS,
                StatisticsTerms.VERSION, version));
        dsg.add(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION, StatisticsTerms.CURRENT_VERSION);
        return true;
    }

    /** The changes of one write transaction to the statistics, to {@link StatisticsUpdate#apply} before it commits. */
    public static StatisticsUpdate update(DatasetGraph dsg) {
        return new StatisticsUpdate(dsg);
    }

    /**
     * Counts everything again from the article graphs and marks the statistics complete (in a write transaction).
     * Reads every article graph once: for a database written by another tool or an older newsgraph, or on demand
     * ({@code newsgraph stats --rebuild}).
     *
     * @return the number of article graphs counted
     */
    public static long rebuild(DatasetGraph dsg) {
        clear(dsg);
        StatisticsUpdate update = update(dsg);
        long graphs = 0;
        List<Node> names = Iter.toList(dsg.listGraphNodes());
        for (Node name : names) {
            if (update.counted(name)) {
                update.add(ArticleCounts.of(dsg.getGraph(name)), 1);
                if (++graphs % 5_000 == 0) {
                    update.flush(); // counts add up, so writing them in parts keeps the memory small
                }
            }
        }
        update.flush();
        Set<Node> hubs = new HashSet<>();
        dsg.find(IdentityGraph.NODE, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> hubs.add(q.getObject()));
        for (Node hub : hubs) {
            recountGroup(dsg, hub, StatisticsUpdate.members(dsg, hub));
        }
        Ranking.rank(dsg, Ranking.candidates(dsg));
        Articles facts = new Articles(dsg);
        for (Node speaker : PairCounts.allSpeakers(dsg)) {
            recountSpeaker(dsg, speaker, facts);
        }
        for (Node entity : SpokenOf.all(dsg)) {
            SpokenOf.recount(dsg, entity, facts);
        }
        OrganisationVoices.recountAll(dsg);
        dsg.add(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION,
                StatisticsTerms.CURRENT_VERSION);
        dsg.add(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.COMPLETE, StatisticsTerms.YES);
        return graphs;
    }

    /** Removes every statistic, the marker too (in a write transaction): the queries count over the articles. */
    public static void clear(DatasetGraph dsg) {
        List<Quad> own = new ArrayList<>();
        Iterator<Quad> all = dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
        while (all.hasNext()) {
            Quad q = all.next();
            if (StatisticsTerms.isOwn(q.getPredicate())) {
                own.add(q);
            }
        }
        own.forEach(dsg::delete); // collected first: TDB2 allows no change while one of its iterators is open
    }

    /**
     * The hook for {@code resolve} (issue 11): counts a group of entities that it gathered under one IRI, over all the
     * members, from the article graphs (in a write transaction). Writes on {@code group} its {@code st:groupStatements} and
     * {@code st:groupDirect} (once per work, as most-quoted counts them: {@link SaidOnce}), {@code st:groupArticlesQuoted} (distinct articles: members quoted in one article count
     * it once) and {@code st:groupMentionedIn}, and an {@code st:member} to each member that is quoted or mentioned, replacing what an earlier call
     * wrote for that group. Costs index lookups for the members' own statements and mentions, never a scan; the
     * members' own counts are left as they are (they are keyed by the IRIs the articles write), so regrouping again
     * is the same cheap recount. An empty {@code members} removes the group.
     */
    public static void recountGroup(DatasetGraph dsg, Node group, Collection<Node> members) {
        Set<Quad> now = new HashSet<>();
        if (!members.isEmpty()) {
            SaidOnce said = new SaidOnce();
            Map<Node, List<Node>> works = new HashMap<>();
            Set<Node> mentioning = new HashSet<>();
            for (Node member : members) {
                boolean quoted = addStatements(dsg, member, said, works);
                boolean mentioned = false;
                Iterator<Quad> mentions = dsg.findNG(Node.ANY, Node.ANY, Standard.MENTIONS, member);
                while (mentions.hasNext()) {
                    mentioning.add(mentions.next().getSubject());
                    mentioned = true;
                }
                if (mentioned || quoted) {
                    // only members that count: one that says nothing and is mentioned nowhere changes no group's counts,
                    // so no write that places it needs to count its group again
                    now.add(Quad.create(Quad.defaultGraphIRI, group, StatisticsTerms.MEMBER, member));
                }
            }
            counted(now, group, StatisticsTerms.GROUP_STATEMENTS, said.statements());
            counted(now, group, StatisticsTerms.GROUP_DIRECT, said.direct());
            counted(now, group, StatisticsTerms.GROUP_ARTICLES_QUOTED, said.articles());
            counted(now, group, StatisticsTerms.GROUP_MENTIONED_IN, mentioning.size());
        }
        Set<Quad> old = new HashSet<>();
        for (Node term : GROUP_TERMS) {
            dsg.find(Quad.defaultGraphIRI, group, term, Node.ANY).forEachRemaining(old::add);
        }
        // a hub of thousands of members that a load adds a few to keeps the rest (deleting and adding every member
        // again was a tenth of the end of adding 100 articles to a 10,000-article store)
        StatisticsUpdate.writeDifference(dsg, old, now);
    }

    /** What {@link #recountGroup} writes on a group. */
    private static final List<Node> GROUP_TERMS = List.of(StatisticsTerms.MEMBER, StatisticsTerms.GROUP_STATEMENTS,
            StatisticsTerms.GROUP_DIRECT, StatisticsTerms.GROUP_ARTICLES_QUOTED, StatisticsTerms.GROUP_MENTIONED_IN);

    private static void counted(Set<Quad> quads, Node subject, Node term, long n) {
        if (n > 0) {
            quads.add(Quad.create(Quad.defaultGraphIRI, subject, term, StatisticsUpdate.integer(n)));
        }
    }

    /**
     * The statements of these speakers together, once per work (as {@code most-quoted} counts them over the union of
     * the article graphs), read from the store: index lookups for their statements, each one's words and kind, and
     * each article's work, never a scan.
     */
    static SaidOnce said(DatasetGraph dsg, Collection<Node> speakers) {
        SaidOnce said = new SaidOnce();
        Map<Node, List<Node>> works = new HashMap<>();
        for (Node speaker : speakers) {
            addStatements(dsg, speaker, said, works);
        }
        return said;
    }

    /** Adds a speaker's statements to {@code said}; whether it has any. {@code works} remembers each article's works. */
    private static boolean addStatements(DatasetGraph dsg, Node speaker, SaidOnce said, Map<Node, List<Node>> works) {
        boolean any = false;
        for (Quad made : Iter.toList(dsg.findNG(Node.ANY, Node.ANY, Standard.CREATOR, speaker))) {
            Node graph = made.getGraph();
            Node statement = made.getSubject();
            List<Node> parts = objects(dsg, graph, statement, Standard.IS_PART_OF);
            if (parts.isEmpty() || !states(dsg, graph, statement, Standard.TYPE, Standard.QUOTATION)) {
                continue;
            }
            any = true;
            // words and works as the query reads them: from any article graph (the union)
            said.add(statement, parts, article -> works.computeIfAbsent(article, a ->
                    objects(dsg, Node.ANY, a, Standard.EXAMPLE_OF_WORK)), objects(dsg, Node.ANY, statement, Standard.TEXT),
                    states(dsg, graph, statement, Standard.KIND, Standard.DIRECT));
        }
        return any;
    }

    /**
     * The distinct objects of a subject's property in a graph (in any named graph for {@code Node.ANY}), in order. The
     * subject is one an article graph states few facts of (the article itself, its statements and entities): read
     * through the subject's index ({@link #inGraph}). An outlet's or a post's, which thousands of graphs state, are read
     * through {@link Articles#sharedValues}.
     */
    static List<Node> objects(DatasetGraph dsg, Node graph, Node subject, Node property) {
        List<Node> objects = new ArrayList<>();
        Iterator<Quad> found = graph == Node.ANY ? dsg.findNG(Node.ANY, subject, property, Node.ANY)
                : inGraph(dsg, graph, subject, property, Node.ANY);
        found.forEachRemaining(q -> {
            if (!objects.contains(q.getObject())) {
                objects.add(q.getObject());
            }
        });
        return objects;
    }

    /**
     * The quads of a subject in one graph, read through the index that starts with the subject (SPOG) and not the one
     * that starts with the graph (GSPO), for a subject that a graph states few facts of. The statistics' counts read
     * such facts of statements and articles all over the store; keeping them to one index keeps the pages they map to
     * one index's: TDB2 maps its files, and a count that read both mapped both whole (at 10,000 articles, 330 MB each,
     * over the 1.5 GB a load may take; README § Performance). Exact: every graph's quads of the subject are read and
     * this graph's kept. The default graph's are read from it.
     */
    static Iterator<Quad> inGraph(DatasetGraph dsg, Node graph, Node subject, Node property, Node object) {
        if (Quad.isDefaultGraph(graph)) {
            return dsg.find(graph, subject, property, object);
        }
        return Iter.filter(dsg.findNG(Node.ANY, subject, property, object), q -> q.getGraph().equals(graph));
    }

    /** Whether a graph states this (see {@link #inGraph}). */
    static boolean states(DatasetGraph dsg, Node graph, Node subject, Node property, Node object) {
        return inGraph(dsg, graph, subject, property, object).hasNext();
    }

    /** How much the statistics hold: rows of the overviews. */
    public record Summary(boolean complete, long speakers, long entities, long outlets, long months) {
    }

    /** What the statistics hold (in a transaction; reads the statistics only). */
    public static Summary summary(DatasetGraph dsg) {
        return new Summary(isComplete(dsg), subjects(dsg, StatisticsTerms.STATEMENTS), subjects(dsg, StatisticsTerms.TYPE),
                subjects(dsg, StatisticsTerms.OUTLET_ARTICLES) + subjects(dsg, StatisticsTerms.UNKNOWN_OUTLET_ARTICLES),
                subjects(dsg, StatisticsTerms.MONTH_ARTICLES));
    }

    private static long subjects(DatasetGraph dsg, Node term) {
        Set<Node> subjects = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, term, Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
        return subjects.size();
    }

    /** A count of the statistics, e.g. {@code count(dsg, person, StatisticsTerms.STATEMENTS)}; 0 when there is none. */
    public static long count(DatasetGraph dsg, Node subject, Node term) {
        return StatisticsUpdate.value(dsg, subject, term);
    }
}
