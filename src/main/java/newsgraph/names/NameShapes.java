package newsgraph.names;

import static newsgraph.lexicon.NameKind.CONCEPT;
import static newsgraph.lexicon.NameKind.COUNTRY;
import static newsgraph.lexicon.NameKind.EVENT_KEY;
import static newsgraph.lexicon.NameKind.FACILITY_KEY;
import static newsgraph.lexicon.NameKind.FEMALE;
import static newsgraph.lexicon.NameKind.FIRST_NAME;
import static newsgraph.lexicon.NameKind.KNOWN_SURNAME;
import static newsgraph.lexicon.NameKind.MALE;
import static newsgraph.lexicon.NameKind.NATIONALITY;
import static newsgraph.lexicon.NameKind.NOT_NAME;
import static newsgraph.lexicon.NameKind.ORGANIZATION;
import static newsgraph.lexicon.NameKind.ORG_KEY;
import static newsgraph.lexicon.NameKind.PERSON;
import static newsgraph.lexicon.NameKind.PLACE;
import static newsgraph.lexicon.NameKind.PLACE_KEY;
import static newsgraph.lexicon.NameKind.SURNAME_PARTICLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKinds;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.BlockKind;
import newsgraph.text.Span;

/**
 * What the parts of the name recogniser ask of words and runs of words alike: does this look like a person's
 * name, an acronym, a web name, an event's name, a site; does a clause open here; is the line in title case.
 * And the one way a name found is written down ({@link #mention}).
 */
final class NameShapes {

    /** A name the sources list. */
    static final NameKinds KNOWN_NAME = NameKinds.of(PERSON, ORGANIZATION, PLACE);
    /** A word that names something or ends names: no unknown given name. */
    private static final NameKinds NAMES_SOMETHING = NameKinds.of(PERSON, ORGANIZATION, PLACE, CONCEPT, ORG_KEY, PLACE_KEY);
    /** Words that are no part of a person's name. */
    private static final NameKinds NO_PERSON_PART = NameKinds.of(ORGANIZATION, PLACE, NATIONALITY, ORG_KEY, PLACE_KEY,
            NOT_NAME);
    /** A first name or a surname WordNet knows. */
    private static final NameKinds PERSONAL_NAME = NameKinds.of(FIRST_NAME, KNOWN_SURNAME);
    /** A word that ends organisation or facility names. */
    private static final NameKinds ORG_OR_FACILITY_KEY = NameKinds.of(ORG_KEY, FACILITY_KEY);
    private static final NameKinds GENDERED = NameKinds.of(MALE, FEMALE);

    private final Lexicon lexicon;
    /** Words that join capitalised words into one name: "Church of the Open Door", "Charles de Gaulle". */
    final Set<String> connectors;
    /** Nouns that follow an organisation's name: "Unity sources", "Unity leader", "Tory MPs". */
    private final Set<String> organisationWords;
    /** Organisation words that follow a person's name as well: "the Okafor government". */
    final Set<String> personLedBodies;
    private final Set<String> creditLabels;
    private final Set<String> siteCentreWords;

    NameShapes(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.connectors = lexicon.words(WordList.NAME_CONNECTORS);
        this.organisationWords = lexicon.words(WordList.ORGANISATION_WORDS);
        this.personLedBodies = lexicon.words(WordList.PERSON_LED_BODIES);
        this.creditLabels = lexicon.words(WordList.CREDIT_LABELS);
        this.siteCentreWords = lexicon.words(WordList.SITE_CENTRE_WORDS);
    }

