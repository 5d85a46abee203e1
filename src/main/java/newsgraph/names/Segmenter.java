package newsgraph.names;

import static newsgraph.lexicon.NameKind.BELIEF;
import static newsgraph.lexicon.NameKind.CITY;
import static newsgraph.lexicon.NameKind.CONCEPT;
import static newsgraph.lexicon.NameKind.COUNTRY;
import static newsgraph.lexicon.NameKind.FACILITY_KEY;
import static newsgraph.lexicon.NameKind.KNOWN_SURNAME;
import static newsgraph.lexicon.NameKind.FEMALE;
import static newsgraph.lexicon.NameKind.FIRST_NAME;
import static newsgraph.lexicon.NameKind.HONORIFIC;
import static newsgraph.lexicon.NameKind.MALE;
import static newsgraph.lexicon.NameKind.MEDIA_KEY;
import static newsgraph.lexicon.NameKind.NATIONALITY;
import static newsgraph.lexicon.NameKind.ORGANIZATION;
import static newsgraph.lexicon.NameKind.ORG_KEY;
import static newsgraph.lexicon.NameKind.PERSON;
import static newsgraph.lexicon.NameKind.PLACE;
import static newsgraph.lexicon.NameKind.PLACE_KEY;
import static newsgraph.lexicon.NameKind.ROLE;
import static newsgraph.lexicon.NameKind.SURNAME_PARTICLE;
import static newsgraph.names.NameShapes.KNOWN_NAME;
import static newsgraph.names.NameShapes.extend;
import static newsgraph.names.NameShapes.gender;
import static newsgraph.names.NameShapes.keyText;
import static newsgraph.names.NameShapes.keys;
import static newsgraph.names.NameShapes.mention;
import static newsgraph.names.NameShapes.text;
import static newsgraph.names.NameShapes.typeOf;

import java.util.List;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKinds;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * The second part of the name recogniser: a run of capitalised words is cut into names at titles, roles,
 * nationalities and the names the lexicon knows — "Health Secretary Dame Ruth Ashby" is a person with a role,
 * "Chilean President Marta Olivares" one whose role belongs to Chile, "United States Rahim Daneshvar" a place
 * and a person — and each name is handed to the {@link TypingRules} with what was written before it.
 */
final class Segmenter {

    /** A title or role written before a name. */
    private static final NameKinds TITLE = NameKinds.of(ROLE, HONORIFIC);
    private static final NameKinds NATIONALITIES = NameKinds.of(NATIONALITY);
    private static final NameKinds GENDERED = NameKinds.of(MALE, FEMALE);
    /** A listed name or a first name. */
    private static final NameKinds KNOWN_OR_FIRST_NAME = NameKinds.of(PERSON, ORGANIZATION, PLACE, FIRST_NAME);
    /** A listed name or a name keyword. */
    private static final NameKinds KNOWN_NAME_OR_KEYWORD = NameKinds.of(PERSON, ORGANIZATION, PLACE, ORG_KEY,
            PLACE_KEY, MEDIA_KEY);
    private static final NameKinds ORGANIZATION_OR_PERSON = NameKinds.of(ORGANIZATION, PERSON);
    private static final NameKinds ORGANIZATION_OR_PLACE = NameKinds.of(ORGANIZATION, PLACE);
    /** A word that ends the names of organisations or media. */
    private static final NameKinds ORGANISATION_KEYWORD = NameKinds.of(ORG_KEY, MEDIA_KEY);
    /** A word that ends the names of organisations, media or places. */
    private static final NameKinds NAME_KEYWORD = NameKinds.of(ORG_KEY, MEDIA_KEY, PLACE_KEY);
    /** A first name or a title: a person follows. */
    private static final NameKinds FIRST_NAME_OR_TITLE = NameKinds.of(FIRST_NAME, HONORIFIC);
    private static final NameKinds PLACE_OR_COUNTRY = NameKinds.of(PLACE, COUNTRY);
    private static final NameKinds COUNTRY_OR_ORGANIZATION = NameKinds.of(COUNTRY, ORGANIZATION);
    /** What keeps a word WordNet also knows as a concept a name: "Treasury" (a role's body), "Green", "Georgia". */
    private static final NameKinds CONCEPT_BUT_NAME = NameKinds.of(COUNTRY, CITY, KNOWN_SURNAME, ROLE, FIRST_NAME,
            PERSON);

