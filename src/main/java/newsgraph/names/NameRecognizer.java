package newsgraph.names;

import static newsgraph.lexicon.NameKind.CONCEPT;
import static newsgraph.lexicon.NameKind.COUNTRY;
import static newsgraph.lexicon.NameKind.EVENT_KEY;
import static newsgraph.lexicon.NameKind.FACILITY_KEY;
import static newsgraph.lexicon.NameKind.FEMALE;
import static newsgraph.lexicon.NameKind.FIRST_NAME;
import static newsgraph.lexicon.NameKind.HONORIFIC;
import static newsgraph.lexicon.NameKind.KNOWN_SURNAME;
import static newsgraph.lexicon.NameKind.MALE;
import static newsgraph.lexicon.NameKind.MEDIA_KEY;
import static newsgraph.lexicon.NameKind.NATIONALITY;
import static newsgraph.lexicon.NameKind.NOT_NAME;
import static newsgraph.lexicon.NameKind.ORGANIZATION;
import static newsgraph.lexicon.NameKind.ORG_KEY;
import static newsgraph.lexicon.NameKind.PERSON;
import static newsgraph.lexicon.NameKind.PLACE;
import static newsgraph.lexicon.NameKind.PLACE_KEY;
import static newsgraph.lexicon.NameKind.PLACE_PREKEY;
import static newsgraph.lexicon.NameKind.ROLE;
import static newsgraph.lexicon.NameKind.SURNAME_PARTICLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKinds;
import newsgraph.lexicon.TokenTrie;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.BlockKind;
import newsgraph.text.Span;

/**
 * Finds the names of people, organisations and places in an article without a trained model: runs of
 * capitalised tokens are cut at titles, roles and known names from the {@link Lexicon}, each part is typed
 * by ordered naming rules (a known name, an organisation or place keyword, a title, a first name, the
 * shape of the name), and then document-level evidence settles the rest: a bare surname is the person
 * named in full elsewhere, a known name is recognised in a title-case headline, one name keeps one type.
 *
 * <p>Configured once (the lists), then {@link #find} is a pure function of the sentences; safe to share
 * between threads.
 */
public final class NameRecognizer {