    /** Whether the token opens a clause: the sentence's first word, or the first after an opening quote or colon. */
    static boolean isClauseInitial(Sentence s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = s.token(j);
            if (t.isWord()) {
                return false;
            }
            switch (t.text()) {
                case "“", "\"", "‘", "'", ":", "(", "—", "–", "-" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** "Image:" / "Photo:" inside a caption: what follows is a credit, not a name in the story. */
    boolean isCreditLabel(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.token(i + 1).text().equals(":")) {
            return false;
        }
        return creditLabels.contains(s.token(i).lower());
    }

    /** Right after a name: a possessive, or a word only organisations take ("sources", "spokesman"). */
    boolean organisationContext(Sentence s, int end) {
        if (end >= s.size()) {
            return false;
        }
        Token next = s.token(end);
        return next.norm().equals("'s") || organisationWords.contains(next.lower());
    }

    /**
     * Where the fields of an organisation's name begin in tokens [start, end): after its first organisation keyword
     * followed by a lower-case "of", "on" or "for" ("Council on …", "Institute of …"); -1 when there is none.
     */
    int organisationFieldsFrom(List<Token> tokens, int start, int end) {
        for (int k = start; k + 1 < end; k++) {
            Token next = tokens.get(k + 1);
            String word = next.lower();
            if (lexicon.kinds(tokens.get(k).key()).has(ORG_KEY) && !next.isCapitalised()
                    && (word.equals("of") || word.equals("on") || word.equals("for"))) {
                return k + 2;
            }
        }
        return -1;
    }

    /** "Unity sources", "Unity leader": a word after the name that only organisations take. */
    boolean beforeOrganisationWord(NameMention m, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentence());
        return m.end() < s.size() && organisationWords.contains(s.token(m.end()).lower());
    }

