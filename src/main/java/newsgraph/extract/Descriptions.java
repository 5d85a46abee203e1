package newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsgraph.names.EntityType;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKind;
import newsgraph.lexicon.NameKinds;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * Definite descriptions and the entities they refer to: "the Unity leader" is who holds that role in Unity,
 * "the company" the organisation last named, "the University" the one whose name has that word, "the
 * country" the country last named. Each resolved description is a mention of its entity, returned as a fact.
 */
final class Descriptions {

    private final Document doc;
    private final EntityBook book;
    private final Lexicon lexicon;
    private final Salience salience;
    /** Nouns that refer back to an organisation ("the company") → "nearest" for those that mean the one named last. */
    private final Map<String, String> organisationDescriptions;
    /** Nouns that refer back to a place ("the country") → the kind of place they mean, or "". */
    private final Map<String, String> placeDescriptions;
    /** Nouns that describe a person ("the boy") → the gender they say. */
    private final Map<String, String> personDescriptions;

    Descriptions(Document doc, EntityBook book, Lexicon lexicon, Salience salience) {
        this.doc = doc;
        this.book = book;
        this.lexicon = lexicon;
        this.salience = salience;
        this.organisationDescriptions = lexicon.table(WordList.ORGANISATION_DESCRIPTIONS);
        this.placeDescriptions = lexicon.table(WordList.PLACE_DESCRIPTIONS);
        this.personDescriptions = lexicon.table(WordList.PERSON_DESCRIPTIONS);
    }

