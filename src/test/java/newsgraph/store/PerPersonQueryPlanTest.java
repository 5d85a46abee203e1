package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_If;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the per-person queries are evaluated, read from their algebra as ARQ optimises it (what TDB2 then runs): the
 * costs that grew with the archive rather than with the person (README, Performance) stay out. Their answers are
 * checked over HTTP elsewhere ({@code PagedQueriesTest}, {@code IdentityQueriesHttpTest}, {@code CrawlEndToEndTest}).
 */
class PerPersonQueryPlanTest {

    private static final String DATE = "http://schema.org/datePublished";

    private static Op plan(String name, Map<String, String> parameters) {
        return Algebra.optimize(Algebra.compile(NamedQuery.find(name).bind(parameters)));
    }

    /** A sub-query that is nothing but every article's date: read whole for each query, however few articles count. */
    private static boolean readsEveryArticlesDate(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpProject project) {
                if (project.getSubOp() instanceof OpGraph graph && graph.getSubOp() instanceof OpBGP bgp
                        && bgp.getPattern().size() == 1
                        && bgp.getPattern().get(0).getPredicate().getURI().equals(DATE)) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }

    /** A join of two DISTINCT sub-queries: every speaker entity paired with every entity spoken about. */
    private static boolean pairsTwoEntitySets(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpJoin join) {
                if (join.getLeft() instanceof OpDistinct && join.getRight() instanceof OpDistinct) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }

    @ParameterizedTest
    @ValueSource(strings = {"who-said-what", "said-about", "what-a-said-about-b"})
    void theDatesAreLookedUpForTheArticlesFoundNotReadForEveryArticle(String name) {
        for (Map<String, String> parameters : List.of(Map.of("speaker_name", "Ashby", "about_name", "Ashby"),
                Map.of("speaker_name", "Ashby", "about_name", "Ashby", "from", "2024", "outlet", "bbc"))) {
            Map<String, String> used = new java.util.HashMap<>(parameters);
            used.keySet().retainAll(NamedQuery.find(name).documentedParameters().keySet());
            Op op = plan(name, used);
            assertFalse(readsEveryArticlesDate(op), name + " reads every article's date:\n" + op);
            assertTrue(op.toString().contains(DATE), name + " no longer reads the dates at all");
        }
    }

    @org.junit.jupiter.api.Test
    void whatASaidAboutBReadsTheSpeakersStatementsBeforeJoiningTheEntitySpokenAbout() {
        Op op = plan("what-a-said-about-b", Map.of("speaker_name", "Ashby", "about_name", "Corbett"));
        assertFalse(pairsTwoEntitySets(op), "every speaker entity is paired with every entity spoken about:\n" + op);
    }

