package newsgraph.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.OWL;

/**
 * The ranking of the overviews {@code most-quoted} and {@code entities}, kept with the counts: one ranked row per real
 * entity (a hub of the identity graph, or an entity without one) that has a row in the overview, holding its rank key
 * ({@link #key}: the row's count — statements; articles that mention it — largest first, then the first characters of
 * its name) and what its row shows, gathered from all its members.
 * <pre>
 * &lt;…/person/ruth-ashby&gt; st:quotedRank 36028795944575213 ; st:quotedStatements 12 ; st:quotedDirect 7 ;
 *                         st:quotedArticles 3 ; st:quotedName "Ashby" .
 * &lt;urn:newsgraph:stats:row:person:…/person/ruth-ashby&gt; st:personRank 36028796…; st:rowOf &lt;…/person/ruth-ashby&gt; ;
 *                         st:rowArticles 4 ; st:rowAlternateName "Ruth" ; st:rowHolds &lt;…/post/…&gt; ;
 *                         st:rowMemberOfName "Labour Party" .
 * </pre>
 *
 * <p>Why an integer: TDB2 writes an integer of up to 55 bits into the index entry itself, and its indexes hold entries
 * in numeric order, so reading {@code ?row st:quotedRank ?rank} from the start gives the most quoted first. A page of
 * {@code n} rows then reads its first {@code n} index entries, takes the keys among them (buckets of equal counts),
 * looks up every row of those buckets — all the rows that can come before the n-th — and reads a few facts of each,
 * whatever the number of members (article-scoped IRIs) behind a hub; the query's own ORDER BY sorts those. The cost
 * follows the page and the bucket at its end, not the archive.
 *
 * <p>A ranked row must be exactly the statistics branch's row, or a page is wrong (a key without a row would take a place
 * among the first {@code n} entries), so each is computed here the way that branch computed it from the members:
 * {@code most-quoted}'s statements, direct quotes and articles are the largest of its hub's group counts (over its
 * quoted, named members) and its own (when it has no hub), its name the smallest member name (the hub's own name, read
 * live from the identity graph, comes first in the query); {@code entities}' articles per type are the largest of the
 * named hub's {@code st:groupMentionedIn} (over its members of that type, named and mentioned) and its own
 * {@code st:mentionedIn} (when it has no named hub) — a row whose group was never counted gets the last key, where its
 * unbound count sorts — its name's key part from the hub's names in the identity graph, or the entity's own — and its other names, posts and organisations those of the same members. Written by
 * {@link StatisticsUpdate#apply} for the entities a write changed (and their hubs, and the holders of a post or members of
 * an organisation whose facts changed) and by {@link Statistics#rebuild} for all.
 */
public final class Ranking {

    /** Bits of a key for its name's first characters, below those of its count. */
    static final int NAME_BITS = 30;
    /** The largest count a key tells apart; larger ones share the first key. */
    static final long MAX_COUNT = (1L << 25) - 1;
    private static final int CHARACTERS = 5;

    /** Where the ranked rows of {@code entities} are: this, the type's local name in lower case, ':' and the entity. */
    public static final String ROWS = "urn:newsgraph:stats:row:";

    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node HUB_NAME = Standard.NAME; // a hub's schema:name in the identity graph
    /** The entity types of {@code entities} and the term of each one's ranking. */
    static final Map<Node, Node> TYPE_RANKS = Map.of(Standard.PERSON, StatisticsTerms.PERSON_RANK,
            Standard.ORGANIZATION, StatisticsTerms.ORGANIZATION_RANK, Standard.PLACE, StatisticsTerms.PLACE_RANK);
    private static final List<Node> QUOTED_ROW = List.of(StatisticsTerms.QUOTED_RANK, StatisticsTerms.QUOTED_STATEMENTS,
            StatisticsTerms.QUOTED_DIRECT,
            StatisticsTerms.QUOTED_ARTICLES, StatisticsTerms.QUOTED_NAME, StatisticsTerms.QUOTED_SHOWN);

    private Ranking() {
    }

