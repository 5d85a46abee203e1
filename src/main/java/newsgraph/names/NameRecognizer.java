package newsgraph.names;

import static newsgraph.names.NameLists.CONCEPT;
import static newsgraph.names.NameLists.COUNTRY;
import static newsgraph.names.NameLists.EVENT_KEY;
import static newsgraph.names.NameLists.FACILITY_KEY;
import static newsgraph.names.NameLists.FEMALE;
import static newsgraph.names.NameLists.FIRST_NAME;
import static newsgraph.names.NameLists.HONORIFIC;
import static newsgraph.names.NameLists.KNOWN_SURNAME;
import static newsgraph.names.NameLists.MALE;
import static newsgraph.names.NameLists.MEDIA_KEY;
import static newsgraph.names.NameLists.NATIONALITY;
import static newsgraph.names.NameLists.NOT_NAME;
import static newsgraph.names.NameLists.ORGANIZATION;
import static newsgraph.names.NameLists.ORG_KEY;
import static newsgraph.names.NameLists.PERSON;
import static newsgraph.names.NameLists.PLACE;
import static newsgraph.names.NameLists.PLACE_KEY;
import static newsgraph.names.NameLists.PLACE_PREKEY;
import static newsgraph.names.NameLists.ROLE;
import static newsgraph.names.NameLists.SURNAME_PARTICLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.BlockKind;
import newsgraph.text.Span;

/**
 * Finds the names of people, organisations and places in an article without a trained model: runs of
 * capitalised tokens are cut at titles, roles and known names from {@link NameLists}, each part is typed
 * by ordered naming rules (a known name, an organisation or place keyword, a title, a first name, the
 * shape of the name), and then document-level evidence settles the rest: a bare surname is the person
 * named in full elsewhere, a known name is recognised in a title-case headline, one name keeps one type.
 *
 * <p>Configured once (the lists), then {@link #find} is a pure function of the sentences; safe to share
 * between threads.
 */
public final class NameRecognizer {