    private final Lexicon lexicon;
    private final NameShapes shapes;
    private final TypingRules typing;
    private final Set<String> particles;
    private final Set<String> organisationRoles;

    Segmenter(Lexicon lexicon, NameShapes shapes, TypingRules typing) {
        this.lexicon = lexicon;
        this.shapes = shapes;
        this.typing = typing;
        this.particles = lexicon.words(WordList.NAME_PARTICLES);
        this.organisationRoles = lexicon.words(WordList.ORGANISATION_ROLES);
    }

    /** The names in tokens [start, end) of a sentence, added to {@code out}. */
    void segment(Sentence s, int start, int end, List<NameMention> out) {
        List<Token> tokens = s.tokens();
        if (shapes.namesEvent(tokens, start, end)) {
            return; // "Harwick City Kite Festival": the place inside an event's name is not mentioned there
        }
        int i = start;
        Span full = null;
        String role = null;
        String roleOf = null;
        char gender = '?';
        boolean titled = false;
        int placeAfter = placeAfterPlacedOrganisation(tokens, start, end);
        if (placeAfter > 0) {
            // rule "place-after-placed-organisation": "Harwick State University | of the US"
            segment(s, start, placeAfter, out);
            int place = placeAfter;
            while (place < end && !tokens.get(place).isCapitalised()) {
                place++; // "of the"
            }
            segment(s, place, end, out);
            return;
        }
        if (end - start == 2 && isInitials(tokens.get(start)) && looksLikeUnknownSurname(tokens.get(start + 1))) {
            // rule "initials-before-surname": "a paper by AS Kolvath", not the place "AS" and a word no list knows
            typing.classify(s, start, end, true, null, null, null, '?', out);
            return;
        }
        while (i < end) {
            Token t = tokens.get(i);
            if (!t.isWord() && !t.text().equals("&") || i > start && t.lower().equals("and") && !t.isCapitalised()) {
                i++; // "Kodak and Xerox Holdings": after the known name, "and" begins no name
                continue;
            }
            if (i > start && !t.isCapitalised() && !particles.contains(t.lower()) && !t.lower().startsWith("al-")) {
                i++; // "University of Halden of the UK": after the known name, "of the" begins no name
                continue;
            }
            NameKinds whole = lexicon.kinds(keys(tokens, i, end));
            if (whole.has(ROLE) && end - i > 1 && !titled) {
                return; // "Secretary of State", "Prime Minister": a role, not a name
            }
            if (whole.hasAny(KNOWN_NAME) && !whole.hasAny(TITLE)) {
                if (end - i == 1 && !titled && isConceptWord(whole)) {
                    return;
                }
                EntityType type = titled && !whole.has(PERSON) && end - i == 1 ? EntityType.PERSON : typeOf(whole);
                out.add(mention(s, i, end, type, titled ? "title" : "known-name", full, role, roleOf, gender(whole, gender)));
                return;
            }
            int known = lexicon.longestMatch(tokens, i, end, KNOWN_NAME, Token::key);
            int title = lexicon.longestMatch(tokens, i, end, TITLE, Token::key);
            int nat = lexicon.longestMatch(tokens, i, end, NATIONALITIES, Token::key);
            if (nat > i && nat < end && nat >= known && endsWithOrgKey(tokens, nat, end) && !titled) {
                // "Chilean Broadcasting Corporation", "Portuguese Navy": the adjective is part of the name
                typing.classify(s, i, end, false, full, role, roleOf, gender, out);
                return;
            }
            if (nat > i && nat < end && nat >= known) {
                roleOf = countryName(tokens, i, nat);
                full = extend(full, tokens, i, nat);
                i = nat;
                continue;
            }
            int[] held = title == i && known == i && nat == i && !titled ? organisationRoleInside(tokens, i, end) : null;
            if (held != null) {
                // "Pebble CEO Laura Hart", "Hazel Chief Executive Officer Tom Bell": the organisation, then its
                // role's holder; neither "Pebble CEO" a person's name nor "Pebble" a qualifier of the title
                out.add(mention(s, i, held[0], EntityType.ORGANIZATION, "organisation-before-role", null, null, null, '?'));
                if (held[1] == end) {
                    return; // "the Pebble CEO": the role names nobody here
                }
                roleOf = text(tokens, i, held[0]);
                role = text(tokens, held[0], held[1]);
                full = extend(null, tokens, held[0], held[1]);
                titled = true;
                i = held[1];
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
                    && !particles.contains(tokens.get(i + 1).lower()) && shapes.looksLikePersonName(tokens, i + 1, end)) {
                // "Farmer Owen Kettle", "Coach Martin Ashdown": a word that describes the person, then the name
                role = t.text();
                full = extend(full, tokens, i, i + 1);
                titled = true;
                i++;
                continue;
            }
            if (title == i + 1 && end == i + 2 && lexicon.kinds(t.key()).has(FIRST_NAME)
                    && !shapes.isCourtesyTitle(t.text())) {
                // "Dean Farrow": a first name that is also a title
                title = i;
            }
            if (title > i && title < end && title >= known && onlyKeywords(tokens, title, end)) {
                // "Bishop College": a title that names an organisation with its keyword
                typing.classify(s, i, end, false, full, role, roleOf, gender, out);
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
                if (shapes.connectors.contains(tokens.get(after).lower()) && !tokens.get(after).isCapitalised()) {
                    // "Chairman of the Chilean Centre for ...": the role's organisation, not a person
                    while (after < end && shapes.connectors.contains(tokens.get(after).lower())) {
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
                if (f.has(ROLE) && !shapes.isCourtesyTitle(titleText)) {
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
            if (known == i + 1 && known + 1 < end && !titled && lexicon.kinds(t.key()).has(ORG_KEY)
                    && (tokens.get(known).lower().equals("of") || tokens.get(known).lower().equals("for"))) {
                // "Union of Retired Miners", "Bank of England": a keyword that is also a known name opens a
                // longer organisation's name
                typing.classify(s, i, end, false, full, role, roleOf, gender, out);
                return;
            }
            if (known > i && known < end) {
                // a known name followed by more: keep together when the rest only adds keywords
                // ("Maine Gazette", "Vermont Police Department"), otherwise the known name stands alone
                NameKinds knownFlags = lexicon.kinds(keys(tokens, i, known));
                if (onlyKeywords(tokens, known, end) || knownFlags.has(PLACE) && endsWithOrgKey(tokens, known, end)
                        || knownFlags.has(COUNTRY) && !titled && organisationOfCountry(tokens, known, end)
                        && lexicon.kinds(keys(tokens, known, end)).has(ORGANIZATION)
                        || !titled && namesFacility(tokens, known, end)) {
                    // "Maine Gazette", "U.S. Department of Commerce": one organisation; rule "named-facility":
                    // "Kennedy Space Center", "Halden Dulles Airport": a name before a facility's words is its name
                    typing.classify(s, i, end, titled, full, role, roleOf, gender, out);
                    return;
                }
                NameKinds f = lexicon.kinds(keys(tokens, i, known));
                if (!titled && end - known == 1 && f.has(PLACE) && !f.hasAny(ORGANIZATION_OR_PERSON) && i == start
                        && siteOfPlace(tokens, start, known)) {
                    // rule "site-of-place": "flights from Halden Brixcombe", "out of Paris Orly": after a preposition
                    // of place, a word no list knows right after a town's name is a site of that town
                    out.add(mention(s, i, known, typeOf(f), "known-name", null, null, null, '?'));
                    out.add(mention(s, known, end, EntityType.PLACE, "site-of-place", null, null, null, '?'));
                    return;
                }
                if (titled || f.has(PLACE) && !f.hasAny(ORGANIZATION_OR_PERSON) && startsPerson(tokens, known, end)) {
                    // "United States Rahim Daneshvar": a place, then the person
                    if (!titled) {
                        roleOf = keyText(tokens, i, known);
                        out.add(mention(s, i, known, typeOf(f), "known-name", null, null, null, '?'));
                        full = extend(null, tokens, i, known);
                        i = known;
                        continue;
                    }
                    typing.classify(s, i, end, true, full, role, roleOf, gender, out);
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
            typing.classify(s, i, end, titled, full, role, roleOf, gender, out);
            return;
        }
        // a run that was only titles and roles ("the Prime Minister") names nobody
    }

    /**
     * Rule "concept-word": one word that a list gives as a name but WordNet knows as a belief ("Islam", "Wicca",
     * "Judaism") or that is a nationality WordNet knows as a kind of person ("Canadian") names no one entity; a
     * country, a city, a surname or a role keeps its name. (Other concepts keep theirs: "the Fed", "Pepsi".)
     */
    private static boolean isConceptWord(NameKinds whole) {
        return (whole.has(BELIEF) || whole.has(CONCEPT) && whole.has(NATIONALITY)) && !whole.hasAny(CONCEPT_BUT_NAME);
    }

    /**
     * Where the place begins in a run "X … Keyword of (the) Place" whose organisation already has its place — it
     * begins with one ("Harwick State University of the US") or has its own "of" ("University of Halden of the
     * UK"); -1 otherwise ("Bank of England", "University of Vermont" keep theirs).
     */
    private int placeAfterPlacedOrganisation(List<Token> tokens, int start, int end) {
        int place = end - 1;
        NameKinds last = lexicon.kinds(tokens.get(place).key());
        if (!last.hasAny(PLACE_OR_COUNTRY) || last.has(ORGANIZATION) || end - start < 4) {
            return -1;
        }
        int of = tokens.get(place - 1).lower().equals("the") ? place - 2 : place - 1;
        if (of - 2 < start || !tokens.get(of).lower().equals("of") || tokens.get(of).isCapitalised()) {
            return -1;
        }
        int opened = shapes.organisationFieldsFrom(tokens, start, of);
        boolean ownOf = opened > 0 && tokens.get(opened - 1).lower().equals("of") && opened < of;
        int known = lexicon.longestMatch(tokens, start, of, KNOWN_NAME, Token::key);
        boolean placeFirst = known > start && lexicon.kinds(keys(tokens, start, known)).hasAny(PLACE_OR_COUNTRY)
                && lexicon.kinds(tokens.get(of - 1).key()).has(ORG_KEY);
        return ownOf || placeFirst ? of : -1;
    }

    /** "AS", "JRR": two or three capital letters that are no country's or organisation's name. */
    private boolean isInitials(Token t) {
        String text = t.text();
        return text.length() >= 2 && text.length() <= 3 && text.chars().allMatch(Character::isUpperCase)
                && !lexicon.kinds(t.key()).hasAny(COUNTRY_OR_ORGANIZATION);
    }

    /** A capitalised word no list knows and no English word: "Kolvath". */
    private boolean looksLikeUnknownSurname(Token t) {
        return t.isWord() && t.isCapitalised() && !NameShapes.isAcronym(t.text()) && lexicon.kinds(t.key()).isEmpty()
                && !lexicon.isCommonWord(t.lower()) && t.text().indexOf('.') < 0;
    }

    private boolean startsPerson(List<Token> tokens, int from, int end) {
        NameKinds f = lexicon.kinds(tokens.get(from).key());
        return f.hasAny(FIRST_NAME_OR_TITLE) || end - from >= 2 && shapes.looksLikePersonName(tokens, from, end);
    }

    /** A locative preposition before the run, and after the place at {@code site} a word no list knows. */
    private boolean siteOfPlace(List<Token> tokens, int start, int site) {
        Token word = tokens.get(site);
        String before = start > 0 ? tokens.get(start - 1).lower() : "";
        boolean outOf = before.equals("of") && start > 1 && tokens.get(start - 2).lower().equals("out");
        return (Lexicon.LOCATIVE_PREPOSITIONS.contains(before) || outOf)
                && word.isWord() && lexicon.kinds(word.key()).isEmpty() && !lexicon.isCommonWord(word.lower())
                && !NameShapes.isAcronym(word.text()) && word.text().indexOf('-') < 0;
    }

    /**
     * Capitalised words from {@code from} that end in a facility's keyword ("Space Center", "International
     * Airport") and begin no person's name: the name written before them is part of the facility's name.
     */
    private boolean namesFacility(List<Token> tokens, int from, int end) {
        if (end - from < 2 || lexicon.kinds(tokens.get(from).key()).hasAny(FIRST_NAME_OR_TITLE)) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (!tokens.get(k).isCapitalised()) {
                return false; // "Museum of …": a longer name with its own shape
            }
        }
        return lexicon.kinds(tokens.get(end - 1).key()).has(FACILITY_KEY) || shapes.isSiteCentre(tokens, from, end);
    }

    /**
     * Rule "country-before-known-organisation": "U.S. Department of Commerce" — a country before an
     * organisation the lists know, whose name begins with its keyword ("Department of …"), is one name.
     */
    private boolean organisationOfCountry(List<Token> tokens, int from, int end) {
        return end - from >= 3 && lexicon.kinds(tokens.get(from).key()).has(ORG_KEY)
                && tokens.get(from + 1).lower().equals("of") && !tokens.get(from + 1).isCapitalised();
    }

    private boolean endsWithOrgKey(List<Token> tokens, int from, int end) {
        return end - from >= 1 && lexicon.kinds(tokens.get(end - 1).key()).hasAny(ORGANISATION_KEYWORD)
                && !lexicon.kinds(tokens.get(end - 1).key()).has(FACILITY_KEY) && !shapes.isSiteCentre(tokens, from, end);
    }

    /**
     * A role only an organisation has ({@link WordList#ORGANISATION_ROLES}) that starts after {@code from} inside a
     * run, after capitalised words that are no title, and ends the run or is followed by a person's name: returns
     * {start, end} of the role, or null.
     */
    private int[] organisationRoleInside(List<Token> tokens, int from, int end) {
        for (int j = from + 1; j < end && j <= from + 3; j++) {
            Token before = tokens.get(j - 1);
            if (!before.isWord() || !before.isCapitalised() || lexicon.longestMatch(tokens, j - 1, j, TITLE, Token::key) > j - 1
                    || lexicon.kinds(before.key()).hasAny(NATIONALITIES)) {
                return null; // "Deputy CEO", "French CEO": a qualifier, not an organisation
            }
            int title = lexicon.longestMatch(tokens, j, end, TITLE, Token::key);
            if (title > j && organisationRoles.contains(text(tokens, j, title).toLowerCase(java.util.Locale.ROOT))
                    && (title == end || startsPerson(tokens, title, end))) {
                return new int[] {j, title};
            }
        }
        return null;
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
            if (!f.hasAny(NAME_KEYWORD) && !shapes.connectors.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "Chilean" → Chile: the country a nationality written before a name belongs to, else the words as written. */
    private String countryName(List<Token> tokens, int from, int to) {
        String country = lexicon.countryOfAdjective(text(tokens, from, to));
        return country != null ? country : text(tokens, from, to);
    }
}
