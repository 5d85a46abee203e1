package newsgraph.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;

/**
 * The ranking of the overviews {@code most-quoted} and {@code entities}, kept with the counts: on each real entity (a
 * hub of the identity graph, or an entity without one) that has a row in an overview, its rank key —
 * {@value #TOP} minus the row's count (statements; articles that mention it) — under one term per overview:
 * {@code st:quotedRank}, and {@code st:personRank}, {@code st:organizationRank}, {@code st:placeRank} per type.
 *
 * <p>Why an integer: TDB2 writes an integer of up to 55 bits into the index entry itself (no node-table lookup), and
 * its indexes hold entries in numeric order, so reading {@code ?real st:quotedRank ?rank} from the start gives the
 * most quoted first. A page of {@code n} rows then reads its first {@code n} index entries, takes the keys among them
 * (the buckets of equal counts) and looks up every entity of those buckets — all the rows that can come before the
 * n-th — and only those are named, counted and sorted (by the query's own ORDER BY). The cost follows the page and
 * the bucket at its end, not the archive.
 *
 * <p>A key is exactly right or the page is wrong (an entity keyed without a row would take a place in the first
 * {@code n} entries), so each key is computed here the way the queries' statistics branches compute the row: for
 * {@code most-quoted}, the largest of its hub's group statements (over the members that are quoted and named) and its
 * own statements (when it has no hub); for {@code entities}, per type, the largest of the group's
 * {@code st:groupMentionedIn} (a hub with a {@code schema:name}) and its own {@code st:mentionedIn}, a row whose
 * group was never counted keeping the last key (its count is unbound, and sorts last). Written by
 * {@link StatisticsUpdate#apply} for the entities a write changed and by {@link Statistics#rebuild} for all.
 */
public final class Ranking {

    /** The key of a count {@code n} is {@code TOP - n}: ascending keys are descending counts (of up to 10^15 - 1). */
    public static final long TOP = 1_000_000_000_000_000L;

    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node HUB_NAME = Standard.NAME; // a hub's schema:name in the identity graph
    /** The entity types of {@code entities} and the term of each one's ranking. */
    static final Map<Node, Node> TYPE_RANKS = Map.of(Standard.PERSON, StatisticsTerms.PERSON_RANK,
            Standard.ORGANIZATION, StatisticsTerms.ORGANIZATION_RANK, Standard.PLACE, StatisticsTerms.PLACE_RANK);

    private Ranking() {
    }

    /** The rank key of a count. */
    public static long key(long count) {
        return TOP - count;
    }

    /** Computes again the keys of these entities as real entities, deleting those without a row (in a write transaction). */
    static void rank(DatasetGraph dsg, Collection<Node> reals) {
        for (Node real : reals) {
            if (!real.isURI() && !real.isBlank()) {
                continue;
            }
            put(dsg, real, StatisticsTerms.QUOTED_RANK, quoted(dsg, real));
            for (Map.Entry<Node, Node> type : TYPE_RANKS.entrySet()) {
                put(dsg, real, type.getValue(), mentioned(dsg, real, type.getKey()));
            }
        }
    }

