package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the overviews that read the ranking kept with the counts (issue 16; {@code newsgraph.stats.Ranking}) are
 * evaluated, read from their algebra as ARQ optimises it (what TDB2 then runs), in the style of
 * {@link PerPersonQueryPlanTest}: a page reads the ranking's index no further than the page's end, looks up the rows of
 * the keys it found one key at a time, and reads each row's own facts — nothing per member of a hub, nothing per
 * speaker or entity of the archive. Their answers are checked against counting in {@code StatisticsTest}.
 */
class OverviewRankingPlanTest {

    private static final String ST = "urn:newsgraph:stats#";

    private static Op plan(Query query) {
        return Algebra.optimize(Algebra.compile(query));
    }

    private static Query page(String name, Map<String, String> parameters, long limit, long offset) {
        return NamedQuery.find(name).bind(parameters, Page.of(limit, offset)).query();
    }

    /** The ranking windows: a slice over the read of one ranking term, each with the LIMIT it was given. */
    private static List<OpSlice> windows(Op op) {
        List<OpSlice> windows = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpSlice slice) {
                if (slice.getSubOp() instanceof OpProject project && project.getVars().size() == 1
                        && project.getVars().get(0).getVarName().endsWith("rank") && readsRanking(project)) {
                    windows.add(slice);
                }
            }
        });
        return windows;
    }

    /** Whether an op reads a ranking term (st:…Rank) with its subject and its key unbound: the whole index, in order. */
    private static boolean readsRanking(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                for (Triple t : bgp.getPattern()) {
                    found[0] |= isRankTerm(t.getPredicate()) && t.getSubject().isVariable() && t.getObject().isVariable();
                }
            }
        });
        return found[0];
    }

    private static boolean isRankTerm(Node p) {
        return p.isURI() && p.getURI().startsWith(ST) && p.getURI().endsWith("Rank");
    }

    /** The terms the query reads from the statistics, and whether it reads owl:sameAs anywhere in its statistics branch. */
    private static List<String> predicates(Op op) {
        List<String> predicates = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(t -> predicates.add(t.getPredicate().toString()));
            }
        });
        return predicates;
    }

    @ParameterizedTest
    @ValueSource(strings = {"most-quoted", "entities"})
    void aPageReadsTheRankingNoFurtherThanItsEnd(String name) {
        for (long[] page : new long[][] {{100, 0}, {100, 200}, {1, 0}}) {
            Query query = page(name, Map.of(), page[0], page[1]);
            List<OpSlice> windows = windows(plan(query));
            assertEquals(name.equals("entities") ? 3 : 1, windows.size(), name + ": one window a ranking:\n" + plan(query));
            for (OpSlice window : windows) {
                assertEquals(page[0] + page[1] + 1, window.getLength(), name + ": the window ends where the page does"
                        + " (and one row more, which tells whether more follow)");
                assertEquals(Long.MIN_VALUE, window.getStart(), "a window starts at the first entry");
            }
            assertEquals(page[1] > 0 ? page[1] : Query.NOLIMIT, query.getOffset(), "the page itself is cut at the top");
            assertEquals(page[0] + 1, query.getLimit());
        }
    }

    /**
     * most-quoted orders the rows of its window by key, name and IRI and cuts them at the page's end before it reads
     * their counts: a page that ends among thousands of rows of one key (one count, one name) reads their counts for
     * the page's rows only.
     */
    @Test
    void mostQuotedReadsTheCountsOfThePagesRowsOnly() {
        for (long[] page : new long[][] {{100, 0}, {100, 200}, {1, 0}}) {
            Query query = page("most-quoted", Map.of(), page[0], page[1]);
            List<Query> rows = PagedQuery.rankingPages(query);
            assertEquals(1, rows.size(), "one ranking page:\n" + query);
            assertEquals(page[0] + page[1] + 1, rows.get(0).getLimit(), "it ends where the page does");
            assertFalse(rows.get(0).toString().contains("quotedStatements"), "and reads no count:\n" + rows.get(0));
        }
        assertTrue(PagedQuery.rankingPages(NamedQuery.find("most-quoted").bind(Map.of())).stream()
                .noneMatch(Query::hasLimit), "as written: every row");
        Query whole = NamedQuery.find("most-quoted").bind(Map.of(), Page.of(Page.OWN_LIMIT, 0)).query();
        assertTrue(whole.toString().contains("quotedRank") && !whole.toString().contains("ORDER BY ?rank"),
                "the whole list is not sorted twice (its own ORDER BY sorts it):\n" + whole);
    }

    @ParameterizedTest
    @ValueSource(strings = {"most-quoted", "entities"})
    void asWrittenTheWindowsReadTheWholeRanking(String name) {
        Query whole = NamedQuery.find(name).bind(Map.of());
        assertTrue(windows(plan(whole)).isEmpty(), "no LIMIT: every row (the whole list)");
        assertTrue(readsRanking(plan(whole)), name + " reads its ranking");
    }

    /**
     * The keys a window found are looked up one at a time: the window's DISTINCT keys come first in a sequence, whose
     * next step reads the rows of a key with the key bound (an index range of one key), never every key of the ranking
     * joined afterwards.
     */
    @ParameterizedTest
    @ValueSource(strings = {"most-quoted", "entities"})
    void theRowsOfTheKeysFoundAreLookedUpByKey(String name) {
        Op op = plan(page(name, Map.of(), 100, 0));
        int[] lookedUp = {0};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpSequence sequence) {
                Op first = sequence.get(0);
                if (first instanceof OpDistinct distinct && !windows(distinct).isEmpty()) {
                    lookedUp[0]++;
                    assertTrue(sequence.size() >= 2 && readsKeyedRows(sequence.get(1)), name
                            + ": the rows of each key found are read next, by key:\n" + sequence);
                }
            }
        });
        assertEquals(windows(op).size(), lookedUp[0], name + ": every window's keys are looked up in a sequence:\n" + op);
    }

    /** Whether an op reads {@code ?row st:…Rank ?rank}: the rows of a key, once the sequence has bound the key. */
    private static boolean readsKeyedRows(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                for (Triple t : bgp.getPattern()) {
                    found[0] |= isRankTerm(t.getPredicate()) && t.getObject().isVariable()
                            && t.getObject().getName().endsWith("rank");
                }
            }
        });
        return found[0];
    }

    /**
     * A row costs its own facts, however many members (article-scoped IRIs) its hub has: the statistics branch reads no
     * identity link and no member's own counts (they were gathered into the row when it was written).
     */
    @ParameterizedTest
    @ValueSource(strings = {"most-quoted", "entities"})
    void aRowIsReadFromTheRankingNotFromEachMember(String name) {
        Op statisticsBranch = plan(page(name, Map.of(), 100, 0));
        List<Op> branches = new ArrayList<>();
        Walker.walk(statisticsBranch, new OpVisitorBase() {
            @Override
            public void visit(OpProject project) {
                // the statistics branch: it reads the ranking, and not the articles (as the counted branch does)
                List<String> read = predicates(project);
                if (readsRanking(project) && project.getVars().size() > 1 && !read.contains("http://schema.org/creator")
                        && !read.contains("http://schema.org/mentions")) {
                    branches.add(project);
                }
            }
        });
        assertFalse(branches.isEmpty(), name + ": a statistics branch that reads the ranking:\n" + statisticsBranch);
        for (Op branch : branches) {
            List<String> read = predicates(branch);
            for (String perMember : List.of("http://www.w3.org/2002/07/owl#sameAs", ST + "statements", ST + "mentionedIn",
                    ST + "groupStatements", ST + "groupMentionedIn", ST + "type")) {
                assertFalse(read.contains(perMember), name + " reads " + perMember + " for its rows:\n" + branch);
            }
        }
    }

    /** A type asked for: the other types' windows are cut before they read an entry (a filter over no data first). */
    @Test
    void entitiesOfOneTypeReadNoOtherTypesRanking() {
        Op op = plan(page("entities", Map.of("type_name", "Person"), 100, 0));
        List<OpSlice> windows = windows(op);
        assertEquals(3, windows.size());
        for (OpSlice window : windows) {
            boolean[] filteredFirst = {false};
            Walker.walk(window, new OpVisitorBase() {
                @Override
                public void visit(OpSequence sequence) {
                    if (sequence.get(0) instanceof OpFilter filter && !readsRanking(filter)
                            && onlyUnit(filter) && readsRanking(sequence.get(sequence.size() - 1))) {
                        filteredFirst[0] = true;
                    }
                }
            });
            assertTrue(filteredFirst[0], "the type is checked before the ranking is read:\n" + window);
        }
    }

    private static boolean onlyUnit(Op op) {
        boolean[] data = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                data[0] = true;
            }

            @Override
            public void visit(OpGraph graph) {
                data[0] = true;
            }

            @Override
            public void visit(OpTable table) {
                data[0] |= !table.isJoinIdentity();
            }
        });
        return !data[0];
    }
}