    /** The row counts of the top-N sorts of a plan (ORDER BY with LIMIT), outermost first. */
    private static List<Long> topNs(Op op) {
        List<Long> limits = new java.util.ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpTopN top) {
                limits.add((long) top.getLimit());
            }
        });
        return limits;
    }

    /**
     * A page reads the statements of the newest articles it can hold, not every statement of the person (issue 15):
     * an article stage sorts the person's articles and keeps offset + limit of them before any statement is read, so
     * the cost of a page no longer grows with everything a person ever said. The page of 30 after 90 keeps 120
     * articles; the count of "of N" (up to 1,000) sorts none of them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"who-said-what", "said-about", "what-a-said-about-b", "organisation-quotes"})
    void aPageReadsTheStatementsOfTheNewestArticlesItCanHoldOnly(String name) {
        Map<String, String> used = new java.util.HashMap<>(Map.of("speaker_name", "Ashby", "about_name", "Corbett"));
        used.keySet().retainAll(NamedQuery.find(name).documentedParameters().keySet());
        PagedQuery paged = NamedQuery.find(name).bind(used, Page.of(30, 90));
        List<Long> tops = topNs(Algebra.optimize(Algebra.compile(paged.query())));
        // the page's own top 120 (offset + limit), then each article stage's (who-said-what has two: a speaker
        // given, or none)
        assertEquals(120L, tops.get(0), name + ": " + tops);
        assertTrue(tops.size() >= 2 && tops.subList(1, tops.size()).stream().allMatch(n -> n == 120L),
                name + " reads every statement before it sorts them: " + tops);
        List<Long> counted = topNs(Algebra.optimize(Algebra.compile(paged.counting(1000))));
        assertEquals(List.of(), counted, name + ": the count sorts no articles: " + counted);
    }

    /**
     * For whom each statement of the page's articles speaks (the organisation itself, a member, a post holder) is
     * looked up for that statement's speaker: joined after the fact, the three branches read every organisation,
     * membership and post of the store first (7 s a page at 100,000 articles).
     */
    @org.junit.jupiter.api.Test
    void organisationQuotesLookUpWhomEachStatementSpeaksForStatementByStatement() {
        Op op = plan("organisation-quotes", Map.of("org_name", "Acme"));
        boolean[] joined = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpJoin join) {
                if (join.getRight() instanceof org.apache.jena.sparql.algebra.op.OpUnion) {
                    joined[0] = true;
                }
            }
        });
        assertFalse(joined[0], "the branches joined after reading them whole: " + op);
    }

    private static final String TEXT = "http://schema.org/text";
    private static final String CREATOR = "http://schema.org/creator";

    /** Whether a plan reads a triple with this predicate anywhere beneath it. */
    private static boolean reads(Op op, String predicate) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(t -> found[0] |= t.getPredicate().isURI()
                        && t.getPredicate().getURI().equals(predicate));
            }
        });
        return found[0];
    }

    /** Whether a plan reads the page's statements' speakers ({@code ?statement schema:creator …}) beneath it. */
    private static boolean readsStatementsSpeaker(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(t -> found[0] |= t.getSubject().equals(Var.alloc("statement"))
                        && t.getPredicate().isURI() && t.getPredicate().getURI().equals(CREATOR));
            }
        });
        return found[0];
    }

    /** The filters of a plan that read a variable whose (renamed) name ends with {@code name}. */
    private static List<OpFilter> filtersOn(Op op, String name) {
        List<OpFilter> found = new java.util.ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpFilter filter) {
                if (filter.getExprs().getVarsMentioned().stream().anyMatch(v -> v.getVarName().endsWith(name))) {
                    found.add(filter);
                }
            }
        });
        return found;
    }

    /**
     * outlets and timeline look up each of the person's articles once and apply the date and outlet filters there,
     * before any statement's words are read: a filter above the statements waited for every statement of the person
     * (outlets with a date and an outlet that kept none of them: as slow as without filters).
     */
    @ParameterizedTest
    @ValueSource(strings = {"outlets", "timeline"})
    void theDateAndOutletFiltersComeBeforeAnyStatementIsRead(String name) {
        Op op = plan(name, Map.of("speaker_name", "Ashby", "from", "2024", "to", "2024-06", "outlet", "bbc"));
        for (String on : List.of("date", "outletFilterName")) {
            List<OpFilter> filters = filtersOn(op, on);
            assertFalse(filters.isEmpty(), name + " no longer filters on ?" + on + ":\n" + op);
            for (OpFilter filter : filters) {
                assertFalse(reads(filter.getSubOp(), TEXT), name + " filters on ?" + on + " after reading every"
                        + " statement:\n" + filter);
            }
        }
    }

    /**
     * what-a-said-about-b's page reads, in each article of the page, the speaker's statements only: the speaker's and
     * the spoken-about entity of the article are bound before its statements are read (where an article has one of
     * each), and the check on the article's entities waits for the statements — moved before them, it would see the
     * entities still free and keep nothing.
     */
    @org.junit.jupiter.api.Test
    void whatASaidAboutBReadsTheSpeakersStatementsOfAnArticleOnly() {
        Op op = plan("what-a-said-about-b", Map.of("speaker_name", "Ashby", "about_name", "Corbett"));
        boolean[] bound = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpExtend extend) {
                extend.getVarExprList().forEachVarExpr((v, e) -> bound[0] |= v.equals(Var.alloc("who"))
                        && e instanceof E_If);
            }
        });
        assertTrue(bound[0], "the speaker's entity of each article is not bound before its statements:\n" + op);
        List<OpFilter> checks = filtersOn(op, "whos");
        assertFalse(checks.isEmpty(), "the article's speaker entities are not checked:\n" + op);
        for (OpFilter check : checks) {
            assertTrue(readsStatementsSpeaker(check.getSubOp()), "checked before the statements are read:\n" + check);
        }
    }

    /**
     * Whether a page is followed by more is told by counting its articles up to the cap, unsorted and ungrouped, so that
     * the count stops at the cap instead of waiting for every article of the person (each article holds a row of the
     * page at least).
     */
    @ParameterizedTest
    @ValueSource(strings = {"who-said-what", "said-about", "what-a-said-about-b"})
    void theArticlesOfAPageAreCountedWithoutSortingOrGroupingThem(String name) {
        Map<String, String> used = new java.util.HashMap<>(Map.of("speaker_name", "Ashby", "about_name", "Corbett"));
        used.keySet().retainAll(NamedQuery.find(name).documentedParameters().keySet());
        PagedQuery paged = NamedQuery.find(name).bind(used, Page.of(100, 0));
        Op op = Algebra.optimize(Algebra.compile(paged.countingArticles(100)));
        assertEquals(List.of(), topNs(op), name + " sorts its articles to count them:\n" + op);
        int[] groups = {0};
        boolean[] ordered = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpGroup group) {
                groups[0]++;
            }

            @Override
            public void visit(OpOrder order) {
                ordered[0] = true;
            }
        });
        assertEquals(1, groups[0], name + ": the count alone groups (the article stages' own grouping is gone):\n" + op);
        assertFalse(ordered[0], name + " orders its articles to count them:\n" + op);
        assertFalse(reads(op, TEXT), name + " reads the statements' words to count articles");
    }

    private static final String PAIR_KEY = "urn:newsgraph:stats#pairIn";
    private static final String PAIR_ARTICLE = "urn:newsgraph:stats#inArticle";

    /**
     * what-a-said-about-b starts from the pair where the statistics are complete (issues 10, 15, 16): its article stage
     * sorts the keys of the articles kept for the pairs of the two real entities ({@code st:pairIn}: day, article, the
     * two's entities there and the outlets, one index range) and keeps offset + limit of them before any statement is read or any article's entities of the
     * pair ({@code st:inArticle}) are looked up, instead of joining every statement of the speaker with every entity of the other
     * name (whose cost grew with all the speaker ever said).
     */
    @org.junit.jupiter.api.Test
    void whatASaidAboutBSortsTheArticlesKeptForThePairBeforeReadingAnyStatement() {
        for (Map<String, String> parameters : List.of(Map.of("speaker_name", "Ashby", "about_name", "Corbett"),
                Map.of("speaker_iri", "https://example.org/a", "about_iri", "https://example.org/b", "from", "2024",
                        "outlet", "bbc"))) {
            PagedQuery paged = NamedQuery.find("what-a-said-about-b").bind(parameters, Page.of(30, 90));
            Op op = Algebra.optimize(Algebra.compile(paged.query()));
            List<OpTopN> fromPairs = new java.util.ArrayList<>();
            Walker.walk(op, new OpVisitorBase() {
                @Override
                public void visit(OpTopN top) {
                    if (reads(top.getSubOp(), PAIR_KEY)) {
                        fromPairs.add(top);
                    }
                }
            });
            // the page's own top 120 reads beneath it the article stage, which reads the pair's articles: the stage, and
            // inside it each pair's newest keys (statistics version 10: one key an article, taken as they are)
            List<OpTopN> stages = fromPairs.stream().filter(top -> !reads(top.getSubOp(), CREATOR)).toList();
            assertEquals(2, stages.size(), "no article stage sorts the pair's articles alone:\n" + op);
            for (OpTopN stage : stages) {
                assertEquals(120, stage.getLimit(), "the page's articles: offset + limit");
                assertFalse(reads(stage.getSubOp(), ABOUT), "a statement read before the articles are sorted");
                assertFalse(reads(stage.getSubOp(), PAIR_ARTICLE), "every article's entities read before the sort");
            }
            // the keys name the two's entities in each article (statistics version 9): no article's pair rows are read
            assertFalse(reads(op, PAIR_ARTICLE), "the pair's rows of an article read:\n" + op);
        }
    }

    private static final String ABOUT = "http://schema.org/about";
}
