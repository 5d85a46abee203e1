package newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.text.Layout;
import newsgraph.text.Span;
import org.junit.jupiter.api.Test;

/** Input no article has but a scraper may produce: tokens of thousands of dashes, sentences without end. */
class LongTokensAndSentencesTest {

    private static final TokenSplitter SPLITTER = new TokenSplitter(Set.of("Mr", "Inc"));

    /** Regression: the splitter recursed once per dash and overflowed the stack at a few thousand. */
    @Test
    void aTokenOfThousandsOfDashesDoesNotOverflowTheStack() {
        String token = "a—".repeat(20_000) + "a";
        List<Span> spans = new ArrayList<>();
        SPLITTER.split(token, 0, token.length(), 0, spans);
        assertEquals(40_001, spans.size());
        assertEquals("a", spans.get(0).of(token));
        assertEquals("—", spans.get(1).of(token));
        assertEquals(new Span(token.length() - 1, token.length()), spans.get(spans.size() - 1));
    }

    /** The loop that replaced the recursion splits exactly as it did (outputs of the recursive version). */
    @Test
    void tokensWithDashesSplitAsBefore() {
        assertEquals(List.of("“", "well", "—", "yes", "”", "."), split("“well—yes”."));
        assertEquals(List.of("state—it", "'s"), split("state—it's"));
        assertEquals(List.of("(", "a", "—", "b", "—", "c", ")", ","), split("(a—b—c),"));
        assertEquals(List.of("“", "a", "—", "‘", "b’", "—", "c", "”"), split("“a—‘b’—c”"));
        assertEquals(List.of("x", "—", "y’s", "—", "z", "."), split("x—y’s—z."));
    }

    /** Regression: OpenNLP tokenises and tags in time quadratic in a sentence's length; 40,000 marks took minutes. */
    @Test
    void aSentenceWithoutEndIsCutIntoBoundedPieces() {
        String text = "Marks\n\n" + "“\"”".repeat(15_000) + " " + "😀".repeat(3_000) + "\n";
        List<Sentence> sentences = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> OpenNlp.english().analyse(text, Layout.of(text)));
        int covered = 0;
        for (Sentence s : sentences) {
            assertTrue(s.span().length() <= OpenNlp.MAX_SENTENCE_CHARS, s.span().toString());
            assertTrue(!Character.isLowSurrogate(text.charAt(s.span().begin())), "a piece starts inside a pair");
            covered += s.span().length();
        }
        assertTrue(covered >= 45_000 + 6_000 - 100, "the pieces cover the text: " + covered);
    }

    private static List<String> split(String token) {
        List<Span> spans = new ArrayList<>();
        SPLITTER.split(token, 0, token.length(), 0, spans);
        return spans.stream().map(s -> s.of(token)).toList();
    }
}