    /**
     * The rank key of a row: its count, largest first, then the first characters of the smallest name it can be shown
     * with — a 55-bit integer ({@value #CHARACTERS} characters of 6 bits under 25 bits of count), which TDB2 keeps
     * inline and in numeric order. Keys never go against the query's order (by count, then name): a row with a smaller
     * key comes first or ties; rows that tie on the key (equal counts and names that start alike) form one bucket, all
     * read when a page ends in it. A count above {@link #MAX_COUNT} gets the first key whatever its name.
     */
    public static long key(long count, String name) {
        if (count >= MAX_COUNT) {
            return 0;
        }
        return ((MAX_COUNT - count) << NAME_BITS) | prefix(name);
    }

    /** The count of a key. */
    public static long count(long key) {
        return MAX_COUNT - (key >>> NAME_BITS);
    }

    /**
     * The first characters of a name, 6 bits each, in an order that never goes against SPARQL's order of the names
     * (their UTF-16 code units): each ASCII letter apart (upper before lower case), other characters in groups; after
     * the first character of a group the name's code ends, since two names alike up to there may go either way.
     */
    static long prefix(String name) {
        long code = 0;
        boolean exact = true; // after a character that shares its code with others, the rest cannot be told apart
        for (int i = 0; i < CHARACTERS; i++) {
            int c = exact && name != null && i < name.length() ? character(name.charAt(i)) : -1;
            exact = c >= 0 && isLetter(name.charAt(i));
            code = (code << 6) | (c + 1);
        }
        return code;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** 0–57, non-decreasing in the code unit; {@link #prefix} adds 1 so that a name's end comes before any character. */
    private static int character(char c) {
        if (c < '0') {
            return 0;
        } else if (c <= '9') {
            return 1;
        } else if (c < 'A') {
            return 2;
        } else if (c <= 'Z') {
            return 3 + (c - 'A'); // 3-28
        } else if (c < 'a') {
            return 29;
        } else if (c <= 'z') {
            return 30 + (c - 'a'); // 30-55
        }
        return c < 128 ? 56 : 57;
    }

    /** The node of an entity's ranked row of one type in {@code entities}. */
    static Node row(Node type, Node real) {
        return NodeFactory.createURI(ROWS + type.getURI().substring(type.getURI().lastIndexOf('/') + 1)
                .toLowerCase(java.util.Locale.ROOT) + ":" + (real.isURI() ? real.getURI() : real.getBlankNodeLabel()));
    }

    /**
     * Computes again the ranked rows of these entities, of their hubs, and of the holders of posts and members of
     * organisations among them, deleting those without a row (in a write transaction, after the counts are written).
     */
    static void rank(DatasetGraph dsg, Collection<Node> changed) {
        rankReals(dsg, reals(dsg, changed));
    }

    /** The rows a change to these entities may move: each entity, its hubs, and what holds a role in or is a member of it. */
    static Set<Node> reals(DatasetGraph dsg, Collection<Node> changed) {
        return reals(dsg, changed, Map.of());
    }

    /**
     * As {@link #reals(DatasetGraph, Collection)}, where {@code groups} already holds, for some of the entities, their
     * hubs in the identity graph and the groups whose {@code st:member} they are.
     */
    static Set<Node> reals(DatasetGraph dsg, Collection<Node> changed, Map<Node, Set<Node>> groups) {
        Set<Node> reals = new HashSet<>();
        for (Node node : changed) {
            reals.add(node);
            Set<Node> known = groups.get(node);
            if (known != null) {
                reals.addAll(known);
            } else {
                dsg.find(IdentityGraph.NODE, node, SAME_AS, Node.ANY).forEachRemaining(q -> reals.add(q.getObject()));
                dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.MEMBER, node).forEachRemaining(q ->
                        reals.add(q.getSubject()));
            }
            for (Node fact : List.of(StatisticsTerms.HOLDS, StatisticsTerms.MEMBER_OF)) {
                dsg.find(Quad.defaultGraphIRI, Node.ANY, fact, node).forEachRemaining(q -> {
                    reals.add(q.getSubject());
                    dsg.find(IdentityGraph.NODE, q.getSubject(), SAME_AS, Node.ANY).forEachRemaining(h -> reals.add(h.getObject()));
                });
            }
        }
        return reals;
    }

    /** Writes the rows of these real entities (or removes them). */
    static void rankReals(DatasetGraph dsg, Collection<Node> reals) {
        for (Node real : reals) {
            if (real.isURI()) {
                rank(dsg, new RowReads(dsg, real, sameAsTo(dsg, real)));
            }
        }
    }

    /**
     * Writes the rows of these real entities, which the caller has just found to have no members ({@code owl:sameAs}
     * to them in the identity graph): what {@link #rankReals} does, without looking that up again. {@code hubs} holds,
     * for some of them, the hubs the identity graph gives them now (read by the caller), which are not read again.
     */
    static void rankWithoutMembers(DatasetGraph dsg, Collection<Node> reals, Map<Node, List<Node>> hubs) {
        for (Node real : reals) {
            if (real.isURI()) {
                RowReads reads = new RowReads(dsg, real, List.of());
                List<Node> known = hubs.get(real);
                if (known != null) {
                    reads.groups.put(real, known);
                }
                rank(dsg, reads);
            }
        }
    }

    private static void rank(DatasetGraph dsg, RowReads reads) {
        quoted(dsg, reads);
        boolean hub = reads.isNamedGroup(reads.real);
        // its own types, read once: an entity without a hub contributes to the row of its own types only
        List<Node> types = hub ? List.of() : reads.objects(reads.real, StatisticsTerms.TYPE);
        // its rows of entities as stored, in one index range: a row is written whole, st:rowOf with it, and looking
        // up the row node of each type cost the node table a miss for every type the entity has no row of
        Set<Node> rows = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.ROW_OF, reads.real).forEachRemaining(q ->
                rows.add(q.getSubject()));
        for (Map.Entry<Node, Node> type : TYPE_RANKS.entrySet()) {
            mentioned(dsg, reads, hub, types.contains(type.getKey()), type.getKey(), type.getValue(), rows);
        }
    }

