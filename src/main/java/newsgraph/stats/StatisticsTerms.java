package newsgraph.stats;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The terms of the statistics, which live in the stored default graph next to the name index, out of sight of the
 * union of the article graphs (see {@link Statistics}). Their own namespace, never a standard term: nothing that reads
 * the articles can mistake a count for a fact.
 */
public final class StatisticsTerms {

    public static final String NAMESPACE = "urn:newsgraph:stats#";

    /** The statistics as a whole: {@code <urn:newsgraph:stats> st:complete "yes"} once they cover every graph. */
    public static final Node STATISTICS = NodeFactory.createURI("urn:newsgraph:stats");
    public static final Node COMPLETE = term("complete");
    public static final Node YES = NodeFactory.createLiteralString("yes");
    /** The layout of the statistics; another layout than this one's is rebuilt when the database is opened. */
    public static final Node VERSION = term("version");
    public static final Node CURRENT_VERSION = NodeFactory.createLiteralString("13");
    /**
     * A load's deferred counts ({@link StatisticsUpdate#deferGroups}): {@code <urn:newsgraph:stats> st:pending "yes"}
     * instead of {@code st:complete} while the groups (hubs) and the speakers' pairs that the load's batches changed are
     * still to be counted again, each marked with {@code st:pendingGroup} or {@code st:pendingPairs}; the entities spoken
     * about and the organisations whose articles are to be keyed again with {@code st:pendingSpokenOf} and
     * {@code st:pendingVoiced}.
     */
    public static final Node PENDING = term("pending");
    public static final Node PENDING_GROUP = term("pendingGroup");
    public static final Node PENDING_PAIRS = term("pendingPairs");
    public static final Node PENDING_SPOKEN_OF = term("pendingSpokenOf");
    public static final Node PENDING_VOICED = term("pendingVoiced");

    // counts of a speaker (the statements' creator), by its IRI as the articles write it
    public static final Node STATEMENTS = term("statements");
    public static final Node DIRECT = term("direct");
    public static final Node ARTICLES_QUOTED = term("articlesQuoted");
    // count of an entity: the articles that mention it
    public static final Node MENTIONED_IN = term("mentionedIn");

    // facts of the union of the article graphs, each kept while one article graph still states it
    public static final Node NAME = term("name");
    public static final Node ALTERNATE_NAME = term("alternateName");
    public static final Node TYPE = term("type");
    public static final Node HOLDS = term("holds");
    public static final Node LABEL = term("label");
    public static final Node MEMBER_OF = term("memberOf");

    // counts of an outlet (the publisher's IRI); articles without a publisher count on STATISTICS itself
    public static final Node OUTLET_ARTICLES = term("outletArticles");
    public static final Node OUTLET_STATEMENTS = term("outletStatements");
    public static final Node UNKNOWN_OUTLET_ARTICLES = term("unknownOutletArticles");
    public static final Node UNKNOWN_OUTLET_STATEMENTS = term("unknownOutletStatements");

    // counts of a month ("2024-05", or "unknown"), on a node of its own (month(…))
    public static final Node MONTH_ARTICLES = term("monthArticles");
    public static final Node MONTH_STATEMENTS = term("monthStatements");
    public static final String UNKNOWN = "unknown";

    // the counts of a group of entities that resolve (issue 11) gathers under one IRI: over all its members, counted
    // again from the article graphs (distinct articles do not add up); the members' own counts stay as they are
    public static final Node MEMBER = term("member");
    public static final Node GROUP_STATEMENTS = term("groupStatements");
    public static final Node GROUP_DIRECT = term("groupDirect");
    public static final Node GROUP_ARTICLES_QUOTED = term("groupArticlesQuoted");
    public static final Node GROUP_MENTIONED_IN = term("groupMentionedIn");

    // who speaks about whom, per pair of real entities (PairCounts): the pair's speaker, the entity spoken about, and
    // the statements (once per work), as whom-a-speaks-about and who-speaks-about count them
    public static final Node PAIR_SPEAKER = term("pairSpeaker");
    public static final Node PAIR_ABOUT = term("pairAbout");
    public static final Node PAIR_STATEMENTS = term("pairStatements");
    // ... and each article graph in which the speaker says anything about the entity, on a node of its own: the pair,
    // the article, and the article's entities of the two by which it does (what-a-said-about-b's articles)
    public static final Node IN_PAIR = term("inPair");
    public static final Node IN_ARTICLE = term("inArticle");
    public static final Node IN_SPEAKER = term("inSpeaker");
    public static final Node IN_ABOUT = term("inAbout");
    // ... and on the pair, each of those articles keyed by its day, with the two's entities there (ArticleKeys)
    public static final Node PAIR_IN = term("pairIn");
    // ... and on the real entity spoken about, each of its pairs with statements as one string that sorts most
    // statements first, then by speaker (PairCounts.speakerKey): who-speaks-about's page, one index range
    public static final Node SPOKEN_OF_BY = term("spokenOfBy");

