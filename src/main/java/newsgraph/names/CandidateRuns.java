package newsgraph.names;

import static newsgraph.lexicon.NameKind.FACILITY_KEY;
import static newsgraph.lexicon.NameKind.FIRST_NAME;
import static newsgraph.lexicon.NameKind.HONORIFIC;
import static newsgraph.lexicon.NameKind.KNOWN_SURNAME;
import static newsgraph.lexicon.NameKind.MEDIA_KEY;
import static newsgraph.lexicon.NameKind.NATIONALITY;
import static newsgraph.lexicon.NameKind.NOT_NAME;
import static newsgraph.lexicon.NameKind.ORGANIZATION;
import static newsgraph.lexicon.NameKind.ORG_KEY;
import static newsgraph.lexicon.NameKind.PERSON;
import static newsgraph.lexicon.NameKind.PLACE;
import static newsgraph.lexicon.NameKind.PLACE_KEY;
import static newsgraph.lexicon.NameKind.ROLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKinds;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * The first part of the name recogniser: runs of capitalised tokens that may be names, joined across
 * connectors inside names made that way ("Church of the Open Door", "Food and Drug Administration"). A
 * capitalised word opening a clause counts only when it could not be an ordinary word; pronouns, credit labels
 * and words that are never names do not count.
 */
final class CandidateRuns {

    /** A listed name or a first name. */
    private static final NameKinds KNOWN_OR_FIRST_NAME = NameKinds.of(PERSON, ORGANIZATION, PLACE, FIRST_NAME);
    /** A title or a listed name. */
    private static final NameKinds TITLE_OR_KNOWN_NAME = NameKinds.of(ROLE, HONORIFIC, PERSON, ORGANIZATION, PLACE);
    /** What makes a capitalised first word of a sentence a name: the lists know it. */
    private static final NameKinds NAME_EVIDENCE = NameKinds.of(PERSON, ORGANIZATION, PLACE, FIRST_NAME, HONORIFIC,
            NATIONALITY, KNOWN_SURNAME);
    /** A word that ends the names of organisations, media or places. */
    private static final NameKinds NAME_KEYWORD = NameKinds.of(ORG_KEY, MEDIA_KEY, PLACE_KEY);
    /** A word that ends organisation or place names. */
    private static final NameKinds ORG_OR_PLACE_KEY = NameKinds.of(ORG_KEY, PLACE_KEY);
    /** A word that ends organisation or building names. */
    private static final NameKinds ORG_OR_FACILITY_KEY = NameKinds.of(ORG_KEY, FACILITY_KEY);
    /** Words whose names go on after "of": "University of …", "Gulf of …", "Secretary of …". */
    private static final NameKinds JOINS_BY_CONNECTOR = NameKinds.of(ORG_KEY, PLACE_KEY, ROLE);

    private final Lexicon lexicon;
    private final NameShapes shapes;
    /** Words that open sentences capitalised and never begin a name. */
    private final Set<String> sentenceOpeners;

    CandidateRuns(Lexicon lexicon, NameShapes shapes) {
        this.lexicon = lexicon;
        this.shapes = shapes;
        this.sentenceOpeners = lexicon.words(WordList.SENTENCE_OPENERS);
    }