    /**
     * What the rows of one real entity read, each thing read once: a member's statistics in one index range (its
     * counts, names, types, posts and organisations are a few quads, which the rows read term by term in a dozen
     * lookups), the groups and names of each member, the counts of each group, a post's label and an organisation's
     * names. A hub's rows read every member four times (most-quoted and the three types of entities), so its members
     * are read once instead. The real entity itself, when it has members, is read term by term: a hub's own
     * statistics hold a key per article of its members.
     */
    private static final class RowReads {
        /** The terms of a member's statistics that the rows read. */
        private static final Set<Node> READ = Set.of(StatisticsTerms.NAME, StatisticsTerms.TYPE,
                StatisticsTerms.MENTIONED_IN, StatisticsTerms.STATEMENTS, StatisticsTerms.ARTICLES_QUOTED,
                StatisticsTerms.DIRECT, StatisticsTerms.ALTERNATE_NAME, StatisticsTerms.HOLDS, StatisticsTerms.MEMBER_OF,
                // the entity's own row of most-quoted, which the same range holds: whether it has one, and its values
                StatisticsTerms.QUOTED_RANK, StatisticsTerms.QUOTED_STATEMENTS, StatisticsTerms.QUOTED_DIRECT,
                StatisticsTerms.QUOTED_ARTICLES, StatisticsTerms.QUOTED_NAME, StatisticsTerms.QUOTED_SHOWN);

        private final DatasetGraph dsg;
        final Node real;
        final List<Node> members;
        private final Map<Node, Map<Node, List<Node>>> statistics = new HashMap<>();
        /** The hubs of each entity read ({@link #groupsOf}), or known beforehand. */
        final Map<Node, List<Node>> groups = new HashMap<>();
        private final Map<List<Node>, OptionalLong> groupCounts = new HashMap<>();
        private final Map<Node, Boolean> namedGroups = new HashMap<>();
        private final Map<Node, Boolean> labelled = new HashMap<>();
        private final Map<Node, List<Node>> names = new HashMap<>();
        /** The real entity's names in the identity graph (a hub's); null until read. */
        private List<Node> hubNames;