    /**
     * Tokens [start, end) could be a person's name: capitalised, no acronym, nothing the lists call a place,
     * organisation, nationality or keyword, no ordinary English word unless a first name comes before it.
     */
    boolean looksLikePersonName(List<Token> tokens, int start, int end) {
        NameKinds f0 = lexicon.kinds(tokens.get(start).key());
        // a listed first name, or a word that is no English word and names nothing else ("Thaddeus", "Lorcan")
        boolean firstName = f0.has(FIRST_NAME) || !f0.hasAny(NAMES_SOMETHING)
                && !lexicon.isCommonWord(tokens.get(start).lower()) && end - start >= 2;
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            String key = t.lower();
            NameKinds f = lexicon.kinds(t.key());
            if (f.has(SURNAME_PARTICLE) || key.startsWith("al-")) {
                continue;
            }
            if (!t.isCapitalised() || isAcronym(t.text())) {
                return false;
            }
            if (f.hasAny(NO_PERSON_PART)) {
                return false;
            }
            // the hyphen is looked for in the text, not in the key: a key is lower case, and the lower case of a
            // letter may be longer than the letter ("İ" is two characters lower case)
            String text = t.text();
            int hyphen = text.indexOf('-');
            if (hyphen > 0 && hyphen + 1 < text.length() && Character.isLowerCase(text.charAt(hyphen + 1))) {
                continue; // "Mei-ling", "Wai-man": romanised given names, not English words
            }
            String base = key.contains("-") ? key.substring(0, key.indexOf('-')) : key;
            // short syllables of Asian names ("Su Ye", "Lo", "Tan") are not taken for English words
            // after a first name, surnames may be words too ("Owen Kettle", "Nigel Marsh")
            if (base.length() > 3 && lexicon.isCommonWord(base) && !f.hasAny(PERSONAL_NAME)
                    && !(firstName && i > start)) {
                return false;
            }
            if (f.has(CONCEPT) && !f.hasAny(PERSONAL_NAME)) {
                return false;
            }
        }
        return true;
    }

    /** CamelCase or a web domain: the names of sites, apps and media companies. */
    static boolean looksLikeWebName(String word) {
        if (word.matches("[A-Za-z0-9-]+\\.(?:com|org|net|co\\.uk|co|io|gov|edu|info)")) {
            return true;
        }
        if (word.matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+[\\p{L}]*") && !word.startsWith("Mc") && !word.startsWith("Mac")) {
            return true; // "FactWire", "YouTube" — not "McConnell"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 6 && (lower.endsWith("news") || lower.endsWith("media") || lower.endsWith("soft"));
    }

    /** Whether the run's last words make it an event's name: "Founders Day", "World Cup". */
    boolean namesEvent(List<Token> tokens, int start, int end) {
        while (end > start && !tokens.get(end - 1).isWord()) {
            end--;
        }
        if (end <= start) {
            return false;
        }
        if (end - start >= 3 && lexicon.kinds(tokens.get(end - 1).key()).has(COUNTRY)) {
            // rule "event-of-country": "Harwick Expo Canada", "Harwick Festival Britain": an edition in a country
            NameKinds key = lexicon.kinds(tokens.get(end - 2).key());
            if (key.has(EVENT_KEY) && !key.hasAny(ORG_OR_FACILITY_KEY) && !key.has(FIRST_NAME)) {
                return true;
            }
        }
        NameKinds lastFlags = lexicon.kinds(tokens.get(end - 1).key());
        // "Bill", "Doris Day": a first name, or a word after one, is a person's name
        NameKinds before = lexicon.kinds(tokens.get(Math.max(start, end - 2)).key());
        return lastFlags.has(EVENT_KEY) && !lastFlags.hasAny(ORG_OR_FACILITY_KEY)
                && !before.has(FIRST_NAME)
                || end - start >= 2 && lexicon.kinds(keys(tokens, end - 2, end)).has(EVENT_KEY);
    }

    /** "Halden Space Center", "Greater Harwick Convention Centre": a centre that is a site, not "Centre for X". */
    boolean isSiteCentre(List<Token> tokens, int start, int end) {
        String last = tokens.get(end - 1).lower();
        if (!last.equals("center") && !last.equals("centre")) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (connectors.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        String before = end - 2 >= start ? tokens.get(end - 2).lower() : "";
        return siteCentreWords.contains(before);
    }

    /** A headline or heading written in title case: its capitals say nothing about names. */
    boolean isTitleCase(Sentence s) {
        if (s.block().kind() != BlockKind.HEADLINE && s.block().kind() != BlockKind.HEADING) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                if (t.isCapitalised()) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    /** A title that is only a courtesy, no role: "Mr", "Dame", "Prof." ({@link Lexicon#isCourtesyTitle}). */
    boolean isCourtesyTitle(String title) {
        return lexicon.isCourtesyTitle(title);
    }

    static boolean allAcronyms(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isAcronym(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2 && letters <= 8;
    }

    // ------------------------------------------------------------------ writing a name down

    /**
     * A name over tokens [start, end) of a sentence: its type (null: only the document can tell), the rule
     * that decided it, the titles written before it ({@code full}: their span, or null), its role, whom the
     * role belongs to, its gender.
     */
    static NameMention mention(Sentence s, int start, int end, EntityType type, String rule, Span full, String role,
                               String roleOf, char gender) {
        List<Token> tokens = s.tokens();
        Span span = new Span(tokens.get(start).begin(), tokens.get(end - 1).end());
        Span fullSpan = full == null ? span : full.union(span);
        return new NameMention(s.index(), start, end, span, text(tokens, start, end), type, rule, fullSpan, role, roleOf,
                gender);
    }

    static EntityType typeOf(NameKinds kinds) {
        if (kinds.has(PLACE)) {
            return EntityType.PLACE;
        }
        if (kinds.has(ORGANIZATION)) {
            return EntityType.ORGANIZATION;
        }
        return EntityType.PERSON;
    }

    /** The gender the kinds say ('m', 'f', or '?' when they say none or both), unless one is known already. */
    static char gender(NameKinds kinds, char known) {
        if (known != '?') {
            return known;
        }
        if (!kinds.hasAny(GENDERED)) {
            return '?';
        }
        boolean m = kinds.has(MALE);
        boolean f = kinds.has(FEMALE);
        return m == f ? '?' : m ? 'm' : 'f';
    }

    static Span extend(Span full, List<Token> tokens, int from, int to) {
        Span s = new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
        return full == null ? s : full.union(s);
    }

    static List<String> keys(List<Token> tokens, int from, int to) {
        List<String> keys = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            keys.add(tokens.get(i).key());
        }
        return keys;
    }

    static String keyText(List<Token> tokens, int from, int to) {
        return String.join(" ", keys(tokens, from, to));
    }

    /** The words of tokens [from, to), a space where the text has one between them. */
    static String text(List<Token> tokens, int from, int to) {
        return Token.joined(tokens, from, to);
    }
}