    // a real speaker's statements by month (and outlet) and by outlet (SpeakerTimeline), one node per row: timeline's
    // and outlets' rows of one speaker
    public static final Node TIMELINE_OF = term("timelineOf");
    public static final Node TIMELINE_MONTH = term("timelineMonth");
    public static final Node TIMELINE_OUTLET = term("timelineOutlet");
    public static final Node TIMELINE_STATEMENTS = term("timelineStatements");
    public static final Node OUTLETS_OF = term("outletsOf");
    public static final Node OUTLETS_PUBLISHER = term("outletsPublisher");
    public static final Node OUTLETS_STATEMENTS = term("outletsStatements");
    public static final Node OUTLETS_ARTICLES = term("outletsArticles");
    public static final Node OUTLETS_FIRST = term("outletsFirst");
    public static final Node OUTLETS_LAST = term("outletsLast");
    // ... and on the real speaker itself, each article it speaks in, keyed by its day, with its members there and the
    // article's outlets (ArticleKeys: who-said-what's articles)
    public static final Node SPOKE_IN = term("spokeIn");
    // on a real speaker whose keys hold no summary of its words (since version 13: one of its articles has several
    // works, an outlet's name on several lines, words that are not a plain string…): the dated timeline and outlets
    // read its articles
    public static final Node KEYS_UNSUMMARISED = term("keysUnsummarised");
    // on a real entity spoken about, each article that says something about it, keyed likewise with its members there
    // (said-about's articles)
    public static final Node SPOKEN_OF_IN = term("spokenOfIn");
    // on a real organisation, each article in which it speaks or one of its members or post holders there does, keyed
    // likewise with its own entities there (OrganisationVoices: organisation-quotes' articles)
    public static final Node VOICED_IN = term("voicedIn");

    // the ranking of the overviews (Ranking): on each ranked row, its rank key (Ranking.key: count, then the first
    // characters of its name), an integer that TDB2's index holds in numeric order, and what the row shows. most-quoted's rows are the real entities themselves
    public static final Node QUOTED_RANK = term("quotedRank");
    public static final Node QUOTED_STATEMENTS = term("quotedStatements");
    public static final Node QUOTED_DIRECT = term("quotedDirect");
    public static final Node QUOTED_ARTICLES = term("quotedArticles");
    public static final Node QUOTED_NAME = term("quotedName");
    // the names the row is shown with: its hub's names in the identity graph, else the smallest member name (since
    // version 12: the page's last bucket of equal keys, thousands of rows of one unresolved name, is ordered by it with
    // one lookup a row instead of two)
    public static final Node QUOTED_SHOWN = term("quotedShown");
    // entities' rows, one node per type and real entity (Ranking.row)
    public static final Node PERSON_RANK = term("personRank");
    public static final Node ORGANIZATION_RANK = term("organizationRank");
    public static final Node PLACE_RANK = term("placeRank");
    public static final Node ROW_OF = term("rowOf");
    public static final Node ROW_ARTICLES = term("rowArticles");
    public static final Node ROW_ALTERNATE_NAME = term("rowAlternateName");
    public static final Node ROW_HOLDS = term("rowHolds");
    /** The names of the organisations of a row's members (version 8; before it, the organisations themselves). */
    public static final Node ROW_MEMBER_OF_NAME = term("rowMemberOfName");
    /** The organisations of a row's members, each with its own name: the layout before version 8, which it replaced. */
    static final Node ROW_MEMBER_OF = term("rowMemberOf");

    /** Where a fact of the statistics comes from in an article graph. */
    static Node sourceOf(Node statisticsTerm) {
        if (statisticsTerm.equals(NAME)) {
            return Standard.NAME;
        } else if (statisticsTerm.equals(ALTERNATE_NAME)) {
            return Standard.ALTERNATE_NAME;
        } else if (statisticsTerm.equals(TYPE)) {
            return RDF.type.asNode();
        } else if (statisticsTerm.equals(HOLDS)) {
            return Standard.HOLDS;
        } else if (statisticsTerm.equals(LABEL)) {
            return RDFS.label.asNode();
        } else if (statisticsTerm.equals(MEMBER_OF)) {
            return Standard.MEMBER_OF;
        }
        throw new IllegalArgumentException("not a fact of the statistics: " + statisticsTerm);
    }

    /** Where a month's node is: its IRI is this and the month ({@code urn:newsgraph:stats:month:2024-05}). */
    public static final String MONTHS = "urn:newsgraph:stats:month:";

    /** A month's node. */
    static Node month(String month) {
        return NodeFactory.createURI(MONTHS + month);
    }

    /** Whether a term is one of the statistics' own. */
    static boolean isOwn(Node term) {
        return term.isURI() && term.getURI().startsWith(NAMESPACE);
    }

    private StatisticsTerms() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NAMESPACE + local);
    }
}
