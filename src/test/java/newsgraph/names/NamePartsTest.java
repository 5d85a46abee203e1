package newsgraph.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsgraph.nlp.NameFinder;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * The four parts of the name recogniser, each on sentences written for the test and read with
 * {@link TinyLexicon}: what a part decides follows from the few words the lexicon knows.
 */
class NamePartsTest {

    private static final NameShapes SHAPES = new NameShapes(TinyLexicon.LEXICON);
    private static final CandidateRuns RUNS = new CandidateRuns(TinyLexicon.LEXICON, SHAPES);
    private static final TypingRules TYPING = new TypingRules(TinyLexicon.LEXICON, SHAPES);
    private static final Segmenter SEGMENTER = new Segmenter(TinyLexicon.LEXICON, SHAPES, TYPING);
    private static final NameRecognizer RECOGNIZER = new NameRecognizer(TinyLexicon.LEXICON);

    // ------------------------------------------------------------------ candidate runs

    @Test
    void runsAreCapitalisedWordsJoinedAcrossConnectorsOfNamesMadeThatWay() {
        assertEquals(List.of("Helen Garrow", "Church of the Open Door", "Lisbon"),
                runs("Helen Garrow spoke at the Church of the Open Door in Lisbon."));
    }

    @Test
    void aConnectorJoinsNothingWhenNoKeywordCallsForIt() {
        assertEquals(List.of("Helen Garrow", "Owen Kettle"), runs("Helen Garrow and Owen Kettle spoke."));
    }

    @Test
    void aSentenceOpenerAndAWordNeverANameAreNoRuns() {
        assertEquals(List.of("Helen Garrow"), runs("However, Helen Garrow spoke on Monday."));
    }

    @Test
    void aMonthAfterAFirstNameIsASurname() {
        assertEquals(List.of("Alan May"), runs("Alan May spoke in the morning."));
    }

    @Test
    void theFieldsListedAtTheEndOfAnOrganisationsNameBelongToIt() {
        assertEquals(List.of("Union of Retired Miners and Steelworkers"),
                runs("The Union of Retired Miners and Steelworkers met."));
        assertEquals(List.of("Department for Culture, Media and Sport"),
                runs("A spokeswoman for the Department for Culture, Media and Sport spoke."));
    }

    @Test
    void aNameAfterAndIsSomeoneElseNotAFieldOfTheOrganisation() {
        assertEquals(List.of("Department for Culture", "Helen Garrow"),
                runs("The Department for Culture and Helen Garrow spoke."));
    }

    @Test
    void aPlaceAfterAPersonsNameIsNotPartOfTheName() {
        assertEquals(List.of("Senator Marta Olivares", "Lisbon"), runs("Senator Marta Olivares of Lisbon spoke."));
    }

    // ------------------------------------------------------------------ segmentation with titles

    @Test
    void titlesBeforeANameGiveItsRoleGenderAndFullSpan() {
        NameMention m = only(segments("Health Secretary Dame Helen Garrow spoke."));
        assertEquals("Helen Garrow", m.text());
        assertEquals(EntityType.PERSON, m.type());
        assertEquals("Health Secretary", m.role());
        assertEquals('f', m.gender());
        assertEquals("Health Secretary Dame Helen Garrow", m.full().of(text("Health Secretary Dame Helen Garrow spoke.")));
    }

    @Test
    void aNationalityBeforeATitleIsWhomTheRoleBelongsTo() {
        NameMention m = only(segments("Chilean President Marta Olivares spoke."));
        assertEquals("Marta Olivares", m.text());
        assertEquals("President", m.role());
        assertEquals("Chile", m.roleOf());
    }

    @Test
    void aRunOfTitlesAloneNamesNobody() {
        assertEquals(List.of(), segments("The Health Secretary spoke."));
    }

    // ------------------------------------------------------------------ typing rules

    @Test
    void theTypingRulesAreAskedInTheirOrder() {
        assertEquals(List.of("event", "facility-keyword", "organisation-keyword", "media-keyword", "first-name",
                "place-keyword", "concept", "acronym", "organisation-of-country", "the-before-name", "title",
                "first-name", "surname-particle", "proper-name-shape", "nationality", "single-name", "newspaper",
                "web-name", "before-facility-word", "unknown", "party-member", "capitalised-word", "ordinary-word",
                "unknown"),
                TYPING.rules().stream().map(TypingRules.Rule::name).toList());
    }

