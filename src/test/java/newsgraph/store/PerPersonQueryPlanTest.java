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
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
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
    @ValueSource(strings = {"who-said-what", "said-about", "what-a-said-about-b"})
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
}
