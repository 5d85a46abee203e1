package newsgraph.store;

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
}