    /**
     * The entity a definite description starting at token {@code i} refers to ("the party", "the Unity
     * leader", "the company"), or null when the words there are no such description. Only what the article
     * says: no guessing the nearest person (this is for what statements are about).
     */
    String describedAt(Sentence s, int i, List<Fact> facts) {
        if (!s.token(i).lower().equals("the")) {
            return null;
        }
        for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
            Token t = s.token(j);
            if (!t.isWord()) {
                return null;
            }
            String h = t.lower();
            boolean head = organisationDescriptions.containsKey(h) || placeDescriptions.containsKey(h)
                    || lexicon.kinds(h).has(NameKind.ROLE) && (!t.isCapitalised() || titleCase(s, i + 1, j));
            if (head && (j + 1 >= s.size() || !"NOUN".equals(s.token(j + 1).tag()))) {
                List<Token> tokens = s.tokens().subList(i, j + 1);
                Span phrase = new Span(s.token(i).begin(), t.end());
                return description(tokens, phrase, false, facts);
            }
        }
        return null;
    }

    /** "the Home Secretary": a role written in capitals, every word of it, is still the role's holder. */
    private static boolean titleCase(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!s.token(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "person-description": "the boy", "the woman" at token {@code i} — the nearest person before it of
     * the gender the noun says (one known to be so before one whose gender is unknown), never {@code exclude}
     * (the speaker: "the boy" in his words is someone else).
     */
    String personDescribedAt(Sentence s, int i, String exclude, List<Fact> facts) {
        if (!s.token(i).lower().equals("the") || i + 1 >= s.size()) {
            return null;
        }
        Token head = s.token(i + 1);
        String gender = personDescriptions.get(head.lower());
        if (gender == null || gender.isEmpty() || head.isCapitalised()
                || i + 2 < s.size() && "NOUN".equals(s.token(i + 2).tag())) {
            return null; // "the Boy Scouts", "the girl band": not a person described
        }
        String key = salience.nearestOfKnownGender(head.begin(), gender.charAt(0), exclude);
        if (key != null) {
            Span phrase = new Span(s.token(i).begin(), head.end());
            facts.add(new Fact.Mentioned(key, phrase, doc.text(phrase), MentionKind.DESCRIPTION));
        }
        return key;
    }

    /** Whether token {@code i} opens "the" + an organisation noun ("the department", "the company"). */
    boolean organisationNounAt(Sentence s, int i) {
        return s.token(i).lower().equals("the") && i + 1 < s.size()
                && organisationDescriptions.containsKey(s.token(i + 1).lower()) && !s.token(i + 1).isCapitalised()
                && (i + 2 >= s.size() || !"NOUN".equals(s.token(i + 2).tag()));
    }

    /**
     * The key of the entity "the/this" + up to three words refers to, by its head: a role ("the Unity leader": the person
     * who holds that role in that organisation, else — if {@code guessNearest} — the nearest person), an
     * organisation or place noun ("the company", "the city").
     */
    String description(List<Token> tokens, Span phrase, boolean guessNearest, List<Fact> facts) {
        Token first = tokens.get(0);
        if (tokens.size() > 4) {
            return null;
        }
        if (!first.lower().equals("the") && !first.lower().equals("this")) {
            return null;
        }
        Token head = Phrase.lastWord(tokens);
        if (head == null) {
            return null;
        }
        String h = head.lower();
        NameKinds kinds = lexicon.kinds(h);
        List<Mention> names = book.nameMentionsIn(phrase);
        if (kinds.has(NameKind.ROLE)) {
            // "the Unity leader": the person who holds that role in that organisation, else the nearest person
            String orgKey = names.isEmpty() ? null : names.get(names.size() - 1).entityKey();
            String key = personWithRole(h, orgKey, phrase.begin());
            if (key == null && guessNearest) {
                key = salience.nearest(phrase.begin(), EntityType.PERSON, '?', null, true);
            }
            if (key != null) {
                facts.add(new Fact.Mentioned(key, phrase, doc.text(phrase), MentionKind.DESCRIPTION));
                return key;
            }
        }
        EntityType type = organisationDescriptions.containsKey(h) ? EntityType.ORGANIZATION
                : placeDescriptions.containsKey(h) ? EntityType.PLACE : null;
        if (type != null && tokens.size() <= 3) {
            String key = namedWith(h, type, phrase.begin());
            if (key == null && type == EntityType.PLACE) {
                key = nearestPlaceOfKind(h, phrase.begin());
            }
            if (key == null && "nearest".equals(organisationDescriptions.get(h))) {
                // "the party", "the company": the organisation last named; but "the government" or
                // "the police" may be one the article never named
                key = salience.nearest(phrase.begin(), type, '?', null, true);
            }
            if (key != null) {
                facts.add(new Fact.Mentioned(key, phrase, doc.text(phrase), MentionKind.DESCRIPTION));
                return key;
            }
        }
        return null;
    }

    /**
     * The organisation an organisation noun means at an offset when nothing else says which ("her party" of a
     * person who belongs to none): as for "the party" — one named before whose name has the noun, else for the
     * nouns marked "nearest" the organisation named last. Null for another noun.
     */
    String organisationByNoun(String noun, int before) {
        if (!organisationDescriptions.containsKey(noun)) {
            return null;
        }
        String key = namedWith(noun, EntityType.ORGANIZATION, before);
        if (key == null && "nearest".equals(organisationDescriptions.get(noun))) {
            key = salience.nearest(before, EntityType.ORGANIZATION, '?', null, true);
        }
        return key;
    }

    /** "the country" → the nearest country before it, "the city" → the nearest city. */
    private String nearestPlaceOfKind(String head, int before) {
        NameKind kind = switch (placeDescriptions.getOrDefault(head, "")) {
            case "country" -> NameKind.COUNTRY;
            case "city" -> NameKind.CITY;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        String best = null;
        int bestAt = -1;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.type() != EntityType.PLACE || !lexicon.kinds(java.util.Arrays.stream(d.canonical().split(" "))
                    .map(Lexicon::key).toList()).has(kind)) {
                continue;
            }
            int at = Salience.lastMentionBefore(d, before);
            if (at > bestAt && doc.quoteAt(at) == null) {
                best = d.key();
                bestAt = at;
            }
        }
        return best;
    }

    /** "the University" → the organisation before it whose name has the word "University", nearest first. */
    private String namedWith(String head, EntityType type, int before) {
        String best = null;
        int bestAt = -1;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.type() != type) {
                continue;
            }
            boolean has = false;
            for (String n : d.names()) {
                if ((" " + n.toLowerCase(Locale.ROOT) + " ").contains(" " + head + " ")) {
                    has = true;
                }
            }
            int at = Salience.lastMentionBefore(d, before);
            if (has && at > bestAt) {
                best = d.key();
                bestAt = at;
            }
        }
        return best;
    }

    /** Who holds a role ("leader") in an organisation (any, when null): the holder named nearest before. */
    private String personWithRole(String roleHead, String orgKey, int before) {
        String best = null;
        int bestOffset = Integer.MIN_VALUE;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.type() != EntityType.PERSON) {
                continue;
            }
            for (Role r : d.roles()) {
                String title = r.title().toLowerCase(Locale.ROOT);
                boolean roleMatches = title.endsWith(roleHead) || title.startsWith(roleHead);
                boolean orgMatches = orgKey == null || orgKey.equals(r.inEntityKey());
                if (roleMatches && orgMatches) {
                    // the holder named nearest before; one named only later still holds the role
                    int last = Salience.lastMentionBefore(d, before);
                    if (last < 0) {
                        last = -d.firstOffset();
                    }
                    if (last > bestOffset) {
                        best = d.key();
                        bestOffset = last;
                    }
                }
            }
        }
        return best;
    }
}
