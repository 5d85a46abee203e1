package newsgraph.names;

import java.util.List;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKind;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.OpenNlp;
import newsgraph.nlp.Sentence;
import newsgraph.text.Layout;

/**
 * A lexicon of a few dozen words, in the spirit of OpenNLP's DictionaryNameFinderTest: each test of the name
 * recogniser's parts sees only what this lexicon says, and the real OpenNLP tokens and tags of its sentences.
 */
final class TinyLexicon {

    static final Lexicon LEXICON = Lexicon.builder()
            .name("Helen", NameKind.FIRST_NAME, NameKind.FEMALE)
            .name("Marta", NameKind.FIRST_NAME, NameKind.FEMALE)
            .name("Owen", NameKind.FIRST_NAME, NameKind.MALE)
            .name("Alan", NameKind.FIRST_NAME, NameKind.MALE)
            .name("Lisbon", NameKind.PLACE, NameKind.CITY)
            .country("Chile")
            .words(WordList.DEMONYMS, List.of("Chilean  Chile"))
            .words(WordList.HONORIFICS, List.of("Dame", "Mr", "President"))
            .words(WordList.FEMALE_WORDS, List.of("dame"))
            .words(WordList.ROLES, List.of("health secretary", "president", "leader", "coach", "senator"))
            .words(WordList.ORGANISATION_KEYWORDS, List.of("Council", "Party", "Church", "Union", "Department"))
            .words(WordList.MEDIA_KEYWORDS, List.of("Gazette"))
            .words(WordList.PLACE_KEYWORDS, List.of("River", "Street"))
            .words(WordList.FACILITY_KEYWORDS, List.of("Museum", "Stadium"))
            .words(WordList.EVENT_KEYWORDS, List.of("Festival", "Day"))
            .words(WordList.NOT_NAMES, List.of("monday", "may"))
            .words(WordList.NAME_CONNECTORS, List.of("of", "for", "the", "and", "de", "le"))
            .words(WordList.NAME_PARTICLES, List.of("de", "le", "van"))
            .words(WordList.SENTENCE_OPENERS, List.of("however", "asked"))
            .words(WordList.ORGANISATION_WORDS, List.of("sources", "spokesman"))
            .words(WordList.STRONG_MEDIA_KEYWORDS, List.of("gazette"))
            .commonWords("plan", "bridge", "open", "door", "farmer", "kettle", "river", "street", "day", "may",
                    "council", "party", "church", "however", "museum", "festival", "apple", "shares", "said",
                    "union", "department", "retired", "miners", "steelworkers", "culture", "media", "sport")
            .build();

    static final OpenNlp NLP = OpenNlp.english(LEXICON);

    private TinyLexicon() {
    }

    /** The sentences of a text of one paragraph or more (a headline first, as articles have). */
    static List<Sentence> sentences(String text) {
        return NLP.analyse(text, Layout.of(text));
    }
}
