package newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The form in which the pack's names and the article's are compared, and its fast path for plain ASCII. */
class NameKeyTest {

    @Test
    void namesThatWriteTheSameThingDifferentlyHaveOneKey() {
        assertEquals("us", NameKey.of("U.S."));
        assertEquals(NameKey.of("US"), NameKey.of("U.S."));
        assertEquals("washington dc", NameKey.of("Washington, D.C."));
        assertEquals(NameKey.of("Washington D.C."), NameKey.of("Washington, D.C."));
        assertEquals(NameKey.of("New People Party"), NameKey.of("New People's Party"));
        assertEquals(NameKey.of("New People Party"), NameKey.of("New People’s Party"));
        assertEquals(NameKey.of("Australian Labor Party"), NameKey.of("the Australian Labour Party"));
        assertEquals(NameKey.of("World Health Organization"), NameKey.of("World Health Organisation"));
        assertEquals(NameKey.of("Kennedy Space Center"), NameKey.of("Kennedy Space Centre"));
        assertEquals("sinn fein", NameKey.of("Sinn Féin"));
        assertEquals("at and t", NameKey.of("AT&T"));
        assertEquals("the", NameKey.of("The"), "a name that is only 'the' keeps it");
        assertEquals("", NameKey.of(" — "));
    }

    @Test
    void theFastPathAgreesWithTheGeneralOne() {
        for (String s : List.of("U.S.", "Washington, D.C.", "New People's Party", "The Labour Party", "O'Brien",
                "Saint-Étienne", "the the", "People's", "AT&T Inc.", "Harbour's edge", "  Spaced   out  ", "R.E.M.",
                "it's", "'s", "Bob's_shop", "Lyon 3e", "theatre", "Centres", "Flour")) {
            assertEquals(NameKey.general(s), NameKey.of(s), s);
        }
    }
}