    /** The runs of a sentence, as token ranges {start, end}, in order. */
    List<int[]> of(Sentence s) {
        List<int[]> runs = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            if (!isNameToken(s, i)) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end < n) {
                if (isNameToken(s, end)) {
                    end++;
                } else if (possessiveInsideName(s, end)) {
                    end += 2; // rule "possessive-inside-name": "People's Liberation Front", "Sheriff's Department"
                } else if (listInOrganisationName(s, start, end) > end) {
                    end = listInOrganisationName(s, start, end);
                } else if (isConnector(s, start, end)) {
                    int next = end + 1;
                    while (next < n && shapes.connectors.contains(s.token(next).lower()) && !isNameToken(s, next)) {
                        next++;
                    }
                    if (next < n && isNameToken(s, next) && next - end <= 2) {
                        end = next + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            runs.add(new int[] {start, end});
            i = end;
        }
        return runs;
    }

    /**
     * Rule "possessive-inside-name": an ordinary word, "'s" and a capitalised keyword that ends an organisation's
     * or a building's name are one name ("People's Liberation Front", "Los Angeles Sheriff's Department", "Children's
     * Hospital"); a name's own possessive ("Labour's Party conference", "Britain's Army") is none.
     */
    private boolean possessiveInsideName(Sentence s, int end) {
        if (end + 1 >= s.size() || !s.token(end).norm().equals("'s")) {
            return false;
        }
        Token owner = s.token(end - 1);
        Token head = s.token(end + 1);
        boolean last = end + 2 >= s.size() || !isNameToken(s, end + 2);
        return last && head.isWord() && head.isCapitalised() && lexicon.isCommonWord(owner.lower())
                && !lexicon.kinds(owner.key()).hasAny(KNOWN_OR_FIRST_NAME)
                && lexicon.kinds(head.key()).hasAny(ORG_OR_FACILITY_KEY);
    }

    /** Whether token {@code i} may be part of a name. */
    boolean isNameToken(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isWord()) {
            return false;
        }
        String text = t.text();
        int first = text.codePointAt(0);
        String key = t.lower();
        if (!Character.isUpperCase(first)) {
            // particles of surnames between capitalised words: "al-Rashid", "van der", "bin"
            if (key.startsWith("al-") || key.startsWith("el-") || key.startsWith("bin-")) {
                return text.length() > 3 && Character.isUpperCase(text.charAt(3));
            }
            return false;
        }
        if (text.equals("I") || Lexicon.PRONOUN_LIKE.contains(key) && NameShapes.isClauseInitial(s, i)) {
            return false;
        }
        if (shapes.isCreditLabel(s, i) || afterCreditLabel(s, i)) {
            return false;
        }
        NameKinds flags = lexicon.kinds(t.key());
        if (flags.has(NOT_NAME) && flags.has(MEDIA_KEY) && i > 0 && s.token(i - 1).isCapitalised()
                && lexicon.kinds(s.token(i - 1).key()).has(PLACE)) {
            return true; // rule "paper-of-place": "Halden Sun", "Baltimore Sun" — not Sunday's abbreviation
        }
        if (flags.has(NOT_NAME) && afterFirstNameOrTitle(s, i)) {
            return true; // "Theresa May", "Mrs May": a surname that is also a month
        }
        if (flags.has(NOT_NAME) && !flags.hasAny(KNOWN_OR_FIRST_NAME)) {
            return false;
        }
        if (flags.has(NOT_NAME) && !(i + 1 < s.size() && s.token(i + 1).isCapitalised())) {
            return false;
        }
        if (NameShapes.isClauseInitial(s, i)) {
            if (isDescriptorBeforeName(text)) {
                return false; // rule "descriptor-before-name": "Pan-democrat Dorota Wenzel", "Ex-minister Tom Bell"
            }
            if (lexicon.longestMatch(s.tokens(), i, s.size(), TITLE_OR_KNOWN_NAME, Token::key) > i + 1) {
                return true;
            }
            if (endsInKeyword(s, i)) {
                return true;
            }
            // a capitalised first word is a name only if it could not be an ordinary word
            boolean known = flags.hasAny(NAME_EVIDENCE);
            boolean common = lexicon.isCommonWord(key);
            if (sentenceOpeners.contains(key)) {
                return false;
            }
            if (common && !known) {
                return i + 1 < s.size() && s.token(i + 1).isCapitalised() && "PROPN".equals(t.tag())
                        && isNameToken(s, i + 1) && !lexicon.isCommonWord(s.token(i + 1).lower());
            }
            if (!common && !known && !"PROPN".equals(t.tag()) && !"NOUN".equals(t.tag()) && !NameShapes.isAcronym(text)) {
                return i + 1 < s.size() && s.token(i + 1).isCapitalised();
            }
        }
        return true;
    }

    /**
     * Rule "descriptor-before-name": a word opening a clause that is an ordinary prefix, a hyphen and an ordinary
     * noun of five letters or more in lower case ("Pan-democrat", "Ex-minister") describes the name after it and is no
     * part of it; the syllables of romanised given names are short ("Mei-ling", "Kwok-hung").
     */
    private boolean isDescriptorBeforeName(String text) {
        int hyphen = text.indexOf('-');
        if (hyphen < 2 || hyphen + 4 > text.length() || text.indexOf('-', hyphen + 1) >= 0
                || !Character.isLowerCase(text.charAt(hyphen + 1))) {
            return false;
        }
        String prefix = text.substring(0, hyphen).toLowerCase(Locale.ROOT);
        String rest = text.substring(hyphen + 1);
        return lexicon.isCommonWord(prefix) && lexicon.isCommonWord(rest) && rest.length() > 4
                && !lexicon.kinds(Lexicon.key(text)).hasAny(KNOWN_OR_FIRST_NAME);
    }

    private boolean afterFirstNameOrTitle(Sentence s, int i) {
        if (i == 0 || i + 1 < s.size() && "NUM".equals(s.token(i + 1).tag())) {
            return false;
        }
        Token prev = s.token(i - 1);
        NameKinds f = lexicon.kinds(prev.key());
        return prev.isCapitalised() && (f.has(FIRST_NAME) && !f.has(NOT_NAME) || shapes.isCourtesyTitle(prev.text()));
    }