    /** A first name or a title: a person follows. */
    private static final NameKinds FIRST_NAME_OR_TITLE = NameKinds.of(FIRST_NAME, HONORIFIC);
    /** Says whether a person is a man or a woman. */
    private static final NameKinds GENDERED = NameKinds.of(MALE, FEMALE);
    /** Words whose names go on after "of": "University of …", "Gulf of …", "Secretary of …". */
    private static final NameKinds JOINS_BY_CONNECTOR = NameKinds.of(ORG_KEY, PLACE_KEY, ROLE);
    /** A name the sources list. */
    private static final NameKinds KNOWN_NAME = NameKinds.of(PERSON, ORGANIZATION, PLACE);
    /** A listed name or a name keyword. */
    private static final NameKinds KNOWN_NAME_OR_KEYWORD = NameKinds.of(PERSON, ORGANIZATION, PLACE, ORG_KEY, PLACE_KEY, MEDIA_KEY);
    /** A listed name or an organisation or place keyword. */
    private static final NameKinds KNOWN_NAME_OR_ORG_PLACE_KEY = NameKinds.of(PERSON, ORGANIZATION, PLACE, ORG_KEY, PLACE_KEY);
    /** A listed name or a place keyword. */
    private static final NameKinds KNOWN_NAME_OR_PLACE_KEY = NameKinds.of(PLACE_KEY, PERSON, ORGANIZATION, PLACE);
    /** A listed name or a first name. */
    private static final NameKinds KNOWN_OR_FIRST_NAME = NameKinds.of(PERSON, ORGANIZATION, PLACE, FIRST_NAME);
    /** Words that name something other than a person: listed names, keywords, concepts. */
    private static final NameKinds NAMES_NO_PERSON = NameKinds.of(PERSON, ORGANIZATION, PLACE, ORG_KEY, PLACE_KEY, MEDIA_KEY, CONCEPT);
    /** A word that names something or ends names: no unknown given name. */
    private static final NameKinds NAMES_SOMETHING = NameKinds.of(PERSON, ORGANIZATION, PLACE, CONCEPT, ORG_KEY, PLACE_KEY);
    /** What makes a capitalised first word of a sentence a name: the lists know it. */
    private static final NameKinds NAME_EVIDENCE = NameKinds.of(PERSON, ORGANIZATION, PLACE, FIRST_NAME, HONORIFIC, NATIONALITY, KNOWN_SURNAME);
    /** A word that ends the names of organisations, media or places. */
    private static final NameKinds NAME_KEYWORD = NameKinds.of(ORG_KEY, MEDIA_KEY, PLACE_KEY);
    /** A nationality: "Chilean President …". */
    private static final NameKinds NATIONALITIES = NameKinds.of(NATIONALITY);
    /** Capitalised words that are no organisation of their own: concepts, nationalities, titles, roles. */
    private static final NameKinds NO_ORGANISATION = NameKinds.of(CONCEPT, NATIONALITY, HONORIFIC, ROLE);
    /** Words that are no part of a person's name. */
    private static final NameKinds NO_PERSON_PART = NameKinds.of(ORGANIZATION, PLACE, NATIONALITY, ORG_KEY, PLACE_KEY, NOT_NAME);
    /** A word that ends the names of organisations or media. */
    private static final NameKinds ORGANISATION_KEYWORD = NameKinds.of(ORG_KEY, MEDIA_KEY);
    /** A listed organisation or person. */
    private static final NameKinds ORGANIZATION_OR_PERSON = NameKinds.of(ORGANIZATION, PERSON);
    /** A listed organisation or place. */
    private static final NameKinds ORGANIZATION_OR_PLACE = NameKinds.of(ORGANIZATION, PLACE);
    /** A word that ends organisation or facility names. */
    private static final NameKinds ORG_OR_FACILITY_KEY = NameKinds.of(ORG_KEY, FACILITY_KEY);
    /** A word that ends organisation or place names. */
    private static final NameKinds ORG_OR_PLACE_KEY = NameKinds.of(ORG_KEY, PLACE_KEY);
    /** A first name or a surname WordNet knows. */
    private static final NameKinds PERSONAL_NAME = NameKinds.of(FIRST_NAME, KNOWN_SURNAME);
    /** A place or a country. */
    private static final NameKinds PLACE_OR_COUNTRY = NameKinds.of(PLACE, COUNTRY);
    /** A title or role written before a name. */
    private static final NameKinds TITLE = NameKinds.of(ROLE, HONORIFIC);
    /** A title or a listed name. */
    private static final NameKinds TITLE_OR_KNOWN_NAME = NameKinds.of(ROLE, HONORIFIC, PERSON, ORGANIZATION, PLACE);

    private final Lexicon lexicon;
    /** Words that join capitalised words into one name: "Church of the Open Door", "Charles de Gaulle". */
    private final Set<String> connectors;
    /** Place keywords that are also common surnames: "Dora Ellen Hill" is a person, "Capitol Hill" a place. */
    private final Set<String> surnameLikeKeywords;
    /** Words that make a media name even after a first name: "Lakeside News", "Harwick Evening Herald". */
    private final Set<String> strongMediaKeywords;
    private final Set<String> particles;
    /** Nouns that follow an organisation's name: "Unity sources", "Unity leader", "Tory MPs". */
    private final Set<String> organisationWords;
    /** Words that open sentences capitalised and never begin a name. */
    private final Set<String> sentenceOpeners;
    private final Set<String> creditLabels;
    private final Set<String> siteCentreWords;

