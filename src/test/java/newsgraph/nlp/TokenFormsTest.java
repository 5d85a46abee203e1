package newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import newsgraph.lexicon.Lexicon;
import newsgraph.text.Block;
import newsgraph.text.Layout;
import newsgraph.text.Span;
import org.junit.jupiter.api.Test;

/** A token's derived forms, worked out once, are the forms the rules read; sentence ends after initials hold. */
class TokenFormsTest {

    @Test
    void lowerAndKeyAreTheLexiconsForms() {
        for (String text : List.of("May", "US", "ME", "U.S.", "O’Brien", "‘Tis", "İstanbul", "said", "NATO", "Ashby’s")) {
            Token t = new Token(new Span(0, text.length()), text, "PROPN");
            assertEquals(Lexicon.key(text), t.key(), text);
            assertEquals(t.norm().toLowerCase(Locale.ROOT), t.lower(), text);
        }
    }

    @Test
    void tokensAreEqualByWhatTheySay() {
        Token a = new Token(new Span(0, 3), "May", "PROPN");
        assertEquals(a, new Token(new Span(0, 3), "May", "PROPN"));
        assertEquals(a.hashCode(), new Token(new Span(0, 3), "May", "PROPN").hashCode());
        assertNotEquals(a, new Token(new Span(0, 3), "May", "AUX"));
        assertNotEquals(a, new Token(new Span(4, 7), "May", "PROPN"));
    }

    @Test
    void noSentenceEndsAfterAnInitialOrATitle() {
        String text = "J. Alden Everley said the vote was close. Mr. Brennan disagreed. It was A. Smith who left.";
        List<Block> blocks = Layout.of(text);
        List<Sentence> sentences = OpenNlp.english().analyse(text, blocks);
        assertEquals(List.of("J. Alden Everley said the vote was close.", "Mr. Brennan disagreed.", "It was A. Smith who left."),
                sentences.stream().map(s -> s.span().of(text)).toList());
    }
}