        RowReads(DatasetGraph dsg, Node real, List<Node> members) {
            this.dsg = dsg;
            this.real = real;
            this.members = members;
        }

        /** The real entity's names in the identity graph: a hub's, which its rows are shown with; read once. */
        List<Node> hubNames() {
            if (hubNames == null) {
                hubNames = Ranking.objects(dsg, IdentityGraph.NODE, real, HUB_NAME);
            }
            return hubNames;
        }

        /** Takes what {@link Ranking#write} wrote on {@code subject} as the values read from now on. */
        void wrote(Node subject, List<Node> terms, Map<Node, List<Node>> values) {
            Map<Node, List<Node>> read = statistics.get(subject);
            if (read != null) {
                terms.forEach(term -> read.put(term, List.copyOf(new java.util.LinkedHashSet<>(values.getOrDefault(term,
                        List.of())))));
            }
        }

        /** An entity's values of a term of the statistics, in the index's order. */
        List<Node> objects(Node entity, Node term) {
            if (!READ.contains(term) || entity.equals(real) && !members.isEmpty()) {
                return Ranking.objects(dsg, Quad.defaultGraphIRI, entity, term);
            }
            return statistics.computeIfAbsent(entity, e -> {
                Map<Node, List<Node>> byTerm = new HashMap<>();
                dsg.find(Quad.defaultGraphIRI, e, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (READ.contains(q.getPredicate())) {
                        byTerm.computeIfAbsent(q.getPredicate(), t -> new ArrayList<>()).add(q.getObject());
                    }
                });
                return byTerm;
            }).getOrDefault(term, List.of());
        }

        /** A count of the statistics as the queries read it: present where written (a count of 0 is not). */
        OptionalLong count(Node entity, Node term) {
            return number(objects(entity, term));
        }

        boolean has(Node entity, Node term) {
            return !objects(entity, term).isEmpty();
        }

        /** The hubs an entity is {@code owl:sameAs} to in the identity graph. */
        List<Node> groupsOf(Node member) {
            return groups.computeIfAbsent(member, m -> Ranking.objects(dsg, IdentityGraph.NODE, m, SAME_AS));
        }

        OptionalLong groupCount(Node group, Node term) {
            return groupCounts.computeIfAbsent(List.of(group, term), k -> number(Ranking.objects(dsg,
                    Quad.defaultGraphIRI, group, term)));
        }

        /** Whether a hub has a name in the identity graph. */
        boolean isNamedGroup(Node group) {
            if (group.equals(real)) {
                return !hubNames().isEmpty();
            }
            return namedGroups.computeIfAbsent(group, g -> dsg.find(IdentityGraph.NODE, g, HUB_NAME, Node.ANY).hasNext());
        }

        boolean isLabelled(Node post) {
            return labelled.computeIfAbsent(post, p -> dsg.find(Quad.defaultGraphIRI, p, StatisticsTerms.LABEL,
                    Node.ANY).hasNext());
        }

        List<Node> namesOf(Node organisation) {
            return names.computeIfAbsent(organisation, o -> Ranking.objects(dsg, Quad.defaultGraphIRI, o,
                    StatisticsTerms.NAME));
        }