    public NameRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.connectors = lexicon.words(WordList.NAME_CONNECTORS);
        this.surnameLikeKeywords = lexicon.words(WordList.SURNAME_LIKE_KEYWORDS);
        this.strongMediaKeywords = lexicon.words(WordList.STRONG_MEDIA_KEYWORDS);
        this.particles = lexicon.words(WordList.NAME_PARTICLES);
        this.organisationWords = lexicon.words(WordList.ORGANISATION_WORDS);
        this.sentenceOpeners = lexicon.words(WordList.SENTENCE_OPENERS);
        this.creditLabels = lexicon.words(WordList.CREDIT_LABELS);
        this.siteCentreWords = lexicon.words(WordList.SITE_CENTRE_WORDS);
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
                surnames.putIfAbsent(Lexicon.key(parts[parts.length - 1]), m);
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
                    && !lexicon.kinds(s.token(k).key()).has(ROLE))) {
                if (lexicon.kinds(s.token(k).key()).has(ROLE)) {
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
                    while (next < n && connectors.contains(s.token(next).lower()) && !isNameToken(s, next)) {
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
        if (text.equals("I") || Lexicon.PRONOUN_LIKE.contains(key) && isClauseInitial(s, i)) {
            return false;
        }
        if (isCreditLabel(s, i) || afterCreditLabel(s, i)) {
            return false;
        }
        NameKinds flags = lexicon.kinds(t.key());
        if (flags.has(NOT_NAME) && afterFirstNameOrTitle(s, i)) {
            return true; // "Theresa May", "Mrs May": a surname that is also a month
        }
        if (flags.has(NOT_NAME) && !flags.hasAny(KNOWN_OR_FIRST_NAME)) {
            return false;
        }
        if (flags.has(NOT_NAME) && !(i + 1 < s.size() && s.token(i + 1).isCapitalised())) {
            return false;
        }
        if (isClauseInitial(s, i)) {
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
        NameKinds f = lexicon.kinds(prev.key());
        return prev.isCapitalised() && (f.has(FIRST_NAME) && !f.has(NOT_NAME) || isHonorificOnly(prev.text()));
    }

    /** "Image:" / "Photo:" inside a caption: what follows is a credit, not a name in the story. */
    private boolean isCreditLabel(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.token(i + 1).text().equals(":")) {
            return false;
        }
        return creditLabels.contains(s.token(i).lower());
    }

    private boolean afterCreditLabel(Sentence s, int i) {
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
        return j - 1 > i && lexicon.kinds(s.token(j - 1).key()).hasAny(NAME_KEYWORD);
    }

    private boolean isConnector(Sentence s, int start, int end) {
        String key = s.token(end).lower();
        if (!connectors.contains(key)) {
            return false;
        }
        if (end + 1 < s.size() && s.token(end + 1).text().chars().anyMatch(Character::isDigit)) {
            return false; // "Space Center on STS-1": a code, not more of the name
        }
        // only inside names that are made that way: "Church of the Open Door", "University of Vermont",
        // "Gulf of Mexico", "Secretary of State", and names the lists know whole
        int m = lexicon.longestMatch(s.tokens(), start, s.size(), KNOWN_NAME, Token::key);
        if (m > end) {
            return true;
        }
        if (key.equals("and") || key.equals("&") || key.equals("-")) {
            // "Food and Drug Administration": joined only when the part before has no keyword of its own
            // and the part after ends in one
            if (lexicon.kinds(s.token(end - 1).key()).hasAny(ORG_OR_PLACE_KEY)) {
                return false;
            }
            int j = end + 1;
            while (j < s.size() && (s.token(j).isCapitalised() || connectors.contains(s.token(j).lower()))) {
                j++;
            }
            return j - 1 > end && lexicon.kinds(s.token(j - 1).key()).has(ORG_KEY);
        }
        for (int k = start; k < end; k++) {
            NameKinds f = lexicon.kinds(s.token(k).key());
            if (f.hasAny(JOINS_BY_CONNECTOR)) {
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
            NameKinds whole = lexicon.kinds(keys(tokens, i, end));
            if (whole.has(ROLE) && end - i > 1 && !titled) {
                return; // "Secretary of State", "Prime Minister": a role, not a name
            }
            if (whole.hasAny(KNOWN_NAME) && !whole.hasAny(TITLE)) {
                EntityType type = titled && !whole.has(PERSON) && end - i == 1 ? EntityType.PERSON : typeOf(whole);
                out.add(mention(s, i, end, type, titled ? "title" : "known-name", full, role, roleOf, gender(whole, gender)));
                return;
            }
            int known = lexicon.longestMatch(tokens, i, end, KNOWN_NAME, Token::key);
            int title = lexicon.longestMatch(tokens, i, end, TITLE, Token::key);
            int nat = lexicon.longestMatch(tokens, i, end, NATIONALITIES, Token::key);
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
            if (title == i && known == i && i + 2 < end + 0 && i + 1 < end - 1 && !lexicon.kinds(t.key()).has(FIRST_NAME)
                    && lexicon.isCommonWord(t.lower()) && lexicon.kinds(tokens.get(i + 1).key()).has(FIRST_NAME)
                    && !particles.contains(tokens.get(i + 1).lower()) && looksLikePersonName(tokens, i + 1, end)) {
                // "Farmer Owen Kettle", "Coach Martin Ashdown": a word that describes the person, then the name
                role = t.text();
                full = extend(full, tokens, i, i + 1);
                titled = true;
                i++;
                continue;
            }
            if (title == i + 1 && end == i + 2 && lexicon.kinds(t.key()).has(FIRST_NAME)
                    && !isHonorificOnly(t.text())) {
                // "Dean Farrow": a first name that is also a title
                title = i;
            }
            if (title > i && title < end && title >= known && onlyKeywords(tokens, title, end)) {
                // "Bishop College": a title that names an organisation with its keyword
                classify(s, i, end, false, full, role, roleOf, gender, out);
                return;
            }
            if (title == i + 1 && title < end && !lexicon.kinds(t.key()).has(HONORIFIC)
                    && lexicon.kinds(tokens.get(title).key()).has(SURNAME_PARTICLE) || title == i + 1
                    && title < end && particles.contains(tokens.get(title).lower()) && !lexicon.kinds(t.key()).has(HONORIFIC)) {
                // "Marine Le Pen": a word that could be a title is a first name before a surname particle
                title = i;
            }
            if (title > i && title < end && title >= known) {
                int after = title;
                if (connectors.contains(tokens.get(after).lower()) && !tokens.get(after).isCapitalised()) {
                    // "Chairman of the Chilean Centre for ...": the role's organisation, not a person
                    while (after < end && connectors.contains(tokens.get(after).lower())) {
                        after++;
                    }
                    if (after < end && !(end - after == 1 && lexicon.isCommonWord(tokens.get(after).lower()))) {
                        segment(s, after, end, out); // not "Minister of Transport", but "Chairman of the X Centre"
                    }
                    return;
                }
                String titleText = text(tokens, i, title);
                NameKinds f = lexicon.kinds(keys(tokens, i, title));
                if (f.has(ROLE) || role == null) {
                    role = role == null || !f.has(HONORIFIC) ? titleText : role;
                }
                if (f.has(ROLE) && !isHonorificOnly(titleText)) {
                    role = titleText;
                }
                if (f.hasAny(GENDERED)) {
                    gender = f.has(MALE) ? 'm' : 'f';
                }
                titled = true;
                full = extend(full, tokens, i, title);
                i = title;
                continue;
            }
            if (known == i + 1 && known < end && lexicon.kinds(t.key()).has(FIRST_NAME)
                    && !lexicon.kinds(tokens.get(known).key()).hasAny(KNOWN_NAME_OR_KEYWORD)) {
                // "Florence Dunmore": a first name that is also a place begins a person's name
                known = i;
            }
            if (known > i && known < end) {
                // a known name followed by more: keep together when the rest only adds keywords
                // ("Maine Gazette", "Vermont Police Department"), otherwise the known name stands alone
                NameKinds knownFlags = lexicon.kinds(keys(tokens, i, known));
                if (onlyKeywords(tokens, known, end) || knownFlags.has(PLACE) && endsWithOrgKey(tokens, known, end)) {
                    // "Maine Gazette", "U.S. Department of Commerce": one organisation
                    classify(s, i, end, titled, full, role, roleOf, gender, out);
                    return;
                }
                NameKinds f = lexicon.kinds(keys(tokens, i, known));
                if (titled || f.has(PLACE) && !f.hasAny(ORGANIZATION_OR_PERSON) && startsPerson(tokens, known, end)) {
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
                if (f.hasAny(ORGANIZATION_OR_PLACE)) {
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
        NameKinds lastFlags = lexicon.kinds(tokens.get(end - 1).key());
        // "Bill", "Doris Day": a first name, or a word after one, is a person's name
        NameKinds before = lexicon.kinds(tokens.get(Math.max(start, end - 2)).key());
        return lastFlags.has(EVENT_KEY) && !lastFlags.hasAny(ORG_OR_FACILITY_KEY)
                && !before.has(FIRST_NAME)
                || end - start >= 2 && lexicon.kinds(keys(tokens, end - 2, end)).has(EVENT_KEY);
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
        NameKinds firstFlags = lexicon.kinds(first.key());
        NameKinds lastFlags = lexicon.kinds(last.key());
        if (namesEvent(tokens, start, end)) {
            return; // "Founders Day", "Harwick Expo", "World Cup": events, not entities
        }
        if (n >= 3 && headIsFacility(tokens, start, end) || n >= 2 && (lastFlags.has(FACILITY_KEY)
                || isSiteCentre(tokens, start, end))) {
            out.add(mention(s, start, end, EntityType.PLACE, "facility-keyword", full, role, roleOf, gender));
            return;
        }
        if (n >= 3 && headBeforeConnectorIsOrgKey(tokens, start, end)) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "organisation-keyword", full, role, roleOf, gender));
            return;
        }
        if (n >= 3 && lexicon.kinds(keys(tokens, end - 2, end)).has(ORG_KEY)) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "organisation-keyword", full, role, roleOf, gender));
            return; // "Harwick Independent School District"
        }
        if (n >= 2 && lastFlags.has(ORG_KEY)) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "organisation-keyword", full, role, roleOf, gender));
            return;
        }
        if (n >= 2 && lastFlags.has(MEDIA_KEY) && !titled && (!firstFlags.has(FIRST_NAME)
                || strongMediaKeywords.contains(last.lower()) || n >= 3 || firstFlags.has(PLACE))) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "media-keyword", full, role, roleOf, gender));
            return;
        }
        if (n >= 2 && firstFlags.has(FIRST_NAME) && !firstFlags.has(PLACE_PREKEY) && !titled
                && surnameLikeKeywords.contains(last.lower())) {
            out.add(mention(s, start, end, EntityType.PERSON, "first-name", full, role, roleOf, gender(firstFlags, gender)));
            return;
        }
        if (n >= 2 && (lastFlags.has(PLACE_KEY) || firstFlags.has(PLACE_PREKEY) && !titled)) {
            out.add(mention(s, start, end, EntityType.PLACE, "place-keyword", full, role, roleOf, gender));
            return;
        }
        if (n == 1 && isAcronym(first.text()) && (firstFlags.has(CONCEPT) && !firstFlags.hasAny(KNOWN_NAME)
                || first.text().chars().anyMatch(Character::isDigit))) {
            return; // "IQ", "CEO", "HTML", "IE6": concepts and products, not organisations
        }
        if (allAcronyms(tokens, start, end) && !(n == 1 && lexicon.isCommonWord(first.lower()))) {
            NameKinds f = lexicon.kinds(keys(tokens, start, end));
            EntityType type = f.hasAny(PLACE_OR_COUNTRY) && !f.has(ORGANIZATION) ? EntityType.PLACE : EntityType.ORGANIZATION;
            out.add(mention(s, start, end, type, "acronym", full, role, roleOf, gender));
            return;
        }
        if (n >= 2 && lastFlags.has(COUNTRY) && !firstFlags.hasAny(FIRST_NAME_OR_TITLE) && !titled) {
            // "Acme UK", "Amnesty International Canada": an organisation's branch in a country
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "organisation-of-country", full, role, roleOf, gender));
            return;
        }
        if (titled) {
            out.add(mention(s, start, end, EntityType.PERSON, "title", full, role, roleOf, gender(firstFlags, gender)));
            return;
        }
        if (n >= 2 && firstFlags.has(FIRST_NAME)) {
            out.add(mention(s, start, end, EntityType.PERSON, "first-name", full, role, roleOf, gender(firstFlags, gender)));
            return;
        }
        if (n >= 3 && n <= 5 && particles.contains(tokens.get(end - 2).lower()) && !lastFlags.hasAny(KNOWN_NAME_OR_KEYWORD) && !firstFlags.hasAny(KNOWN_NAME_OR_PLACE_KEY)) {
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
            if (firstFlags.has(NATIONALITY)) {
                return;
            }
            if ((firstFlags.has(FIRST_NAME) || firstFlags.has(KNOWN_SURNAME)) && !lexicon.isCommonWord(key)) {
                out.add(mention(s, start, end, EntityType.PERSON, "single-name", full, role, roleOf, gender(firstFlags, gender)));
                return;
            }
            if (firstFlags.has(MEDIA_KEY) && start > 0 && tokens.get(start - 1).lower().equals("the")
                    && tokens.get(start - 1).isCapitalised()) {
                out.add(mention(s, start, end, EntityType.ORGANIZATION, "newspaper", full, role, roleOf, gender));
                return; // "The Observer", "The Times"
            }
            if (looksLikeWebName(first.text())) {
                out.add(mention(s, start, end, EntityType.ORGANIZATION, "web-name", full, role, roleOf, gender));
                return; // "Brightnews", "FactWire", "Bugwatch.com"
            }
            if (!lexicon.isCommonWord(key) && first.text().length() > 1) {
                // a proper noun nobody lists: typed later from the document, or dropped
                out.add(mention(s, start, end, null, "unknown", full, role, roleOf, gender));
                return;
            }
            // a capitalised plural of a party ("Tory" for "Tories")
            for (String plural : List.of(key + "s", key.endsWith("y") ? key.substring(0, key.length() - 1) + "ies" : key)) {
                if (lexicon.kinds(plural).has(ORGANIZATION)) {
                    out.add(mention(s, start, end, EntityType.ORGANIZATION, "party-member", full, role, roleOf, gender));
                    return;
                }
            }
            // an ordinary word written with a capital in mid-sentence and used as an organisation is one:
            // "Apple's shares", "for Apple, …", "Apple did not respond", "Shell spokesman"
            if (!isClauseInitial(s, start) && !firstFlags.hasAny(NO_ORGANISATION)
                    && organisationContext(s, end)) {
                out.add(mention(s, start, end, EntityType.ORGANIZATION, "capitalised-word", full, role, roleOf, gender));
            } else if (!isClauseInitial(s, start) && !firstFlags.hasAny(NO_ORGANISATION)) {
                out.add(mention(s, start, end, null, "capitalised-word", full, role, roleOf, gender));
            }
            return;
        }
        // several capitalised words, some ordinary ("Copper Falcon", "Harwick Expo"): a name of something,
        // but of what kind only the document can say
        if (!lexicon.isCommonWord(last.lower()) || n >= 2) {
            out.add(mention(s, start, end, null, "unknown", full, role, roleOf, gender));
        }
    }

    /** "National Museum of the Merchant Navy": a facility word heads the name. */
    private boolean headIsFacility(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (connectors.contains(tokens.get(i).lower()) && !tokens.get(i).isCapitalised()) {
                return lexicon.kinds(tokens.get(i - 1).key()).has(FACILITY_KEY);
            }
        }
        return false;
    }

    /** "Halden Space Center", "Greater Harwick Convention Centre": a centre that is a site, not "Centre for X". */
    private boolean isSiteCentre(List<Token> tokens, int start, int end) {
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

    /** "University of Vermont at Burlington", "Church of the Open Door": an organisation keyword heads it. */
    /**
     * Where a person's name (a first name and one or two capitalised words) ends a longer run whose
     * earlier part names an organisation or place; -1 if it does not.
     */
    private int trailingPerson(List<Token> tokens, int start, int end) {
        // "Housing Council Arun Mehta": an organisation keyword, then two or three unlisted capitalised words
        for (int j = Math.max(start + 1, end - 3); j <= end - 2; j++) {
            NameKinds before = lexicon.kinds(tokens.get(j - 1).key());
            if (before.hasAny(ORGANISATION_KEYWORD) && !before.has(FACILITY_KEY)
                    && !lexicon.kinds(tokens.get(j).key()).hasAny(NAMES_NO_PERSON)
                    && !lexicon.isCommonWord(tokens.get(j).lower()) && looksLikePersonName(tokens, j, end)) {
                return j;
            }
        }
        for (int j = Math.max(start + 2, end - 3); j < end - 1; j++) {
            Token t = tokens.get(j);
            NameKinds f = lexicon.kinds(t.key());
            if (!f.has(FIRST_NAME) || f.hasAny(KNOWN_NAME_OR_ORG_PLACE_KEY) || lexicon.isCommonWord(t.lower())) {
                continue;
            }
            boolean before = true;
            for (int k = start; k < j; k++) {
                if (lexicon.kinds(tokens.get(k).key()).has(FIRST_NAME) && !lexicon.isCommonWord(tokens.get(k).lower())) {
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
            if (connectors.contains(tokens.get(i).lower()) && !tokens.get(i).isCapitalised()) {
                NameKinds f = lexicon.kinds(tokens.get(i - 1).key());
                return f.has(ORG_KEY) && !f.has(FACILITY_KEY); // "Museum of Toys" is a place
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
            if (key.indexOf('-') > 0 && Character.isLowerCase(t.text().charAt(key.indexOf('-') + 1))) {
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

    private boolean startsPerson(List<Token> tokens, int from, int end) {
        NameKinds f = lexicon.kinds(tokens.get(from).key());
        return f.hasAny(FIRST_NAME_OR_TITLE) || end - from >= 2 && looksLikePersonName(tokens, from, end);
    }

    private boolean endsWithOrgKey(List<Token> tokens, int from, int end) {
        return end - from >= 1 && lexicon.kinds(tokens.get(end - 1).key()).hasAny(ORGANISATION_KEYWORD)
                && !lexicon.kinds(tokens.get(end - 1).key()).has(FACILITY_KEY) && !isSiteCentre(tokens, from, end);
    }

    /**
     * A title that starts after {@code from} inside a run and is followed by a person's name: returns
     * {start, end} of the title, or null. The words before it qualify it ("Shadow", "Deputy").
     */
    private int[] titleInside(List<Token> tokens, int from, int end) {
        for (int j = from + 1; j < end - 1 && j <= from + 3; j++) {
            int title = lexicon.longestMatch(tokens, j, end, TITLE, Token::key);
            if (title > j && title < end && startsPerson(tokens, title, end)) {
                for (int k = from; k < j; k++) {
                    if (lexicon.kinds(tokens.get(k).key()).hasAny(KNOWN_OR_FIRST_NAME)) {
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
            NameKinds f = lexicon.kinds(tokens.get(i).key());
            if (!f.hasAny(NAME_KEYWORD) && !connectors.contains(tokens.get(i).lower())) {
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
            if (m.tokenCount() == 1 && lexicon.kinds(key).has(PLACE_PREKEY) && !lexicon.kinds(key).hasAny(KNOWN_NAME)) {
                continue; // "North", "East": a direction, not a place of its own
            }
            if (m.tokenCount() == 1 && "acronym".equals(m.rule()) && counts.get(key) < 2 && !acronymOfAnother(m, mentions)) {
                continue; // an unexplained acronym seen once ("VIP", "ETA"): not enough to call it an organisation
            }
            if (m.tokenCount() == 1 && "known-name".equals(m.rule()) && counts.get(key) < 2
                    && lexicon.isCommonWord(m.text().toLowerCase(Locale.ROOT)) && opensClause(m, sentences)
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
    private boolean organisationEvidence(String word, List<Sentence> sentences, int count) {
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).text().equals(word) && organisationContext(s, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean partOfLongerName(String key, List<NameMention> mentions) {
        for (NameMention other : mentions) {
            if (other.tokenCount() > 1 && (" " + normal(other.text()) + " ").contains(" " + key + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Right after a name: a possessive, or a word only organisations take ("sources", "spokesman"). */
    private boolean organisationContext(Sentence s, int end) {
        if (end >= s.size()) {
            return false;
        }
        Token next = s.token(end);
        return next.norm().equals("'s") || organisationWords.contains(next.lower());
    }

    /** "Unity sources", "Unity leader": a word after the name that only organisations take. */
    private boolean beforeOrganisationWord(NameMention m, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentence());
        return m.end() < s.size() && organisationWords.contains(s.token(m.end()).lower());
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
    private record KnownNames(TokenTrie<Boolean> trie, Map<String, NameMention> byKey) {

        static KnownNames of(List<NameMention> found) {
            TokenTrie<Boolean> trie = new TokenTrie<>();
            Map<String, NameMention> byKey = new HashMap<>();
            for (NameMention m : found) {
                List<String> keys = java.util.Arrays.stream(m.text().split("\\s+")).map(Lexicon::key).toList();
                trie.add(keys, Boolean.TRUE, (a, b) -> a);
                byKey.putIfAbsent(String.join(" ", keys), m);
            }
            return new KnownNames(trie, byKey);
        }
    }

    /** Names already found, and full names the lists know, inside a title-case line. */
    private List<NameMention> knownNamesIn(Sentence s, KnownNames known) {
        boolean titleCase = isTitleCase(s);
        TokenTrie<Boolean> docNames = known.trie();
        Map<String, NameMention> byKey = known.byKey();
        List<NameMention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int m = docNames.longestMatch(tokens, i, tokens.size(), found -> true, Token::key);
            if (m > i && tokens.get(i).isCapitalised() && tokens.get(m - 1).isCapitalised()) {
                NameMention model = byKey.get(keyText(tokens, i, m));
                out.add(mention(s, i, m, model.type(), "known-in-document", null, null, null, model.gender()));
                i = m;
                continue;
            }
            int k = titleCase ? lexicon.longestMatch(tokens, i, tokens.size(), KNOWN_NAME, Token::key) : i;
            if (k > i + 1 && tokens.get(i).isCapitalised() && tokens.get(k - 1).isCapitalised()) {
                out.add(mention(s, i, k, typeOf(lexicon.kinds(keys(tokens, i, k))), "known-name", null, null, null, '?'));
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

    private static EntityType typeOf(NameKinds flags) {
        if (flags.has(PLACE)) {
            return EntityType.PLACE;
        }
        if (flags.has(ORGANIZATION)) {
            return EntityType.ORGANIZATION;
        }
        return EntityType.PERSON;
    }

    private static char gender(NameKinds flags, char fallback) {
        if (fallback != '?') {
            return fallback;
        }
        boolean m = flags.has(MALE);
        boolean f = flags.has(FEMALE);
        return m == f ? '?' : m ? 'm' : 'f';
    }

    private String countryName(String key, List<Token> tokens, int from, int to) {
        String country = lexicon.countryOfAdjective(text(tokens, from, to));
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
        return Lexicon.key(name).replaceAll("\\s+", " ").strip();
    }
}
