package newsgraph.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * A real speaker's keys summarise what it says in an article (statistics version 13) only where the summary gives the
 * article's parts back exactly, and equal digests mean equal words.
 */
class ArticleKeysTest {

    private static final Node ARTICLE = NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a1");
    private static final Node WORK = NodeFactory.createURI("https://w3id.org/newsgraph/id/work/3f0c");
    private static final Node DAILY = NodeFactory.createLiteralString("Daily Example");

    @Test
    void aSpeakersKeyHoldsItsSummaryBetweenTheMembersAndTheOutlets() {
        ArticleKeys.Article article = new ArticleKeys.Article(ARTICLE,
                List.of(NodeFactory.createLiteralString("2024-05-03")), "Daily Example\thttps://www.daily.example/");
        String summary = ArticleKeys.summary(WORK, Set.of("x", "y"), List.of(DAILY, NodeFactory.createLiteralString("Post")));
        List<String> keys = ArticleKeys.ofSpeaker(article, List.of(NodeFactory.createURI("http://example.org/b"),
                NodeFactory.createURI("http://example.org/a")), summary);
        assertEquals(1, keys.size());
        String[] parts = keys.get(0).split("\t", -1);
        assertEquals(List.of("2024-05-03", ARTICLE.getURI(), "http://example.org/a http://example.org/b", summary,
                "Daily Example", "https://www.daily.example/"), List.of(parts));
        String[] lines = summary.split("\n", -1);
        assertEquals(WORK.getURI(), lines[0]);
        assertEquals("2", lines[1], "two distinct words");
        assertEquals(32, lines[2].length(), "128 bits in hexadecimal");
        assertEquals(List.of("Daily Example", "Post"), List.of(lines).subList(3, lines.length));
    }

    @Test
    void equalDigestsAreEqualWordsInAnyOrderAndWordsThatRunTogetherDiffer() {
        assertEquals(digest(Set.of("x", "y")), digest(Set.of("y", "x")));
        assertNotEquals(digest(Set.of("ab", "c")), digest(Set.of("a", "bc")), "the same letters, other words");
        assertNotEquals(digest(Set.of("x")), digest(Set.of("x", "")), "an empty word is a word");
        assertNotEquals(digest(Set.of("1:x")), digest(Set.of("x", "1:")), "a word that looks like a length");
    }

    @Test
    void anArticleIsSummarisedOnlyWhereItsSummaryGivesItsPartsBack() {
        assertTrue(ArticleKeys.summarises(List.of(), List.of(DAILY)), "no work: the article is its own");
        assertTrue(ArticleKeys.summarises(List.of(WORK), List.of(DAILY, NodeFactory.createLiteralString("(no outlet)"))));
        assertFalse(ArticleKeys.summarises(List.of(WORK, NodeFactory.createURI("https://w3id.org/newsgraph/id/work/9")),
                List.of(DAILY)), "two works");
        assertFalse(ArticleKeys.summarises(List.of(NodeFactory.createBlankNode()), List.of(DAILY)), "a blank work");
        assertFalse(ArticleKeys.summarises(List.of(NodeFactory.createLiteralString("a work")), List.of(DAILY)));
        for (Node name : List.of(NodeFactory.createLiteralLang("Daily Example", "en"), NodeFactory.createLiteralString(
                "Daily\nExample"), NodeFactory.createLiteralString("Daily\tExample"), NodeFactory.createLiteralString(
                "Daily\rExample"), NodeFactory.createLiteralString(""), NodeFactory.createURI("http://example.org/daily"))) {
            assertFalse(ArticleKeys.summarises(List.of(WORK), List.of(DAILY, name)), name.toString());
        }
    }

    private static String digest(Set<String> words) {
        return ArticleKeys.summary(WORK, words, List.of(DAILY)).split("\n")[2];
    }
}
