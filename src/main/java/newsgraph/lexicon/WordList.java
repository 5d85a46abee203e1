package newsgraph.lexicon;

import java.util.EnumSet;
import java.util.Set;

/**
 * The hand-written word lists of the lexicon: general English vocabulary, one resource file each under
 * {@code newsgraph/lexicon/} (one entry per line, {@code #} comments). Lists with {@link NameKind}s feed the
 * lexicon's name lookups; tables give each entry (its first word) a value (the rest of its line).
 */
public enum WordList {
    // words that make or end names, looked up like the gazetteers' entries
    ROLES("roles", NameKind.ROLE),
    HONORIFICS("honorifics", NameKind.HONORIFIC),
    MALE_WORDS("male-words", NameKind.MALE),
    FEMALE_WORDS("female-words", NameKind.FEMALE),
    ORGANISATION_KEYWORDS("organisation-keywords", NameKind.ORG_KEY),
    MEDIA_KEYWORDS("media-keywords", NameKind.MEDIA_KEY),
    PLACE_KEYWORDS("place-keywords", NameKind.PLACE_KEY),
    FACILITY_KEYWORDS("facility-keywords", NameKind.FACILITY_KEY, NameKind.PLACE_KEY),
    EVENT_KEYWORDS("event-keywords", NameKind.EVENT_KEY),
    PLACE_PREFIXES("place-prefixes", NameKind.PLACE_PREKEY),
    NOT_NAMES("not-names", NameKind.NOT_NAME),
    /** Table: demonym → the country's English name. */
    DEMONYMS("demonyms"),

    // names: how runs of capitalised words are cut and typed
    NAME_CONNECTORS("name-connectors"),
    NAME_PARTICLES("name-particles"),
    SURNAME_LIKE_KEYWORDS("surname-like-keywords"),
    STRONG_MEDIA_KEYWORDS("strong-media-keywords"),
    ORGANISATION_WORDS("organisation-words"),
    PERSON_LED_BODIES("person-led-bodies"),
    SENTENCE_OPENERS("sentence-openers"),
    CREDIT_LABELS("credit-labels"),
    COURTESY_TITLES("courtesy-titles"),
    SITE_CENTRE_WORDS("site-centre-words"),
    /** Kinds of vehicles and craft whose names follow them: "Space Shuttle Kestrel" is a vehicle's name. */
    VEHICLE_WORDS("vehicle-words"),

    // speakers: reporting cues and the phrases that name who speaks
    /** Table: lemma → frame and properties. */
    REPORTING_VERBS("reporting-verbs"),
    NOMINAL_CUES("nominal-cues"),
    LIGHT_VERBS("light-verbs"),
    ADVERBS_BEFORE_VERBS("adverbs-before-verbs"),
    NEGATIONS("negations"),
    ASIDE_OPENERS("aside-openers"),
    PARTICIPLE_ADJECTIVES("participle-adjectives"),
    SPOKESPEOPLE("spokespeople"),
    GROUP_NOUNS("group-nouns"),
    DOCUMENTS("documents"),
    /** Table: noun → "nearest" when it refers to the organisation named last, whatever its name. */
    ORGANISATION_DESCRIPTIONS("organisation-descriptions"),
    /** Table: noun → the kind of place it means ("country", "city"), or nothing. */
    PLACE_DESCRIPTIONS("place-descriptions"),
    /** Table: a noun that describes a person ("the boy", "the woman") → the gender it says, "m" or "f". */
    PERSON_DESCRIPTIONS("person-descriptions"),
    /** Nouns for a side in sport ("the team"): in a player's or coach's words, the speaker's own side. */
    TEAM_NOUNS("team-nouns"),

    // entities: what two names of one organisation may differ by
    ORGANISATION_SUFFIXES("organisation-suffixes"),
    /** The legal forms of companies ("Inc.", "plc", "NV"): "Acme Inc." is Acme's own name with its form. */
    COMPANY_FORMS("company-forms"),
    ORGANISATION_COUNTRY_PREFIXES("organisation-country-prefixes"),
    ORGANISATION_HEADS("organisation-heads"),
    /** Roles held only in an organisation: the capitalised words before them name it ("Pebble CEO Laura Hart"). */
    ORGANISATION_ROLES("organisation-roles"),
    /** Last words of buildings' names that organisations bear too: the name at a site is the place ("at the X Center"). */
    VENUE_WORDS("venue-words"),

    // tokens and sentences
    TITLE_ABBREVIATIONS("title-abbreviations"),
    DOTTED_ABBREVIATIONS("dotted-abbreviations");

    private static final Set<WordList> TABLES = EnumSet.of(DEMONYMS, REPORTING_VERBS, ORGANISATION_DESCRIPTIONS,
            PLACE_DESCRIPTIONS, PERSON_DESCRIPTIONS);

    private final String file;
    private final NameKinds kinds;

    WordList(String file, NameKind... kinds) {
        this.file = file;
        this.kinds = NameKinds.of(kinds);
    }

    /** The resource that holds the list. */
    public String resource() {
        return "/newsgraph/lexicon/" + file + ".txt";
    }

    /** What the list's entries are as names (none for lists that are not looked up as names). */
    public NameKinds kinds() {
        return kinds;
    }

    /** Whether each line is an entry (its first word) and a value (the rest), rather than one entry. */
    public boolean isTable() {
        return TABLES.contains(this);
    }
}