        private static OptionalLong number(List<Node> values) {
            if (values.isEmpty()) {
                return OptionalLong.empty();
            }
            Node value = values.get(0);
            return value.isLiteral() && value.getLiteralValue() instanceof Number n ? OptionalLong.of(n.longValue())
                    : OptionalLong.empty();
        }
    }

    /** Every entity that can have a row: the speakers, the mentioned entities and the hubs (for {@link Statistics#rebuild}). */
    static Set<Node> candidates(DatasetGraph dsg) {
        Set<Node> all = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.STATEMENTS, Node.ANY).forEachRemaining(q -> all.add(q.getSubject()));
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.MENTIONED_IN, Node.ANY).forEachRemaining(q -> all.add(q.getSubject()));
        dsg.find(IdentityGraph.NODE, Node.ANY, SAME_AS, Node.ANY).forEachRemaining(q -> all.add(q.getObject()));
        return all;
    }

    /**
     * {@code real}'s row of most-quoted, as its statistics branch computes it: over its quoted, named members
     * ({@code owl:sameAs} to it) each group count of their hubs, and its own counts when it has no hub at all; the
     * largest of each, and the smallest name. No row when no statements count.
     */
    private static void quoted(DatasetGraph dsg, RowReads reads) {
        Node real = reads.real;
        long statements = -1;
        long direct = 0;
        long articles = -1;
        boolean uncounted = false;
        List<Node> contributors = new ArrayList<>();
        for (Node member : reads.members) {
            if (quotedAndNamed(reads, member)) {
                contributors.add(member);
                boolean counted = false;
                for (Node group : reads.groupsOf(member)) {
                    OptionalLong n = reads.groupCount(group, StatisticsTerms.GROUP_STATEMENTS);
                    OptionalLong a = reads.groupCount(group, StatisticsTerms.GROUP_ARTICLES_QUOTED);
                    if (n.isPresent() && a.isPresent()) {
                        counted = true;
                        statements = Math.max(statements, n.getAsLong());
                        articles = Math.max(articles, a.getAsLong());
                        direct = Math.max(direct, reads.groupCount(group, StatisticsTerms.GROUP_DIRECT).orElse(0));
                    }
                }
                uncounted |= !counted; // a member whose groups were never counted: its row's statements are unbound
            }
        }
        if (reads.groupsOf(real).isEmpty() && quotedAndNamed(reads, real)) {
            contributors.add(real);
            if (speaksInOneGraph(dsg, real)) {
                // its own counts, summed over its graphs, are once per work when they all come from one graph
                statements = Math.max(statements, reads.count(real, StatisticsTerms.STATEMENTS).getAsLong());
                articles = Math.max(articles, reads.count(real, StatisticsTerms.ARTICLES_QUOTED).getAsLong());
                direct = Math.max(direct, reads.count(real, StatisticsTerms.DIRECT).orElse(0));
            } else {
                // an IRI quoted in several graphs (written so by hand, not by newsgraph, whose entities are the
                // article's own): its words may repeat across copies of one work, so they are counted again together
                SaidOnce said = Statistics.said(dsg, List.of(real));
                statements = Math.max(statements, said.statements());
                articles = Math.max(articles, said.articles());
                direct = Math.max(direct, said.direct());
            }
        }
        Node name = null;
        for (Node who : contributors) {
            for (Node n : reads.objects(who, StatisticsTerms.NAME)) {
                name = name == null || NodeValue.compareAlways(NodeValue.makeNode(n), NodeValue.makeNode(name)) < 0 ? n : name;
            }
        }
        Map<Node, List<Node>> row = new LinkedHashMap<>();
        // SPARQL's MAX over rows of which one is unbound is unbound (ARQ: an aggregate with an error), and the query
        // keeps only rows with statements
        if (!contributors.isEmpty() && !uncounted) {
            row.put(StatisticsTerms.QUOTED_RANK, List.of(StatisticsUpdate.integer(key(statements,
                    smallest(reads.hubNames(), name)))));
            row.put(StatisticsTerms.QUOTED_STATEMENTS, List.of(StatisticsUpdate.integer(statements)));
            row.put(StatisticsTerms.QUOTED_DIRECT, List.of(StatisticsUpdate.integer(direct)));
            row.put(StatisticsTerms.QUOTED_ARTICLES, List.of(StatisticsUpdate.integer(articles)));
            row.put(StatisticsTerms.QUOTED_NAME, List.of(name));
            row.put(StatisticsTerms.QUOTED_SHOWN, shown(reads.hubNames(), name));
        }
        if (row.isEmpty() && !reads.has(real, StatisticsTerms.QUOTED_RANK)) {
            return; // no row to write and none to remove: a row is written whole, its key with it
        }
        // the row's values as stored, from the reads (one index range for an entity without members)
        write(dsg, real, QUOTED_ROW, row, term -> reads.objects(real, term));
        reads.wrote(real, QUOTED_ROW, row);
    }

    /**
     * The names a most-quoted row is shown with, as the query's {@code COALESCE(?hubName, ?someName)} gives them: its
     * hub's names in the identity graph (a row each), else the smallest member name.
     */
    private static List<Node> shown(DatasetGraph dsg, Node real, Node name) {
        return shown(hubNames(dsg, real), name);
    }

    private static List<Node> shown(List<Node> hubNames, Node name) {
        return hubNames.isEmpty() ? List.of(name) : hubNames;
    }

    /**
     * Writes the names each most-quoted row is shown with where they are missing (statistics of version 11 and before,
     * in a write transaction): from the row's smallest member name and its hub's names, as {@link #quoted} does.
     */
    static void addShownNames(DatasetGraph dsg) {
        List<Quad> names = Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.QUOTED_NAME, Node.ANY));
        for (Quad name : names) {
            for (Node shown : shown(dsg, name.getSubject(), name.getObject())) {
                dsg.add(Quad.defaultGraphIRI, name.getSubject(), StatisticsTerms.QUOTED_SHOWN, shown);
            }
        }
    }

    /**
     * {@code real}'s row of entities of one type, as its statistics branch computes it: over its members of that type,
     * named and mentioned ({@code owl:sameAs} to it, where it has a {@code schema:name}), the group count of their named
     * hubs, and its own count when it has no named hub; the largest; with their other names, posts with a label and
     * organisations with a name. As SPARQL aggregates them (an aggregate over rows of which one is unbound is unbound),
     * a count or a list that one member lacks is none.
     */
    private static void mentioned(DatasetGraph dsg, RowReads reads, boolean isHub, boolean ofType, Node type,
            Node rankTerm, Set<Node> storedRows) {
        Node real = reads.real;
        long best = -1;
        boolean uncounted = false;
        List<Node> contributors = new ArrayList<>();
        if (isHub) {
            for (Node member : reads.members) {
                if (typedNamedMentioned(reads, member, type)) {
                    contributors.add(member);
                    boolean counted = false;
                    for (Node group : reads.groupsOf(member)) {
                        OptionalLong n = reads.groupCount(group, StatisticsTerms.GROUP_MENTIONED_IN);
                        if (n.isPresent() && reads.isNamedGroup(group)) {
                            counted = true;
                            best = Math.max(best, n.getAsLong());
                        }
                    }
                    uncounted |= !counted;
                }
            }
        }
        if ((isHub || ofType) && !hasNamedHub(reads, real) && typedNamedMentioned(reads, real, type)) {
            contributors.add(real);
            best = Math.max(best, reads.count(real, StatisticsTerms.MENTIONED_IN).getAsLong());
        }
        Node row = row(type, real);
        Map<Node, List<Node>> values = new LinkedHashMap<>();
        if (!contributors.isEmpty()) {
            // a row without a count sorts last, as its unbound count does: the last key
            List<Node> names = reads.hubNames();
            values.put(rankTerm, List.of(StatisticsUpdate.integer(key(uncounted ? 0 : best, smallest(names.isEmpty()
                    ? reads.objects(real, StatisticsTerms.NAME) : names, null)))));
            values.put(StatisticsTerms.ROW_OF, List.of(real));
            values.put(StatisticsTerms.ROW_ARTICLES, uncounted ? List.of() : List.of(StatisticsUpdate.integer(best)));
            values.put(StatisticsTerms.ROW_ALTERNATE_NAME, everyones(contributors, e ->
                    reads.objects(e, StatisticsTerms.ALTERNATE_NAME)));
            values.put(StatisticsTerms.ROW_HOLDS, everyones(contributors, e ->
                    reads.objects(e, StatisticsTerms.HOLDS).stream().filter(reads::isLabelled).toList()));
            // the organisations' names, not the organisations: a busy person's thousands of article-scoped organisations
            // are a few names, and a page shows the names
            values.put(StatisticsTerms.ROW_MEMBER_OF_NAME, everyones(contributors, e ->
                    reads.objects(e, StatisticsTerms.MEMBER_OF).stream().flatMap(org ->
                            reads.namesOf(org).stream()).distinct().toList()));
        }
        // the row as stored, in one index range; none to read when the entity has no such row
        Map<Node, List<Node>> stored = new HashMap<>();
        if (storedRows.contains(row)) {
            dsg.find(Quad.defaultGraphIRI, row, Node.ANY, Node.ANY).forEachRemaining(q ->
                    stored.computeIfAbsent(q.getPredicate(), t -> new ArrayList<>()).add(q.getObject()));
        }
        if (values.isEmpty() && !stored.containsKey(rankTerm)) {
            return; // no row to write and none to remove: a row is written whole, its key with it
        }
        write(dsg, row, List.of(rankTerm, StatisticsTerms.ROW_OF, StatisticsTerms.ROW_ARTICLES, StatisticsTerms.ROW_ALTERNATE_NAME,
                StatisticsTerms.ROW_HOLDS, StatisticsTerms.ROW_MEMBER_OF_NAME), values,
                term -> stored.getOrDefault(term, List.of()));
    }

    /** The values of all the contributors together, or none when one of them has none (GROUP_CONCAT is then unbound). */
    private static List<Node> everyones(List<Node> contributors, java.util.function.Function<Node, List<Node>> values) {
        Set<Node> all = new java.util.LinkedHashSet<>();
        for (Node contributor : contributors) {
            List<Node> own = values.apply(contributor);
            if (own.isEmpty()) {
                return List.of();
            }
            all.addAll(own);
        }
        return new ArrayList<>(all);
    }

    /** A hub's names in the identity graph: the names its rows are shown with. */
    private static List<Node> hubNames(DatasetGraph dsg, Node real) {
        return objects(dsg, IdentityGraph.NODE, real, HUB_NAME);
    }

    /** The smallest lexical form among names (SPARQL orders literals by it first), or {@code otherwise}'s without any. */
    private static String smallest(List<Node> names, Node otherwise) {
        String smallest = null;
        for (Node n : names.isEmpty() && otherwise != null ? List.of(otherwise) : names) {
            String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
            smallest = smallest == null || text.compareTo(smallest) < 0 ? text : smallest;
        }
        return smallest;
    }

    private static boolean quotedAndNamed(RowReads reads, Node who) {
        return reads.count(who, StatisticsTerms.STATEMENTS).isPresent()
                && reads.count(who, StatisticsTerms.ARTICLES_QUOTED).isPresent()
                && reads.has(who, StatisticsTerms.NAME);
    }

    /** Whether every statement of this speaker is in one graph (it reads the speaker's statements until a second graph). */
    private static boolean speaksInOneGraph(DatasetGraph dsg, Node speaker) {
        Iterator<Quad> made = dsg.findNG(Node.ANY, Node.ANY, Standard.CREATOR, speaker);
        Node first = null;
        while (made.hasNext()) {
            Node graph = made.next().getGraph();
            if (first == null) {
                first = graph;
            } else if (!first.equals(graph)) {
                return false;
            }
        }
        return true;
    }

    private static boolean typedNamedMentioned(RowReads reads, Node entity, Node type) {
        return reads.objects(entity, StatisticsTerms.TYPE).contains(type)
                && reads.has(entity, StatisticsTerms.NAME)
                && reads.count(entity, StatisticsTerms.MENTIONED_IN).isPresent();
    }

    private static boolean hasNamedHub(RowReads reads, Node entity) {
        for (Node hub : reads.groupsOf(entity)) {
            if (reads.isNamedGroup(hub)) {
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

    /**
     * Makes {@code subject}'s values of these terms exactly {@code values} (none for a term not in it), writing only
     * changes; {@code stored} gives the values stored now.
     */
    private static void write(DatasetGraph dsg, Node subject, List<Node> terms, Map<Node, List<Node>> values,
            java.util.function.Function<Node, List<Node>> stored) {
        for (Node term : terms) {
            Set<Node> wanted = new HashSet<>(values.getOrDefault(term, List.of()));
            List<Node> stale = new ArrayList<>();
            stored.apply(term).forEach(object -> {
                if (!wanted.remove(object)) {
                    stale.add(object);
                }
            });
            stale.forEach(o -> dsg.delete(Quad.defaultGraphIRI, subject, term, o));
            wanted.forEach(o -> dsg.add(Quad.defaultGraphIRI, subject, term, o));
        }
    }
}
