package newsgraph.names;

import static newsgraph.lexicon.NameKind.CONCEPT;
import static newsgraph.lexicon.NameKind.COUNTRY;
import static newsgraph.lexicon.NameKind.FACILITY_KEY;
import static newsgraph.lexicon.NameKind.FIRST_NAME;
import static newsgraph.lexicon.NameKind.HONORIFIC;
import static newsgraph.lexicon.NameKind.KNOWN_SURNAME;
import static newsgraph.lexicon.NameKind.MEDIA_KEY;
import static newsgraph.lexicon.NameKind.NATIONALITY;
import static newsgraph.lexicon.NameKind.ORGANIZATION;
import static newsgraph.lexicon.NameKind.ORG_KEY;
import static newsgraph.lexicon.NameKind.PERSON;
import static newsgraph.lexicon.NameKind.PLACE;
import static newsgraph.lexicon.NameKind.PLACE_KEY;
import static newsgraph.lexicon.NameKind.PLACE_PREKEY;
import static newsgraph.lexicon.NameKind.ROLE;
import static newsgraph.names.NameShapes.KNOWN_NAME;
import static newsgraph.names.NameShapes.gender;
import static newsgraph.names.NameShapes.keys;
import static newsgraph.names.NameShapes.mention;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKinds;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * The third part of the name recogniser: what a name is, decided by the first of an ordered list of named rules
 * ({@link #rules()}) that answers — its keyword ("Harwick Council", "Halden Museum", "Lakeside Gazette"), a
 * title before it, a first name, a surname particle, the shape of a person's name, for a single word what the
 * words around it say. A rule may answer that the words name nothing (an event, a concept, an ordinary word)
 * or a name of a kind only the whole article can tell. The rule's name is recorded with the name it types.
 */
final class TypingRules {

    /** A run of capitalised words to type: tokens [start, end) of a sentence, and what the lexicon knows of its ends. */
    record Candidate(Sentence sentence, int start, int end, boolean titled, NameKinds first, NameKinds last) {

        List<Token> tokens() {
            return sentence.tokens();
        }

        int size() {
            return end - start;
        }

        Token firstToken() {
            return sentence.token(start);
        }

        Token lastToken() {
            return sentence.token(end - 1);
        }
    }

    /**
     * A rule's answer: a name of a type (null: of a type only the document can tell), or no name at all; a
     * person's gender from the first name when the title said none.
     */
    record Answer(boolean isName, EntityType type, boolean genderOfFirstName) {

        static final Answer NO_NAME = new Answer(false, null, false);
        static final Answer UNTYPED = new Answer(true, null, false);
        static final Answer PERSON_BY_FIRST_NAME = new Answer(true, EntityType.PERSON, true);

        static Answer of(EntityType type) {
            return new Answer(true, type, false);
        }
    }

    /** A typing rule: its name, and its answer for a candidate, or null when it does not apply. */
    record Rule(String name, Function<Candidate, Answer> answer) {
    }

    private static final NameKinds FIRST_NAME_OR_TITLE = NameKinds.of(FIRST_NAME, HONORIFIC);
    private static final NameKinds PLACE_OR_COUNTRY = NameKinds.of(PLACE, COUNTRY);
    /** A listed name or a name keyword. */
    private static final NameKinds KNOWN_NAME_OR_KEYWORD = NameKinds.of(PERSON, ORGANIZATION, PLACE, ORG_KEY,
            PLACE_KEY, MEDIA_KEY);
    private static final NameKinds KNOWN_NAME_OR_PLACE_KEY = NameKinds.of(PERSON, ORGANIZATION, PLACE, PLACE_KEY);
    /** Capitalised words that are no organisation of their own: concepts, nationalities, titles, roles. */
    private static final NameKinds NO_ORGANISATION = NameKinds.of(CONCEPT, NATIONALITY, HONORIFIC, ROLE);
    /** A word that ends the names of organisations or media. */
    private static final NameKinds ORGANISATION_KEYWORD = NameKinds.of(ORG_KEY, MEDIA_KEY);
    /** Words that name something other than a person: listed names, keywords, concepts. */
    private static final NameKinds NAMES_NO_PERSON = NameKinds.of(PERSON, ORGANIZATION, PLACE, ORG_KEY, PLACE_KEY,
            MEDIA_KEY, CONCEPT);
    private static final NameKinds KNOWN_NAME_OR_ORG_PLACE_KEY = NameKinds.of(PERSON, ORGANIZATION, PLACE, ORG_KEY,
            PLACE_KEY);

    private final Lexicon lexicon;
    private final NameShapes shapes;
    /** Place keywords that are also common surnames: "Dora Ellen Hill" is a person, "Capitol Hill" a place. */
    private final Set<String> surnameLikeKeywords;
    /** Words that make a media name even after a first name: "Lakeside News", "Harwick Evening Herald". */
    private final Set<String> strongMediaKeywords;
    private final Set<String> particles;
    private final List<Rule> rules;

    TypingRules(Lexicon lexicon, NameShapes shapes) {
        this.lexicon = lexicon;
        this.shapes = shapes;
        this.surnameLikeKeywords = lexicon.words(WordList.SURNAME_LIKE_KEYWORDS);
        this.strongMediaKeywords = lexicon.words(WordList.STRONG_MEDIA_KEYWORDS);
        this.particles = lexicon.words(WordList.NAME_PARTICLES);
        this.rules = List.of(
                // "Founders Day", "Harwick Expo", "World Cup": events, not entities
                new Rule("event", c -> shapes.namesEvent(c.tokens(), c.start(), c.end()) ? Answer.NO_NAME : null),
                new Rule("facility-keyword", c -> c.size() >= 3 && headIsFacility(c) || c.size() >= 2
                        && (c.last().has(FACILITY_KEY) || shapes.isSiteCentre(c.tokens(), c.start(), c.end()))
                        ? Answer.of(EntityType.PLACE) : null),
                // "Church of the Open Door", "Harwick Independent School District", "Unity Party"
                new Rule("organisation-keyword", c -> c.size() >= 3 && headBeforeConnectorIsOrgKey(c)
                        || c.size() >= 3 && lexicon.kinds(keys(c.tokens(), c.end() - 2, c.end())).has(ORG_KEY)
                        || c.size() >= 2 && c.last().has(ORG_KEY) ? Answer.of(EntityType.ORGANIZATION) : null),
                new Rule("media-keyword", c -> c.size() >= 2 && c.last().has(MEDIA_KEY) && !c.titled()
                        && (!c.first().has(FIRST_NAME) || strongMediaKeywords.contains(c.lastToken().lower())
                        || c.size() >= 3 || c.first().has(PLACE)) ? Answer.of(EntityType.ORGANIZATION) : null),
                // "Dora Ellen Hill": a first name before a place keyword that is also a surname
                new Rule("first-name", c -> c.size() >= 2 && c.first().has(FIRST_NAME) && !c.first().has(PLACE_PREKEY)
                        && !c.titled() && surnameLikeKeywords.contains(c.lastToken().lower())
                        ? Answer.PERSON_BY_FIRST_NAME : null),
                new Rule("place-keyword", c -> c.size() >= 2 && (c.last().has(PLACE_KEY)
                        || c.first().has(PLACE_PREKEY) && !c.titled()) ? Answer.of(EntityType.PLACE) : null),
                // "IQ", "CEO", "HTML", "IE6": concepts and products, not organisations
                new Rule("concept", c -> c.size() == 1 && NameShapes.isAcronym(c.firstToken().text())
                        && (c.first().has(CONCEPT) && !c.first().hasAny(KNOWN_NAME)
                        || c.firstToken().text().chars().anyMatch(Character::isDigit)) ? Answer.NO_NAME : null),
                new Rule("acronym", c -> NameShapes.allAcronyms(c.tokens(), c.start(), c.end())
                        && !(c.size() == 1 && lexicon.isCommonWord(c.firstToken().lower())) ? acronym(c) : null),
                // "Acme UK", "Amnesty International Canada": an organisation's branch in a country
                new Rule("organisation-of-country", c -> c.size() >= 2 && c.last().has(COUNTRY)
                        && !c.first().hasAny(FIRST_NAME_OR_TITLE) && !c.titled() ? Answer.of(EntityType.ORGANIZATION) : null),
                // "bands such as The Copper Falcons": "The" written with a capital inside a sentence begins the
                // name of a band, a paper, a work — never a person's
                new Rule("the-before-name", c -> !c.titled() && capitalisedTheBefore(c) ? Answer.UNTYPED : null),
                new Rule("title", c -> c.titled() ? Answer.PERSON_BY_FIRST_NAME : null),
                new Rule("first-name", c -> c.size() >= 2 && c.first().has(FIRST_NAME) ? Answer.PERSON_BY_FIRST_NAME : null),
                // "Marine Le Pen", "Charles de Gaulle", "Vincent van Gogh": a surname with its particle
                new Rule("surname-particle", c -> c.size() >= 3 && c.size() <= 5
                        && particles.contains(c.tokens().get(c.end() - 2).lower()) && !c.last().hasAny(KNOWN_NAME_OR_KEYWORD)
                        && !c.first().hasAny(KNOWN_NAME_OR_PLACE_KEY) ? Answer.of(EntityType.PERSON) : null),
                new Rule("proper-name-shape", c -> c.size() >= 2 && c.size() <= 4
                        && shapes.looksLikePersonName(c.tokens(), c.start(), c.end()) ? Answer.of(EntityType.PERSON) : null),
                // one word
                new Rule("nationality", c -> c.size() == 1 && c.first().has(NATIONALITY) ? Answer.NO_NAME : null),
                new Rule("single-name", c -> c.size() == 1 && (c.first().has(FIRST_NAME) || c.first().has(KNOWN_SURNAME))
                        && !lexicon.isCommonWord(c.firstToken().lower()) ? Answer.PERSON_BY_FIRST_NAME : null),
                // "The Observer", "The Times"
                new Rule("newspaper", c -> c.size() == 1 && c.first().has(MEDIA_KEY) && c.start() > 0
                        && c.tokens().get(c.start() - 1).lower().equals("the") && c.tokens().get(c.start() - 1).isCapitalised()
                        ? Answer.of(EntityType.ORGANIZATION) : null),
                // "Brightnews", "FactWire", "Bugwatch.com"
                new Rule("web-name", c -> c.size() == 1 && NameShapes.looksLikeWebName(c.firstToken().text())
                        ? Answer.of(EntityType.ORGANIZATION) : null),
                // "Brixcombe airport", "Kelvadon stadium": a word no list knows before a facility's keyword in lower case
                new Rule("before-facility-word", c -> c.size() == 1 && !lexicon.isCommonWord(c.firstToken().lower())
                        && c.firstToken().text().indexOf('-') < 0 // "pro-Beijing camp": a side, not a site
                        && c.first().isEmpty() && c.end() < c.sentence().size() && !c.sentence().token(c.end()).isCapitalised()
                        && lexicon.kinds(c.sentence().token(c.end()).key()).has(FACILITY_KEY)
                        ? Answer.of(EntityType.PLACE) : null),
                // a proper noun nobody lists: typed later from the document, or dropped
                new Rule("unknown", c -> c.size() == 1 && !lexicon.isCommonWord(c.firstToken().lower())
                        && c.firstToken().text().length() > 1 ? Answer.UNTYPED : null),
                // a capitalised singular of a party ("Tory" for "Tories")
                new Rule("party-member", c -> c.size() == 1 && pluralIsOrganisation(c.firstToken().lower())
                        ? Answer.of(EntityType.ORGANIZATION) : null),
                // an ordinary word written with a capital in mid-sentence and used as an organisation is one:
                // "Apple's shares", "for Apple, …", "Apple did not respond", "Shell spokesman"
                new Rule("capitalised-word", c -> c.size() == 1 && !NameShapes.isClauseInitial(c.sentence(), c.start())
                        && !c.first().hasAny(NO_ORGANISATION) ? (shapes.organisationContext(c.sentence(), c.end())
                        ? Answer.of(EntityType.ORGANIZATION) : Answer.UNTYPED) : null),
                new Rule("ordinary-word", c -> c.size() == 1 ? Answer.NO_NAME : null),
                // several capitalised words, some ordinary ("Copper Falcon", "Harwick Expo"): a name of something,
                // but of what kind only the document can say
                new Rule("unknown", c -> Answer.UNTYPED));
    }

    /** The rules, in the order they are asked. */
    List<Rule> rules() {
        return rules;
    }

    /**
     * Types tokens [start, end) of a sentence and adds the name, if they are one, to {@code out}: an organisation
     * and a person run together ("Housing Council Arun Mehta") are two names.
     */
    void classify(Sentence s, int start, int end, boolean titled, Span full, String role, String roleOf,
                  char gender, List<NameMention> out) {
        List<Token> tokens = s.tokens();
        int person = trailingPerson(tokens, start, end);
        if (person > start && !titled) {
            // "Council on Arab - American Trade Nadia Haddad": an organisation, then a person
            classify(s, start, person, false, full, null, null, '?', out);
            int before = out.size();
            classify(s, person, end, false, null, role, roleOf, gender, out);
            if (out.size() == before + 1 && out.get(before).type() == null
                    && personAfterOrganisationFields(tokens, start, end) == person) {
                // the organisation's shape said it: a person, even with a surname that is also a place ("Denver")
                out.set(before, out.get(before).withType(EntityType.PERSON, "organisation-then-person"));
            }
            return;
        }
        // drop trailing punctuation-like tokens
        while (end > start && !tokens.get(end - 1).isWord()) {
            end--;
        }
        if (end <= start) {
            return;
        }
        Candidate c = new Candidate(s, start, end, titled, lexicon.kinds(tokens.get(start).key()),
                lexicon.kinds(tokens.get(end - 1).key()));
        for (Rule rule : rules) {
            Answer a = rule.answer().apply(c);
            if (a == null) {
                continue;
            }
            if (a.isName()) {
                out.add(mention(s, start, end, a.type(), rule.name(), full, role, roleOf,
                        a.genderOfFirstName() ? gender(c.first(), gender) : gender));
            }
            return;
        }
    }

    /** Rule "the-before-name": a capitalised "The" right before the name or opening it, not opening a clause. */
    private static boolean capitalisedTheBefore(Candidate c) {
        int k = c.firstToken().text().equals("The") && c.size() >= 2 ? c.start() : c.start() - 1;
        return k >= 0 && c.tokens().get(k).text().equals("The") && !NameShapes.isClauseInitial(c.sentence(), k);
    }

    private Answer acronym(Candidate c) {
        NameKinds f = lexicon.kinds(keys(c.tokens(), c.start(), c.end()));
        return Answer.of(f.hasAny(PLACE_OR_COUNTRY) && !f.has(ORGANIZATION) ? EntityType.PLACE : EntityType.ORGANIZATION);
    }

    private boolean pluralIsOrganisation(String key) {
        for (String plural : List.of(key + "s", key.endsWith("y") ? key.substring(0, key.length() - 1) + "ies" : key)) {
            if (lexicon.kinds(plural).has(ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }

    /** "National Museum of the Merchant Navy": a facility word heads the name. */
    private boolean headIsFacility(Candidate c) {
        List<Token> tokens = c.tokens();
        for (int i = c.start() + 1; i < c.end() - 1; i++) {
            if (shapes.connectors.contains(tokens.get(i).lower()) && !tokens.get(i).isCapitalised()) {
                return lexicon.kinds(tokens.get(i - 1).key()).has(FACILITY_KEY);
            }
        }
        return false;
    }

    /** "University of Vermont at Burlington", "Church of the Open Door": an organisation keyword heads it. */
    private boolean headBeforeConnectorIsOrgKey(Candidate c) {
        List<Token> tokens = c.tokens();
        for (int i = c.start() + 1; i < c.end() - 1; i++) {
            if (shapes.connectors.contains(tokens.get(i).lower()) && !tokens.get(i).isCapitalised()) {
                NameKinds f = lexicon.kinds(tokens.get(i - 1).key());
                return f.has(ORG_KEY) && !f.has(FACILITY_KEY); // "Museum of Toys" is a place
            }
        }
        return false;
    }

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
                    && !lexicon.isCommonWord(tokens.get(j).lower()) && shapes.looksLikePersonName(tokens, j, end)) {
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
            if (before && shapes.looksLikePersonName(tokens, j, end)) {
                return j;
            }
        }
        return personAfterOrganisationFields(tokens, start, end);
    }

    /**
     * Rule "organisation-then-person": an organisation's name made of a keyword, "of"/"on"/"for" and its fields
     * ("Council on Arab Trade Relations", "University of Vermont Burlington") ends at its last ordinary word or
     * place; two or three words after it that are neither — the first a first name or a word no list knows —
     * are a person's name: "Council on Arab Trade Relations Nadia Haddad", "Institute of Ohio Tarek Oyelaran".
     * Returns where the person begins, or -1.
     */
    private int personAfterOrganisationFields(List<Token> tokens, int start, int end) {
        int opened = shapes.organisationFieldsFrom(tokens, start, end);
        if (opened < 0) {
            return -1;
        }
        for (int j = Math.max(opened + 1, end - 3); j <= end - 2; j++) {
            Token first = tokens.get(j);
            Token fieldEnd = tokens.get(j - 1);
            NameKinds f = lexicon.kinds(first.key());
            NameKinds e = lexicon.kinds(fieldEnd.key());
            boolean unknownOrFirstName = f.has(FIRST_NAME) && !f.hasAny(NAMES_NO_PERSON)
                    || f.isEmpty() && !lexicon.isCommonWord(first.lower());
            boolean fieldEnds = fieldEnd.isWord() && (lexicon.isCommonWord(fieldEnd.lower()) || e.hasAny(PLACE_OR_COUNTRY))
                    && lexicon.longestMatch(tokens, j - 1, end, KNOWN_NAME, Token::key) <= j;
            if (!unknownOrFirstName || !fieldEnds || NameShapes.isAcronym(first.text())) {
                continue;
            }
            boolean rest = true;
            for (int k = j + 1; k < end; k++) {
                Token t = tokens.get(k);
                NameKinds g = lexicon.kinds(t.key());
                // a surname may be a place's name too ("Denver", "Lincoln"), not an ordinary word or a keyword
                if (!t.isCapitalised() || !t.isWord() || lexicon.isCommonWord(t.lower()) || NameShapes.isAcronym(t.text())
                        || g.hasAny(ORGANISATION_KEYWORD) || g.has(FACILITY_KEY) || g.has(PLACE_KEY) || g.has(CONCEPT)) {
                    rest = false;
                }
            }
            if (rest) {
                return j;
            }
        }
        return -1;
    }
}