    private static final int KNOWN_NAME = PERSON | ORGANIZATION | PLACE;
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "the", "de", "del", "du", "da",
            "la", "le", "von", "van", "der", "den", "&", "-", "y", "al", "el", "bin", "ibn", "di");
    private static final Set<String> PRONOUN_LIKE = Set.of("i", "he", "she", "it", "we", "they", "you", "his",
            "her", "its", "our", "their", "my", "your", "this", "that", "these", "those", "there", "here", "a",
            "an", "the", "mr", "mrs", "ms");

    /** Place keywords that are also common surnames: "Dora Ellen Hill" is a person, "Capitol Hill" a place. */
    private static final Set<String> SURNAME_LIKE_KEYS = Set.of("hill", "hall", "park", "field", "wood", "ford",
            "lake", "bridge", "bridges", "brook", "banks", "rivers", "street", "church", "house", "king", "temple",
            "city", "forest", "heights", "beach", "springs", "palace", "gallery", "towers", "castle");

    /** Words that make a media name even after a first name: "Lakeside News", "Harwick Evening Herald". */
    private static final Set<String> STRONG_MEDIA_KEYS = Set.of("news", "gazette", "herald", "tribune", "chronicle",
            "journal", "telegraph", "observer", "magazine", "weekly", "daily", "times", "broadcasting", "radio",
            "television", "tv");
    private static final Set<String> PARTICLES = Set.of("le", "la", "de", "del", "della", "di", "da", "du", "van",
            "von", "der", "den", "al", "el", "bin", "ibn", "ben", "st", "st.", "mac", "mc", "o'");

    /** Nouns that follow an organisation's name: "Unity sources", "Unity leader", "Tory MPs". */
    private static final Set<String> ORGANISATION_WORDS = Set.of("sources", "source", "spokesman", "spokeswoman",
            "spokesperson", "officials", "official", "leader", "leaders", "members", "mps", "councillors", "government",
            "chairman", "chief", "spokespeople", "supporters", "voters", "activists", "headquarters", "ministers");

    /** Closed-class words that open sentences capitalised and never begin a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("for", "and", "but", "or", "in", "on", "at", "to",
            "from", "with", "by", "as", "after", "before", "while", "when", "if", "of", "the", "a", "an", "this",
            "that", "these", "those", "since", "until", "during", "although", "though", "because", "so", "yet",
            "also", "however", "meanwhile", "earlier", "later", "according", "asked", "speaking", "instead", "despite",
            "under", "over", "about", "into", "through", "between", "among", "without", "within", "where", "what",
            "who", "which", "why", "how", "there", "then", "now", "still", "even", "just", "some", "many", "most",
            "all", "both", "each", "every", "no", "not", "once", "twice", "only", "last", "next", "first");

    private final NameLists lists;

    public NameRecognizer(NameLists lists) {
        this.lists = lists;
    }

    /** Names of an article, in text order, from sentences of blocks that carry entities. */
    public List<NameMention> find(List<Sentence> sentences) {
        List<NameMention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.block().kind().carriesEntities()) {
                continue;
            }
            if (isTitleCase(s)) {
                continue;
            }
            for (int[] run : runs(s)) {
                segment(s, run[0], run[1], found);
            }
        }
        found = settleWithDocument(found, sentences);
        // names the article uses elsewhere, where the rules alone missed them ("Garside stated" opening a
        // sentence); title-case lines (most headlines) get only these and full names the lists know
        List<NameMention> before = List.copyOf(found);
        KnownNames known = KnownNames.of(before);
        Map<String, NameMention> surnames = new HashMap<>();
        for (NameMention m : before) {
            if (m.type() == EntityType.PERSON && m.tokenCount() >= 2) {
                String[] parts = m.text().split("\\s+");
                surnames.putIfAbsent(Token.keyOf(parts[parts.length - 1]), m);
            }
        }
        for (Sentence s : sentences) {
            if (!s.block().kind().carriesEntities()) {
                continue;
            }
            for (NameMention m : knownNamesIn(s, known)) {
                if (found.stream().noneMatch(f -> f.span().overlaps(m.span()))) {
                    found.add(m);
                }
            }
            // "Cook wrote", "Ives said": the surname of a person named in full, even where it is also a word
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                NameMention person = t.isCapitalised() ? surnames.get(t.key()) : null;
                if (person != null && !isCreditLabel(s, i)) {
                    Span span = t.span();
                    if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
                        found.add(mention(s, i, i + 1, EntityType.PERSON, "part-of-full-name", null, null, null,
                                person.gender()));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(NameMention::span));
        return List.copyOf(withRolesBefore(found, sentences));
    }

    /**
     * "Unity leader Alan Hartwell", "Acme co-founder Lena Brook", "Peru's coach Diego Salvatierra":
     * role words written before a person's name, and the organisation or place named before them.
     */
    private List<NameMention> withRolesBefore(List<NameMention> found, List<Sentence> sentences) {
        List<NameMention> out = new ArrayList<>(found.size());
        for (int n = 0; n < found.size(); n++) {
            NameMention m = found.get(n);
            if (m.type() != EntityType.PERSON || m.role() != null && m.roleOf() != null) {
                out.add(m);
                continue;
            }
            Sentence s = sentences.get(m.sentence());
            int start = m.full() != null && !m.full().equals(m.span()) ? tokenAt(s, m.full().begin()) : m.start();
            int k = start - 1;
            boolean role = false;
            while (k >= 0 && s.token(k).isWord() && k >= start - 3 && !insideMention(found, m.sentence(), k)
                    && !(("VERB".equals(s.token(k).tag()) || "AUX".equals(s.token(k).tag())) && !s.token(k).isCapitalised()
                    && (lists.flags(s.token(k).key()) & ROLE) == 0)) {
                if ((lists.flags(s.token(k).key()) & ROLE) != 0) {
                    role = true;
                }
                k--;
            }
            int roleStart = k + 1;
            if (!role || roleStart >= start) {
                out.add(m);
                continue;
            }
            int ownerEnd = k >= 0 && s.token(k).norm().equals("'s") ? k : k + 1;
            NameMention owner = null;
            for (NameMention o : found) {
                if (o.sentence() == m.sentence() && o.end() == ownerEnd && o.type() != EntityType.PERSON) {
                    owner = o;
                }
            }
            String title = text(s.tokens(), roleStart, start) + (m.role() == null ? "" : " " + m.role());
            out.add(new NameMention(m.sentence(), m.start(), m.end(), m.span(), m.text(), m.type(), m.rule(),
                    m.full(), title, owner == null ? m.roleOf() : owner.text(), m.gender()));
        }
        return out;
    }

    private static boolean insideMention(List<NameMention> found, int sentence, int token) {
        for (NameMention o : found) {
            if (o.sentence() == sentence && o.start() <= token && token < o.end()) {
                return true;
            }
        }
        return false;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() >= offset) {
                return i;
            }
        }
        return s.size();
    }

    // ------------------------------------------------------------------ runs of capitalised tokens

    private List<int[]> runs(Sentence s) {
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
                } else if (isConnector(s, start, end)) {
                    int next = end + 1;
                    while (next < n && CONNECTORS.contains(s.token(next).lower()) && !isNameToken(s, next)) {
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

    private boolean isNameToken(Sentence s, int i) {
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
        if (text.equals("I") || PRONOUN_LIKE.contains(key) && isClauseInitial(s, i)) {
            return false;
        }
        if (isCreditLabel(s, i) || afterCreditLabel(s, i)) {
            return false;
        }
        int flags = lists.flags(t.key());
        if ((flags & NOT_NAME) != 0 && afterFirstNameOrTitle(s, i)) {
            return true; // "Theresa May", "Mrs May": a surname that is also a month
        }
        if ((flags & NOT_NAME) != 0 && (flags & (KNOWN_NAME | FIRST_NAME)) == 0) {
            return false;
        }
        if ((flags & NOT_NAME) != 0 && !(i + 1 < s.size() && s.token(i + 1).isCapitalised())) {
            return false;
        }
        if (isClauseInitial(s, i)) {
            if (lists.longestMatch(s.tokens(), i, s.size(), ROLE | HONORIFIC | KNOWN_NAME, Token::key) > i + 1) {
                return true;
            }
            if (endsInKeyword(s, i)) {
                return true;
            }
            // a capitalised first word is a name only if it could not be an ordinary word
            boolean known = (flags & (KNOWN_NAME | FIRST_NAME | HONORIFIC | NATIONALITY | KNOWN_SURNAME)) != 0;
            boolean common = lists.isCommonWord(key);
            if (FUNCTION_WORDS.contains(key)) {
                return false;
            }
            if (common && !known) {
                return i + 1 < s.size() && s.token(i + 1).isCapitalised() && "PROPN".equals(t.tag())
                        && isNameToken(s, i + 1) && !lists.isCommonWord(s.token(i + 1).lower());
            }
            if (!common && !known && !"PROPN".equals(t.tag()) && !"NOUN".equals(t.tag()) && !isAcronym(text)) {
                return i + 1 < s.size() && s.token(i + 1).isCapitalised();
            }
        }
        return true;
    }

    private boolean afterFirstNameOrTitle(Sentence s, int i) {
        if (i == 0 || i + 1 < s.size() && "NUM".equals(s.token(i + 1).tag())) {
            return false;
        }
        Token prev = s.token(i - 1);
        int f = lists.flags(prev.key());
        return prev.isCapitalised() && ((f & FIRST_NAME) != 0 && (f & NOT_NAME) == 0 || isHonorificOnly(prev.text()));
    }

    /** "Image:" / "Photo:" inside a caption: what follows is a credit, not a name in the story. */
    private static boolean isCreditLabel(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.token(i + 1).text().equals(":")) {
            return false;
        }
        return switch (s.token(i).lower()) {
            case "image", "photo", "picture", "credit", "photograph", "source", "video" -> true;
            default -> false;
        };
    }

    private static boolean afterCreditLabel(Sentence s, int i) {
        for (int j = i - 1; j > 0; j--) {
            if (isCreditLabel(s, j - 1) && s.token(j).text().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token opens a clause: the sentence's first word, or the first after an opening quote or colon. */
    private static boolean isClauseInitial(Sentence s, int i) {
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

    /** "Coastal Safety Authority said": capitalised words from here on end in an organisation or place keyword. */
    private boolean endsInKeyword(Sentence s, int i) {
        int j = i + 1;
        while (j < s.size() && s.token(j).isCapitalised() && s.token(j).isWord()) {
            j++;
        }
        return j - 1 > i && (lists.flags(s.token(j - 1).key()) & (ORG_KEY | MEDIA_KEY | PLACE_KEY)) != 0;
    }

    private boolean isConnector(Sentence s, int start, int end) {
        String key = s.token(end).lower();
        if (!CONNECTORS.contains(key)) {
            return false;
        }
        if (end + 1 < s.size() && s.token(end + 1).text().chars().anyMatch(Character::isDigit)) {
            return false; // "Space Center on STS-1": a code, not more of the name
        }
        // only inside names that are made that way: "Church of the Open Door", "University of Vermont",
        // "Gulf of Mexico", "Secretary of State", and names the lists know whole
        int m = lists.longestMatch(s.tokens(), start, s.size(), KNOWN_NAME, Token::key);
        if (m > end) {
            return true;
        }
        if (key.equals("and") || key.equals("&") || key.equals("-")) {
            // "Food and Drug Administration": joined only when the part before has no keyword of its own
            // and the part after ends in one
            if ((lists.flags(s.token(end - 1).key()) & (ORG_KEY | PLACE_KEY)) != 0) {
                return false;
            }
            int j = end + 1;
            while (j < s.size() && (s.token(j).isCapitalised() || CONNECTORS.contains(s.token(j).lower()))) {
                j++;
            }
            return j - 1 > end && (lists.flags(s.token(j - 1).key()) & ORG_KEY) != 0;
        }
        for (int k = start; k < end; k++) {
            int f = lists.flags(s.token(k).key());
            if ((f & (ORG_KEY | PLACE_KEY | ROLE)) != 0) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ cutting a run into names

    private void segment(Sentence s, int start, int end, List<NameMention> out) {
        List<Token> tokens = s.tokens();
        if (namesEvent(tokens, start, end)) {
            return; // "Harwick City Kite Festival": the place inside an event's name is not mentioned there
        }
        int i = start;
        Span full = null;
        String role = null;
        String roleOf = null;
        char gender = '?';
        boolean titled = false;
        while (i < end) {
            Token t = tokens.get(i);
            if (!t.isWord() && !t.text().equals("&")) {
                i++;
                continue;
            }
            int whole = lists.flags(keys(tokens, i, end));
            if ((whole & ROLE) != 0 && end - i > 1 && !titled) {
                return; // "Secretary of State", "Prime Minister": a role, not a name
            }
            if ((whole & KNOWN_NAME) != 0 && (whole & (ROLE | HONORIFIC)) == 0) {
                EntityType type = titled && (whole & PERSON) == 0 && end - i == 1 ? EntityType.PERSON : typeOf(whole);
                out.add(mention(s, i, end, type, titled ? "title" : "known-name", full, role, roleOf, gender(whole, gender)));
                return;
            }
            int known = lists.longestMatch(tokens, i, end, KNOWN_NAME, Token::key);
            int title = lists.longestMatch(tokens, i, end, ROLE | HONORIFIC, Token::key);
            int nat = lists.longestMatch(tokens, i, end, NATIONALITY, Token::key);
            if (nat > i && nat < end && nat >= known && endsWithOrgKey(tokens, nat, end) && !titled) {
                // "Chilean Broadcasting Corporation", "Portuguese Navy": the adjective is part of the name
                classify(s, i, end, false, full, role, roleOf, gender, out);
                return;
            }
            if (nat > i && nat < end && nat >= known) {
                roleOf = countryName(keyText(tokens, i, nat), tokens, i, nat);
                full = extend(full, tokens, i, nat);
                i = nat;
                continue;
            }
            if (title == i && known == i && nat == i) {
                // "Shadow Health Secretary Helen Kirkby": words that qualify a title written before it
                int[] inner = titleInside(tokens, i, end);
                if (inner != null) {
                    role = text(tokens, i, inner[1]);
                    full = extend(full, tokens, i, inner[1]);
                    titled = true;
                    i = inner[1];
                    continue;
                }
            }
            if (title == i && known == i && i + 2 < end + 0 && i + 1 < end - 1 && (lists.flags(t.key()) & FIRST_NAME) == 0
                    && lists.isCommonWord(t.lower()) && (lists.flags(tokens.get(i + 1).key()) & FIRST_NAME) != 0
                    && !PARTICLES.contains(tokens.get(i + 1).lower()) && looksLikePersonName(tokens, i + 1, end)) {
                // "Farmer Owen Kettle", "Coach Martin Ashdown": a word that describes the person, then the name
                role = t.text();
                full = extend(full, tokens, i, i + 1);
                titled = true;
                i++;
                continue;
            }
            if (title == i + 1 && end == i + 2 && (lists.flags(t.key()) & FIRST_NAME) != 0
                    && !isHonorificOnly(t.text())) {
                // "Dean Farrow": a first name that is also a title
                title = i;
            }
            if (title > i && title < end && title >= known && onlyKeywords(tokens, title, end)) {
                // "Bishop College": a title that names an organisation with its keyword
                classify(s, i, end, false, full, role, roleOf, gender, out);
                return;
            }
            if (title == i + 1 && title < end && (lists.flags(t.key()) & HONORIFIC) == 0
                    && (lists.flags(tokens.get(title).key()) & SURNAME_PARTICLE) != 0 || title == i + 1
                    && title < end && PARTICLES.contains(tokens.get(title).lower()) && (lists.flags(t.key()) & HONORIFIC) == 0) {
                // "Marine Le Pen": a word that could be a title is a first name before a surname particle
                title = i;
            }
            if (title > i && title < end && title >= known) {
                int after = title;
                if (CONNECTORS.contains(tokens.get(after).lower()) && !tokens.get(after).isCapitalised()) {
                    // "Chairman of the Chilean Centre for ...": the role's organisation, not a person
                    while (after < end && CONNECTORS.contains(tokens.get(after).lower())) {
                        after++;
                    }
                    if (after < end && !(end - after == 1 && lists.isCommonWord(tokens.get(after).lower()))) {
                        segment(s, after, end, out); // not "Minister of Transport", but "Chairman of the X Centre"
                    }
                    return;
                }
                String titleText = text(tokens, i, title);
                int f = lists.flags(keys(tokens, i, title));
                if ((f & ROLE) != 0 || role == null) {
                    role = role == null || (f & HONORIFIC) == 0 ? titleText : role;
                }
                if ((f & ROLE) != 0 && !isHonorificOnly(titleText)) {
                    role = titleText;
                }
                if ((f & (MALE | FEMALE)) != 0) {
                    gender = (f & MALE) != 0 ? 'm' : 'f';
                }
                titled = true;
                full = extend(full, tokens, i, title);
                i = title;
                continue;
            }
            if (known == i + 1 && known < end && (lists.flags(t.key()) & FIRST_NAME) != 0
                    && (lists.flags(tokens.get(known).key()) & (KNOWN_NAME | ORG_KEY | PLACE_KEY | MEDIA_KEY)) == 0) {
                // "Florence Dunmore": a first name that is also a place begins a person's name
                known = i;
            }
            if (known > i && known < end) {
                // a known name followed by more: keep together when the rest only adds keywords
                // ("Maine Gazette", "Vermont Police Department"), otherwise the known name stands alone
                int knownFlags = lists.flags(keys(tokens, i, known));
                if (onlyKeywords(tokens, known, end) || (knownFlags & PLACE) != 0 && endsWithOrgKey(tokens, known, end)) {
                    // "Maine Gazette", "U.S. Department of Commerce": one organisation
                    classify(s, i, end, titled, full, role, roleOf, gender, out);
                    return;
                }
                int f = lists.flags(keys(tokens, i, known));
                if (titled || (f & PLACE) != 0 && (f & (ORGANIZATION | PERSON)) == 0 && startsPerson(tokens, known, end)) {
                    // "United States Rahim Daneshvar": a place, then the person
                    if (!titled) {
                        roleOf = keyText(tokens, i, known);
                        out.add(mention(s, i, known, typeOf(f), "known-name", null, null, null, '?'));
                        full = extend(null, tokens, i, known);
                        i = known;
                        continue;
                    }
                    classify(s, i, end, true, full, role, roleOf, gender, out);
                    return;
                }
                out.add(mention(s, i, known, typeOf(f), "known-name", full, role, roleOf, gender(f, gender)));
                if ((f & (ORGANIZATION | PLACE)) != 0) {
                    roleOf = keyText(tokens, i, known);
                }
                full = null;
                role = null;
                titled = false;
                gender = '?';
                i = known;
                continue;
            }
            classify(s, i, end, titled, full, role, roleOf, gender, out);
            return;
        }
        // a run that was only titles and roles ("the Prime Minister") names nobody
    }

    /** Whether the run's last words make it an event's name: "Founders Day", "World Cup". */
    private boolean namesEvent(List<Token> tokens, int start, int end) {
        while (end > start && !tokens.get(end - 1).isWord()) {
            end--;
        }
        if (end <= start) {
            return false;
        }
        int lastFlags = lists.flags(tokens.get(end - 1).key());
        // "Bill", "Doris Day": a first name, or a word after one, is a person's name
        int before = lists.flags(tokens.get(Math.max(start, end - 2)).key());
        return (lastFlags & EVENT_KEY) != 0 && (lastFlags & (ORG_KEY | FACILITY_KEY)) == 0
                && (before & FIRST_NAME) == 0
                || end - start >= 2 && (lists.flags(keys(tokens, end - 2, end)) & EVENT_KEY) != 0;
    }

    private void classify(Sentence s, int start, int end, boolean titled, Span full, String role, String roleOf,
                          char gender, List<NameMention> out) {
        List<Token> tokens = s.tokens();
        int person = trailingPerson(tokens, start, end);
        if (person > start && !titled) {
            // "Council on Arab - American Trade Nadia Haddad": an organisation, then a person
            classify(s, start, person, false, full, null, null, '?', out);
            classify(s, person, end, false, null, role, roleOf, gender, out);
            return;
        }
        // drop trailing punctuation-like tokens
        while (end > start && !tokens.get(end - 1).isWord()) {
            end--;
        }
        if (end <= start) {
            return;
        }
        int n = end - start;
        Token first = tokens.get(start);
        Token last = tokens.get(end - 1);
        int firstFlags = lists.flags(first.key());
        int lastFlags = lists.flags(last.key());
        if (namesEvent(tokens, start, end)) {
            return; // "Founders Day", "Harwick Expo", "World Cup": events, not entities
        }
        if (n >= 3 && headIsFacility(tokens, start, end) || n >= 2 && ((lastFlags & FACILITY_KEY) != 0
                || isSiteCentre(tokens, start, end))) {
            out.add(mention(s, start, end, EntityType.PLACE, "facility-keyword", full, role, roleOf, gender));
            return;
        }
        if (n >= 3 && headBeforeConnectorIsOrgKey(tokens, start, end)) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "organisation-keyword", full, role, roleOf, gender));
            return;
        }
        if (n >= 3 && (lists.flags(keys(tokens, end - 2, end)) & ORG_KEY) != 0) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "organisation-keyword", full, role, roleOf, gender));
            return; // "Harwick Independent School District"
        }
        if (n >= 2 && (lastFlags & ORG_KEY) != 0) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "organisation-keyword", full, role, roleOf, gender));
            return;
        }
        if (n >= 2 && (lastFlags & MEDIA_KEY) != 0 && !titled && ((firstFlags & FIRST_NAME) == 0
                || STRONG_MEDIA_KEYS.contains(last.lower()) || n >= 3 || (firstFlags & PLACE) != 0)) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "media-keyword", full, role, roleOf, gender));
            return;
        }
        if (n >= 2 && (firstFlags & FIRST_NAME) != 0 && (firstFlags & PLACE_PREKEY) == 0 && !titled
                && SURNAME_LIKE_KEYS.contains(last.lower())) {
            out.add(mention(s, start, end, EntityType.PERSON, "first-name", full, role, roleOf, gender(firstFlags, gender)));
            return;
        }
        if (n >= 2 && ((lastFlags & PLACE_KEY) != 0 || (firstFlags & PLACE_PREKEY) != 0 && !titled)) {
            out.add(mention(s, start, end, EntityType.PLACE, "place-keyword", full, role, roleOf, gender));
            return;
        }
        if (n == 1 && isAcronym(first.text()) && ((firstFlags & CONCEPT) != 0 && (firstFlags & KNOWN_NAME) == 0
                || first.text().chars().anyMatch(Character::isDigit))) {
            return; // "IQ", "CEO", "HTML", "IE6": concepts and products, not organisations
        }
        if (allAcronyms(tokens, start, end) && !(n == 1 && lists.isCommonWord(first.lower()))) {
            int f = lists.flags(keys(tokens, start, end));
            EntityType type = (f & (PLACE | COUNTRY)) != 0 && (f & ORGANIZATION) == 0 ? EntityType.PLACE : EntityType.ORGANIZATION;
            out.add(mention(s, start, end, type, "acronym", full, role, roleOf, gender));
            return;
        }
        if (n >= 2 && (lastFlags & COUNTRY) != 0 && (firstFlags & (FIRST_NAME | HONORIFIC)) == 0 && !titled) {
            // "Acme UK", "Amnesty International Canada": an organisation's branch in a country
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "organisation-of-country", full, role, roleOf, gender));
            return;
        }
        if (titled) {
            out.add(mention(s, start, end, EntityType.PERSON, "title", full, role, roleOf, gender(firstFlags, gender)));
            return;
        }
        if (n >= 2 && (firstFlags & FIRST_NAME) != 0) {
            out.add(mention(s, start, end, EntityType.PERSON, "first-name", full, role, roleOf, gender(firstFlags, gender)));
            return;
        }
        if (n >= 3 && n <= 5 && PARTICLES.contains(tokens.get(end - 2).lower()) && (lastFlags & (ORG_KEY | PLACE_KEY
                | MEDIA_KEY | KNOWN_NAME)) == 0 && (firstFlags & (PLACE_KEY | KNOWN_NAME)) == 0) {
            // "Marine Le Pen", "Charles de Gaulle", "Vincent van Gogh": a surname with its particle
            out.add(mention(s, start, end, EntityType.PERSON, "surname-particle", full, role, roleOf, gender));
            return;
        }
        if (n >= 2 && n <= 4 && looksLikePersonName(tokens, start, end)) {
            out.add(mention(s, start, end, EntityType.PERSON, "proper-name-shape", full, role, roleOf, gender));
            return;
        }
        if (n == 1) {
            String key = first.lower();
            if ((firstFlags & NATIONALITY) != 0) {
                return;
            }
            if (((firstFlags & FIRST_NAME) != 0 || (firstFlags & KNOWN_SURNAME) != 0) && !lists.isCommonWord(key)) {
                out.add(mention(s, start, end, EntityType.PERSON, "single-name", full, role, roleOf, gender(firstFlags, gender)));
                return;
            }
            if ((firstFlags & MEDIA_KEY) != 0 && start > 0 && tokens.get(start - 1).lower().equals("the")
                    && tokens.get(start - 1).isCapitalised()) {
                out.add(mention(s, start, end, EntityType.ORGANIZATION, "newspaper", full, role, roleOf, gender));
                return; // "The Observer", "The Times"
            }
            if (looksLikeWebName(first.text())) {
                out.add(mention(s, start, end, EntityType.ORGANIZATION, "web-name", full, role, roleOf, gender));
                return; // "Brightnews", "FactWire", "Bugwatch.com"
            }
            if (!lists.isCommonWord(key) && first.text().length() > 1) {
                // a proper noun nobody lists: typed later from the document, or dropped
                out.add(mention(s, start, end, null, "unknown", full, role, roleOf, gender));
                return;
            }
            // a capitalised plural of a party ("Tory" for "Tories")
            for (String plural : List.of(key + "s", key.endsWith("y") ? key.substring(0, key.length() - 1) + "ies" : key)) {
                if ((lists.flags(plural) & ORGANIZATION) != 0) {
                    out.add(mention(s, start, end, EntityType.ORGANIZATION, "party-member", full, role, roleOf, gender));
                    return;
                }
            }
            // an ordinary word written with a capital in mid-sentence and used as an organisation is one:
            // "Apple's shares", "for Apple, …", "Apple did not respond", "Shell spokesman"
            if (!isClauseInitial(s, start) && (firstFlags & (CONCEPT | NATIONALITY | HONORIFIC | ROLE)) == 0
                    && organisationContext(s, end)) {
                out.add(mention(s, start, end, EntityType.ORGANIZATION, "capitalised-word", full, role, roleOf, gender));
            } else if (!isClauseInitial(s, start) && (firstFlags & (CONCEPT | NATIONALITY | HONORIFIC | ROLE)) == 0) {
                out.add(mention(s, start, end, null, "capitalised-word", full, role, roleOf, gender));
            }
            return;
        }
        // several capitalised words, some ordinary ("Copper Falcon", "Harwick Expo"): a name of something,
        // but of what kind only the document can say
        if (!lists.isCommonWord(last.lower()) || n >= 2) {
            out.add(mention(s, start, end, null, "unknown", full, role, roleOf, gender));
        }
    }

    /** "National Museum of the Merchant Navy": a facility word heads the name. */
    private boolean headIsFacility(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (CONNECTORS.contains(tokens.get(i).lower()) && !tokens.get(i).isCapitalised()) {
                return (lists.flags(tokens.get(i - 1).key()) & FACILITY_KEY) != 0;
            }
        }
        return false;
    }

    /** "Halden Space Center", "Greater Harwick Convention Centre": a centre that is a site, not "Centre for X". */
    private static boolean isSiteCentre(List<Token> tokens, int start, int end) {
        String last = tokens.get(end - 1).lower();
        if (!last.equals("center") && !last.equals("centre")) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (CONNECTORS.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        String before = end - 2 >= start ? tokens.get(end - 2).lower() : "";
        return before.equals("space") || before.equals("science") || before.equals("convention") || before.equals("shopping")
                || before.equals("trade") || before.equals("visitor") || before.equals("conference") || before.equals("medical")
                || before.equals("sports") || before.equals("arts") || before.equals("community") || before.equals("exhibition");
    }

    /** "University of Vermont at Burlington", "Church of the Open Door": an organisation keyword heads it. */
    /**
     * Where a person's name (a first name and one or two capitalised words) ends a longer run whose
     * earlier part names an organisation or place; -1 if it does not.
     */
    private int trailingPerson(List<Token> tokens, int start, int end) {
        // "Housing Council Arun Mehta": an organisation keyword, then two or three unlisted capitalised words
        for (int j = Math.max(start + 1, end - 3); j <= end - 2; j++) {
            int before = lists.flags(tokens.get(j - 1).key());
            if ((before & (ORG_KEY | MEDIA_KEY)) != 0 && (before & FACILITY_KEY) == 0
                    && (lists.flags(tokens.get(j).key()) & (KNOWN_NAME | ORG_KEY | PLACE_KEY | MEDIA_KEY | CONCEPT)) == 0
                    && !lists.isCommonWord(tokens.get(j).lower()) && looksLikePersonName(tokens, j, end)) {
                return j;
            }
        }
        for (int j = Math.max(start + 2, end - 3); j < end - 1; j++) {
            Token t = tokens.get(j);
            int f = lists.flags(t.key());
            if ((f & FIRST_NAME) == 0 || (f & (KNOWN_NAME | ORG_KEY | PLACE_KEY)) != 0 || lists.isCommonWord(t.lower())) {
                continue;
            }
            boolean before = true;
            for (int k = start; k < j; k++) {
                if ((lists.flags(tokens.get(k).key()) & FIRST_NAME) != 0 && !lists.isCommonWord(tokens.get(k).lower())) {
                    before = false; // "John Paul Jones": one person's names
                }
            }
            if (before && looksLikePersonName(tokens, j, end)) {
                return j;
            }
        }
        return -1;
    }

    private boolean headBeforeConnectorIsOrgKey(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (CONNECTORS.contains(tokens.get(i).lower()) && !tokens.get(i).isCapitalised()) {
                int f = lists.flags(tokens.get(i - 1).key());
                return (f & ORG_KEY) != 0 && (f & FACILITY_KEY) == 0; // "Museum of Toys" is a place
            }
        }
        return false;
    }

    /** CamelCase or a web domain: the names of sites, apps and media companies. */
    static boolean looksLikeWebName(String word) {
        if (word.matches("[A-Za-z0-9-]+\\.(?:com|org|net|co\\.uk|co|io|gov|edu|info)")) {
            return true;
        }
        if (word.matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+[\\p{L}]*") && !word.startsWith("Mc") && !word.startsWith("Mac")) {
            return true; // "FactWire", "YouTube" — not "McConnell"
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.length() > 6 && (lower.endsWith("news") || lower.endsWith("media") || lower.endsWith("soft"));
    }

    private boolean looksLikePersonName(List<Token> tokens, int start, int end) {
        int f0 = lists.flags(tokens.get(start).key());
        // a listed first name, or a word that is no English word and names nothing else ("Thaddeus", "Lorcan")
        boolean firstName = (f0 & FIRST_NAME) != 0 || (f0 & (KNOWN_NAME | CONCEPT | ORG_KEY | PLACE_KEY)) == 0
                && !lists.isCommonWord(tokens.get(start).lower()) && end - start >= 2;
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            String key = t.lower();
            int f = lists.flags(t.key());
            if ((f & SURNAME_PARTICLE) != 0 || key.startsWith("al-")) {
                continue;
            }
            if (!t.isCapitalised() || isAcronym(t.text())) {
                return false;
            }
            if ((f & (ORGANIZATION | PLACE | NATIONALITY | ORG_KEY | PLACE_KEY | NOT_NAME)) != 0) {
                return false;
            }
            if (key.indexOf('-') > 0 && Character.isLowerCase(t.text().charAt(key.indexOf('-') + 1))) {
                continue; // "Mei-ling", "Wai-man": romanised given names, not English words
            }
            String base = key.contains("-") ? key.substring(0, key.indexOf('-')) : key;
            // short syllables of Asian names ("Su Ye", "Lo", "Tan") are not taken for English words
            // after a first name, surnames may be words too ("Owen Kettle", "Nigel Marsh")
            if (base.length() > 3 && lists.isCommonWord(base) && (f & (FIRST_NAME | KNOWN_SURNAME)) == 0
                    && !(firstName && i > start)) {
                return false;
            }
            if ((f & CONCEPT) != 0 && (f & (FIRST_NAME | KNOWN_SURNAME)) == 0) {
                return false;
            }
        }
        return true;
    }

    private boolean startsPerson(List<Token> tokens, int from, int end) {
        int f = lists.flags(tokens.get(from).key());
        return (f & (FIRST_NAME | HONORIFIC)) != 0 || end - from >= 2 && looksLikePersonName(tokens, from, end);
    }

    private boolean endsWithOrgKey(List<Token> tokens, int from, int end) {
        return end - from >= 1 && (lists.flags(tokens.get(end - 1).key()) & (ORG_KEY | MEDIA_KEY)) != 0
                && (lists.flags(tokens.get(end - 1).key()) & FACILITY_KEY) == 0 && !isSiteCentre(tokens, from, end);
    }

    /**
     * A title that starts after {@code from} inside a run and is followed by a person's name: returns
     * {start, end} of the title, or null. The words before it qualify it ("Shadow", "Deputy").
     */
    private int[] titleInside(List<Token> tokens, int from, int end) {
        for (int j = from + 1; j < end - 1 && j <= from + 3; j++) {
            int title = lists.longestMatch(tokens, j, end, ROLE | HONORIFIC, Token::key);
            if (title > j && title < end && startsPerson(tokens, title, end)) {
                for (int k = from; k < j; k++) {
                    if ((lists.flags(tokens.get(k).key()) & (KNOWN_NAME | FIRST_NAME)) != 0) {
                        return null;
                    }
                }
                return new int[] {j, title};
            }
        }
        return null;
    }

    private boolean onlyKeywords(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            int f = lists.flags(tokens.get(i).key());
            if ((f & (ORG_KEY | MEDIA_KEY | PLACE_KEY)) == 0 && !CONNECTORS.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ document level

    /**
     * Settles names with the whole article: one name, one type; a bare surname or first name is the
     * person named in full; an unknown proper noun that no rule typed is dropped.
     */
    private List<NameMention> settleWithDocument(List<NameMention> mentions, List<Sentence> sentences) {
        Map<String, EntityType> personParts = new HashMap<>();
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (NameMention m : mentions) {
            counts.merge(normal(m.text()), 1, Integer::sum);
        }
        for (NameMention m : mentions) {
            if (m.type() != null) {
                votes.computeIfAbsent(normal(m.text()), k -> new EnumMap<>(EntityType.class)).merge(m.type(), weight(m), Integer::sum);
            }
            if (m.type() == EntityType.PERSON && m.tokenCount() >= 2) {
                String[] parts = normal(m.text()).split(" ");
                personParts.put(parts[0], EntityType.PERSON);
                personParts.put(parts[parts.length - 1], EntityType.PERSON);
            }
        }
        List<NameMention> out = new ArrayList<>(mentions.size());
        for (NameMention m : mentions) {
            String key = normal(m.text());
            if (m.tokenCount() == 1 && personParts.containsKey(key) && !isAcronym(m.text())) {
                out.add(m.withType(EntityType.PERSON, "part-of-full-name"));
                continue;
            }
            if (m.tokenCount() == 1 && (lists.flags(key) & PLACE_PREKEY) != 0 && (lists.flags(key) & KNOWN_NAME) == 0) {
                continue; // "North", "East": a direction, not a place of its own
            }
            if (m.tokenCount() == 1 && "acronym".equals(m.rule()) && counts.get(key) < 2 && !acronymOfAnother(m, mentions)) {
                continue; // an unexplained acronym seen once ("VIP", "ETA"): not enough to call it an organisation
            }
            if (m.tokenCount() == 1 && "known-name".equals(m.rule()) && counts.get(key) < 2
                    && lists.isCommonWord(m.text().toLowerCase(Locale.ROOT)) && opensClause(m, sentences)
                    && !beforeOrganisationWord(m, sentences) && !possessive(m, sentences)) {
                // a listed name that is also an ordinary word ("State", "Police"), seen once: not enough
                continue;
            }
            Map<EntityType, Integer> v = votes.get(key);
            if (v != null && !v.isEmpty()) {
                EntityType best = v.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                out.add(m.type() == best ? m : m.withType(best, "document-vote"));
                continue;
            }
            if ("capitalised-word".equals(m.rule()) && partOfLongerName(key, mentions)) {
                continue; // "the Church" after "Church of the Open Door": a short form, not a new entity
            }
            if (m.type() == null && "capitalised-word".equals(m.rule())
                    && organisationEvidence(m.text(), sentences, counts.getOrDefault(key, 0))) {
                out.add(m.withType(EntityType.ORGANIZATION, "capitalised-word"));
                continue;
            }
            if (m.type() == null) {
                EntityType guess = guessUnknown(m);
                if (guess != null) {
                    out.add(m.withType(guess, "unknown-" + guess.name().toLowerCase(Locale.ROOT)));
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * An ordinary word written as a name in mid-sentence is an organisation's name when the article gives
     * evidence: it owns something or is followed by a word only organisations take, anywhere in the
     * article ("Apple's shares", "a Shell spokesman").
     */
    private static boolean organisationEvidence(String word, List<Sentence> sentences, int count) {
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).text().equals(word) && organisationContext(s, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean partOfLongerName(String key, List<NameMention> mentions) {
        for (NameMention other : mentions) {
            if (other.tokenCount() > 1 && (" " + normal(other.text()) + " ").contains(" " + key + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Right after a name: a possessive, or a word only organisations take ("sources", "spokesman"). */
    private static boolean organisationContext(Sentence s, int end) {
        if (end >= s.size()) {
            return false;
        }
        Token next = s.token(end);
        return next.norm().equals("'s") || ORGANISATION_WORDS.contains(next.lower());
    }

    /** "Unity sources", "Unity leader": a word after the name that only organisations take. */
    private static boolean beforeOrganisationWord(NameMention m, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentence());
        return m.end() < s.size() && ORGANISATION_WORDS.contains(s.token(m.end()).lower());
    }

    /** "Unity's housing spokesman": a listed name that owns something is a name. */
    private static boolean possessive(NameMention m, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentence());
        return m.end() < s.size() && s.token(m.end()).norm().equals("'s");
    }

    private static boolean opensClause(NameMention m, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentence());
        return isClauseInitial(s, m.start());
    }

    /** Whether an acronym stands for a longer name found in the article ("IMO" for "International Maritime Organisation"). */
    private static boolean acronymOfAnother(NameMention acronym, List<NameMention> all) {
        String letters = acronym.text().replace(".", "");
        for (NameMention m : all) {
            if (m.tokenCount() < 2) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (String w : m.text().split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    initials.append(w.charAt(0));
                }
            }
            if (letters.contentEquals(initials)) {
                return true;
            }
        }
        return false;
    }

    /** An unknown proper noun: a person when it carries a title, else nothing we can type safely. */
    private EntityType guessUnknown(NameMention m) {
        if (m.role() != null) {
            return EntityType.PERSON;
        }
        if ("capitalised-word".equals(m.rule())) {
            return null; // typed only by a vote with its other mentions
        }
        if (m.tokenCount() == 1 && isAcronym(m.text())) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    private static int weight(NameMention m) {
        return switch (m.rule()) {
            case "known-name", "organisation-keyword", "title" -> 3;
            case "first-name", "place-keyword", "media-keyword", "acronym" -> 2;
            default -> 1;
        };
    }

    /**
     * The names found in an article, as a trie of their token keys and the first mention of each. Built once per
     * article: rebuilding it for every sentence made long articles quadratic.
     */
    private record KnownNames(TokenTrie trie, Map<String, NameMention> byKey) {

        static KnownNames of(List<NameMention> found) {
            TokenTrie trie = new TokenTrie();
            Map<String, NameMention> byKey = new HashMap<>();
            for (NameMention m : found) {
                List<String> keys = java.util.Arrays.stream(m.text().split("\\s+")).map(Token::keyOf).toList();
                trie.add(keys, 1);
                byKey.putIfAbsent(String.join(" ", keys), m);
            }
            return new KnownNames(trie, byKey);
        }
    }

    /** Names already found, and full names the lists know, inside a title-case line. */
    private List<NameMention> knownNamesIn(Sentence s, KnownNames known) {
        boolean titleCase = isTitleCase(s);
        TokenTrie docNames = known.trie();
        Map<String, NameMention> byKey = known.byKey();
        List<NameMention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int m = docNames.longestMatch(tokens, i, tokens.size(), 1, Token::key);
            if (m > i && tokens.get(i).isCapitalised() && tokens.get(m - 1).isCapitalised()) {
                NameMention model = byKey.get(keyText(tokens, i, m));
                out.add(mention(s, i, m, model.type(), "known-in-document", null, null, null, model.gender()));
                i = m;
                continue;
            }
            int k = titleCase ? lists.longestMatch(tokens, i, tokens.size(), PERSON | ORGANIZATION | PLACE, Token::key) : i;
            if (k > i + 1 && tokens.get(i).isCapitalised() && tokens.get(k - 1).isCapitalised()) {
                out.add(mention(s, i, k, typeOf(lists.flags(keys(tokens, i, k))), "known-name", null, null, null, '?'));
                i = k;
                continue;
            }
            i++;
        }
        return out;
    }

    private boolean isTitleCase(Sentence s) {
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

    // ------------------------------------------------------------------ helpers

    private NameMention mention(Sentence s, int start, int end, EntityType type, String rule, Span full, String role,
                                String roleOf, char gender) {
        List<Token> tokens = s.tokens();
        Span span = new Span(tokens.get(start).begin(), tokens.get(end - 1).end());
        Span fullSpan = full == null ? span : full.union(span);
        return new NameMention(s.index(), start, end, span, text(tokens, start, end), type, rule, fullSpan, role, roleOf,
                gender);
    }

    private static EntityType typeOf(int flags) {
        if ((flags & PLACE) != 0) {
            return EntityType.PLACE;
        }
        if ((flags & ORGANIZATION) != 0) {
            return EntityType.ORGANIZATION;
        }
        return EntityType.PERSON;
    }

    private static char gender(int flags, char fallback) {
        if (fallback != '?') {
            return fallback;
        }
        boolean m = (flags & MALE) != 0;
        boolean f = (flags & FEMALE) != 0;
        return m == f ? '?' : m ? 'm' : 'f';
    }

    private String countryName(String key, List<Token> tokens, int from, int to) {
        String country = lists.countryOfAdjective(text(tokens, from, to));
        return country != null ? country : text(tokens, from, to);
    }

    private static boolean isHonorificOnly(String title) {
        return switch (title.toLowerCase(Locale.ROOT)) {
            case "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "prof", "prof." -> true;
            default -> false;
        };
    }

    private static Span extend(Span full, List<Token> tokens, int from, int to) {
        Span s = new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
        return full == null ? s : full.union(s);
    }

    private static boolean allAcronyms(List<Token> tokens, int start, int end) {
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

    private static List<String> keys(List<Token> tokens, int from, int to) {
        List<String> keys = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            keys.add(tokens.get(i).key());
        }
        return keys;
    }

    private static String keyText(List<Token> tokens, int from, int to) {
        return String.join(" ", keys(tokens, from, to));
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).begin() > tokens.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    /** A name's key for comparing mentions: lower case, straight apostrophes, single spaces. */
    public static String normal(String name) {
        return NameLists.key(name).replaceAll("\\s+", " ").strip();
    }
}