    /** Every entity that can have a row: the speakers, the typed entities and the hubs (for {@link Statistics#rebuild}). */
    static Set<Node> candidates(DatasetGraph dsg) {
        Set<Node> all = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.STATEMENTS, Node.ANY).forEachRemaining(q -> all.add(q.getSubject()));
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.MENTIONED_IN, Node.ANY).forEachRemaining(q -> all.add(q.getSubject()));
        dsg.find(IdentityGraph.NODE, Node.ANY, SAME_AS, Node.ANY).forEachRemaining(q -> all.add(q.getObject()));
        return all;
    }

    /**
     * The statements of {@code real}'s row of most-quoted, or empty when it has none: as its statistics branch counts
     * — over its quoted, named members ({@code owl:sameAs} to it) the group statements of their hubs, and its own
     * statements when it has no hub at all.
     */
    static OptionalLong quoted(DatasetGraph dsg, Node real) {
        long best = -1;
        boolean row = false;
        for (Node member : sameAsTo(dsg, real)) {
            if (quotedAndNamed(dsg, member)) {
                for (Node group : objects(dsg, IdentityGraph.NODE, member, SAME_AS)) {
                    OptionalLong n = value(dsg, group, StatisticsTerms.GROUP_STATEMENTS);
                    if (n.isPresent() && value(dsg, group, StatisticsTerms.GROUP_ARTICLES_QUOTED).isPresent()) {
                        best = Math.max(best, n.getAsLong());
                        row = true;
                    }
                }
            }
        }
        if (!dsg.find(IdentityGraph.NODE, real, SAME_AS, Node.ANY).hasNext() && quotedAndNamed(dsg, real)) {
            best = Math.max(best, value(dsg, real, StatisticsTerms.STATEMENTS).getAsLong());
            row = true;
        }
        return row ? OptionalLong.of(best) : OptionalLong.empty();
    }

    /**
     * The articles of {@code real}'s rows of entities of one type, or empty when it has none there: over its members
     * of that type, named and mentioned ({@code owl:sameAs} to it, where it has a {@code schema:name}), the group
     * count of their named hubs; and its own count when it has no named hub. A row without a count (a group not
     * counted) gives 0: the last key, where its unbound count sorts.
     */
    static OptionalLong mentioned(DatasetGraph dsg, Node real, Node type) {
        long best = -1;
        boolean row = false;
        if (dsg.find(IdentityGraph.NODE, real, HUB_NAME, Node.ANY).hasNext()) {
            for (Node member : sameAsTo(dsg, real)) {
                if (typedNamedMentioned(dsg, member, type)) {
                    row = true;
                    for (Node group : objects(dsg, IdentityGraph.NODE, member, SAME_AS)) {
                        if (dsg.find(IdentityGraph.NODE, group, HUB_NAME, Node.ANY).hasNext()) {
                            OptionalLong n = value(dsg, group, StatisticsTerms.GROUP_MENTIONED_IN);
                            if (n.isPresent()) {
                                best = Math.max(best, n.getAsLong());
                            }
                        }
                    }
                }
            }
        }
        if (!hasNamedHub(dsg, real) && typedNamedMentioned(dsg, real, type)) {
            best = Math.max(best, value(dsg, real, StatisticsTerms.MENTIONED_IN).getAsLong());
            row = true;
        }
        return row ? OptionalLong.of(Math.max(best, 0)) : OptionalLong.empty();
    }

    private static boolean quotedAndNamed(DatasetGraph dsg, Node who) {
        return value(dsg, who, StatisticsTerms.STATEMENTS).isPresent()
                && value(dsg, who, StatisticsTerms.ARTICLES_QUOTED).isPresent()
                && dsg.find(Quad.defaultGraphIRI, who, StatisticsTerms.NAME, Node.ANY).hasNext();
    }

    private static boolean typedNamedMentioned(DatasetGraph dsg, Node entity, Node type) {
        return dsg.contains(Quad.defaultGraphIRI, entity, StatisticsTerms.TYPE, type)
                && dsg.find(Quad.defaultGraphIRI, entity, StatisticsTerms.NAME, Node.ANY).hasNext()
                && value(dsg, entity, StatisticsTerms.MENTIONED_IN).isPresent();
    }

    private static boolean hasNamedHub(DatasetGraph dsg, Node entity) {
        for (Node hub : objects(dsg, IdentityGraph.NODE, entity, SAME_AS)) {
            if (dsg.find(IdentityGraph.NODE, hub, HUB_NAME, Node.ANY).hasNext()) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> sameAsTo(DatasetGraph dsg, Node hub) {
        List<Node> members = new ArrayList<>();
        dsg.find(IdentityGraph.NODE, Node.ANY, SAME_AS, hub).forEachRemaining(q -> members.add(q.getSubject()));
        return members;
    }

    private static List<Node> objects(DatasetGraph dsg, Node graph, Node subject, Node property) {
        List<Node> objects = new ArrayList<>();
        dsg.find(graph, subject, property, Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        return objects;
    }

    /** A count of the statistics, as the queries read it: present where written (a count of 0 is not). */
    private static OptionalLong value(DatasetGraph dsg, Node subject, Node term) {
        Iterator<Quad> found = dsg.find(Quad.defaultGraphIRI, subject, term, Node.ANY);
        if (!found.hasNext()) {
            return OptionalLong.empty();
        }
        Node value = found.next().getObject();
        return value.isLiteral() && value.getLiteralValue() instanceof Number n ? OptionalLong.of(n.longValue())
                : OptionalLong.empty();
    }

    private static void put(DatasetGraph dsg, Node real, Node term, OptionalLong count) {
        Node key = count.isPresent() ? StatisticsUpdate.integer(key(count.getAsLong())) : null;
        if (key != null && dsg.contains(Quad.defaultGraphIRI, real, term, key)) {
            return; // unchanged: most of a batch's entities keep their place
        }
        dsg.deleteAny(Quad.defaultGraphIRI, real, term, Node.ANY);
        if (key != null) {
            dsg.add(Quad.defaultGraphIRI, real, term, key);
        }
    }
}