    private boolean afterCreditLabel(Sentence s, int i) {
        for (int j = i - 1; j > 0; j--) {
            if (shapes.isCreditLabel(s, j - 1) && s.token(j).text().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** "Coastal Safety Authority said": capitalised words from here on end in an organisation or place keyword. */
    private boolean endsInKeyword(Sentence s, int i) {
        int j = i + 1;
        while (j < s.size() && s.token(j).isCapitalised() && s.token(j).isWord()) {
            j++;
        }
        return j - 1 > i && lexicon.kinds(s.token(j - 1).key()).hasAny(NAME_KEYWORD);
    }

    /** Whether the words of tokens [start, end) come again right after the token at {@code end}. */
    private static boolean repeatsAfter(Sentence s, int start, int end) {
        int n = end - start;
        if (end + 1 + n > s.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!s.token(start + k).key().equals(s.token(end + 1 + k).key())) {
                return false;
            }
        }
        return true;
    }

    private boolean isConnector(Sentence s, int start, int end) {
        String key = s.token(end).lower();
        if (!shapes.connectors.contains(key)) {
            return false;
        }
        if (end + 1 < s.size() && s.token(end + 1).text().chars().anyMatch(Character::isDigit)) {
            return false; // "Space Center on STS-1": a code, not more of the name
        }
        // only inside names that are made that way: "Church of the Open Door", "University of Vermont",
        // "Gulf of Mexico", "Secretary of State", and names the lists know whole
        int m = lexicon.longestMatch(s.tokens(), start, s.size(), NameShapes.KNOWN_NAME, Token::key);
        if (m > end) {
            return true;
        }
        if (key.equals("-") && s.token(end - 1).isCapitalised() && end + 1 < s.size() && s.token(end + 1).isCapitalised()
                && shapes.organisationFieldsFrom(s.tokens(), start, end) >= 0) {
            // "Council on Arab - American Trade": a hyphen written apart inside the fields of an organisation's name
            return true;
        }
        if (key.equals("and") || key.equals("&") || key.equals("-")) {
            // "Food and Drug Administration": joined only when the part before has no keyword of its own
            // and the part after ends in one; not when the part after begins with the part before again, as two
            // organisations of one name do ("Pebble and Pebble Records")
            if (lexicon.kinds(s.token(end - 1).key()).hasAny(ORG_OR_PLACE_KEY) || repeatsAfter(s, start, end)) {
                return false;
            }
            int j = end + 1;
            while (j < s.size() && (s.token(j).isCapitalised() || shapes.connectors.contains(s.token(j).lower()))) {
                j++;
            }
            return j - 1 > end && lexicon.kinds(s.token(j - 1).key()).has(ORG_KEY);
        }
        for (int k = start; k < end; k++) {
            NameKinds f = lexicon.kinds(s.token(k).key());
            // a role joins only what follows it at once ("Secretary of State"), not what follows the name after
            // it: "Senator Margaret Okafor | of New Mexico"
            if (f.hasAny(ORG_OR_PLACE_KEY) || f.has(ROLE) && k == end - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a list of fields closing an organisation's name, or {@code end}: after an organisation keyword
     * and "of"/"for", capitalised ordinary words joined by commas and "and" are the name's fields —
     * "Department for Culture, Media and Sport", "Union of Retired Miners and Steelworkers" — while a name
     * after "and" is someone else: "the Ministry of Defence and Helen Garrow".
     */
    private int listInOrganisationName(Sentence s, int start, int end) {
        String key = s.token(end).lower();
        if (!key.equals("and") && !key.equals(",") || !fieldsOfOrganisation(s, start, end)) {
            return end;
        }
        int n = s.size();
        int k = end;
        while (k < n && s.token(k).text().equals(",")) {
            int w = k + 1;
            if (w >= n || !isFieldWord(s, w)) {
                return end;
            }
            while (w < n && isFieldWord(s, w)) {
                w++;
            }
            k = w;
        }
        if (k >= n || !s.token(k).lower().equals("and") || k + 1 >= n || !isFieldWord(s, k + 1)) {
            return end;
        }
        int w = k + 1;
        while (w < n && isFieldWord(s, w)) {
            w++;
        }
        return w;
    }

    /** The run so far is an organisation keyword, "of" or "for", and ordinary capitalised words. */
    private boolean fieldsOfOrganisation(Sentence s, int start, int end) {
        for (int k = start; k + 2 <= end; k++) {
            String next = s.token(k + 1).lower();
            if (lexicon.kinds(s.token(k).key()).has(ORG_KEY) && (next.equals("of") || next.equals("for"))) {
                for (int j = k + 2; j < end; j++) {
                    if (!isFieldWord(s, j) && !shapes.connectors.contains(s.token(j).lower())) {
                        return false;
                    }
                }
                return k + 2 < end;
            }
        }
        return false;
    }

    /** A capitalised ordinary word or name keyword that names no one: "Culture", "Media", "Steelworkers". */
    private boolean isFieldWord(Sentence s, int i) {
        Token t = s.token(i);
        NameKinds kinds = lexicon.kinds(t.key());
        return t.isWord() && t.isCapitalised() && !kinds.hasAny(KNOWN_OR_FIRST_NAME)
                && (lexicon.isCommonWord(t.lower()) || kinds.hasAny(NAME_KEYWORD));
    }
}