    @Test
    void aKeywordTypesTheName() {
        assertTyped("Harwick County Council", EntityType.ORGANIZATION, "organisation-keyword");
        assertTyped("Halden Museum", EntityType.PLACE, "facility-keyword");
        assertTyped("Mill Street", EntityType.PLACE, "place-keyword");
        assertTyped("Lakeside Gazette", EntityType.ORGANIZATION, "media-keyword");
    }

    @Test
    void anEventsNameIsNoName() {
        assertEquals(List.of(), typed("Founders Day"));
        assertEquals(List.of(), typed("Harwick Kite Festival"));
    }

    @Test
    void aFirstNameMakesAPersonWithItsGender() {
        NameMention m = only(typed("Owen Kettle"));
        assertEquals(EntityType.PERSON, m.type());
        assertEquals("first-name", m.rule());
        assertEquals('m', m.gender());
    }

    @Test
    void aSurnameParticleMakesAPerson() {
        assertTyped("Jean Pierre de Rosny", EntityType.PERSON, "surname-particle");
    }

    @Test
    void anOrganisationAndAPersonRunTogetherAreTwoNames() {
        List<NameMention> names = typed("Harwick Council Helen Garrow");
        assertEquals(List.of("Harwick Council", "Helen Garrow"), names.stream().map(NameMention::text).toList());
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.PERSON), names.stream().map(NameMention::type).toList());
    }

    @Test
    void aWordNobodyListsIsANameOfAKindOnlyTheDocumentCanTell() {
        NameMention m = only(typed("Zorbu"));
        assertEquals(null, m.type());
        assertEquals("unknown", m.rule());
    }

    // ------------------------------------------------------------------ document-level evidence

    @Test
    void aBareSurnameIsThePersonNamedInFull() {
        List<NameFinder.Name> names = RECOGNIZER.find(TinyLexicon.sentences(
                "A Headline\n\nHelen Garrow opened the bridge. Later Garrow spoke to the crowd.\n"));
        assertEquals(List.of("person", "person"), names.stream().map(NameFinder.Name::type).toList());
    }

    @Test
    void anOrdinaryWordThatOwnsSomethingIsAnOrganisation() {
        List<NameMention> names = RECOGNIZER.mentions(TinyLexicon.sentences(
                "A Headline\n\nThe plan pleased Apple, and Apple's shares rose.\n"));
        assertTrue(names.stream().allMatch(m -> m.text().equals("Apple") && m.type() == EntityType.ORGANIZATION),
                names.toString());
        assertEquals(2, names.size(), names.toString());
    }

    @Test
    void theRecogniserIsANameFinderThatSaysWhatTitlesSay() {
        List<Sentence> sentences = TinyLexicon.sentences("A Headline\n\nHealth Secretary Dame Helen Garrow spoke.\n");
        NameFinder.Name name = only(RECOGNIZER.find(sentences));
        Sentence s = sentences.get(name.sentence());
        assertEquals("Helen Garrow", Token.joined(s.tokens(), name.start(), name.end()));
        assertEquals("Health", s.token(name.titleStart()).text());
        assertEquals("Health Secretary", name.role());
        assertEquals('f', name.gender());
    }

    // ------------------------------------------------------------------ helpers

    private static String text(String sentence) {
        return "A Headline\n\n" + sentence + "\n";
    }

    /** The body sentence of a one-sentence article. */
    private static Sentence body(String sentence) {
        List<Sentence> all = TinyLexicon.sentences(text(sentence));
        return all.get(all.size() - 1);
    }

    private static List<String> runs(String sentence) {
        Sentence s = body(sentence);
        return RUNS.of(s).stream().map(r -> Token.joined(s.tokens(), r[0], r[1])).toList();
    }

    private static List<NameMention> segments(String sentence) {
        Sentence s = body(sentence);
        List<NameMention> out = new ArrayList<>();
        for (int[] run : RUNS.of(s)) {
            SEGMENTER.segment(s, run[0], run[1], out);
        }
        return out;
    }

    /** The words typed as one candidate, the sentence they stand in being "… spoke." after them. */
    private static List<NameMention> typed(String words) {
        Sentence s = body(words + " spoke.");
        int end = s.tokenAt(s.span().begin() + words.length());
        List<NameMention> out = new ArrayList<>();
        TYPING.classify(s, 0, end, false, null, null, null, '?', out);
        return out;
    }

    private static void assertTyped(String words, EntityType type, String rule) {
        NameMention m = only(typed(words));
        assertEquals(words, m.text());
        assertEquals(type, m.type(), words);
        assertEquals(rule, m.rule(), words);
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list::toString);
        return list.get(0);
    }
}
