package newsgraph.names;

import static newsgraph.lexicon.NameKind.PLACE_PREKEY;
import static newsgraph.lexicon.NameKind.ROLE;
import static newsgraph.names.NameShapes.KNOWN_NAME;
import static newsgraph.names.NameShapes.keyText;
import static newsgraph.names.NameShapes.keys;
import static newsgraph.names.NameShapes.mention;
import static newsgraph.names.NameShapes.text;
import static newsgraph.names.NameShapes.typeOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKind;
import newsgraph.lexicon.TokenTrie;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * The last part of the name recogniser: the names of each sentence settled with the whole article. One name
 * keeps one type (a vote of its mentions); a bare surname or first name is the person named in full; what no
 * rule could type is dropped; a name found once is recognised wherever else the article writes it (also in a
 * title-case headline, also a surname that is an ordinary word: "Cook wrote"); roles written before a
 * person's name ("Unity leader Alan Hartwell") are read with the organisation named before them.
 */
final class DocumentEvidence {

    /** A version number after a product's name: "7", "3.6". */
    private static final Pattern VERSION_NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?");

    private final Lexicon lexicon;
    private final NameShapes shapes;
    /** Nouns for kinds of places: "the town of …", "the city of …". */
    private final Map<String, String> placeNouns;
    /** Kinds of vehicles whose names follow them: "Space Shuttle Kestrel". */
    private final Set<String> vehicleWords;

    DocumentEvidence(Lexicon lexicon, NameShapes shapes) {
        this.lexicon = lexicon;
        this.shapes = shapes;
        this.placeNouns = lexicon.table(WordList.PLACE_DESCRIPTIONS);
        this.vehicleWords = lexicon.words(WordList.VEHICLE_WORDS);
    }

    /** The article's names, in text order, from the names its sentences' rules found. */
    List<NameMention> settle(List<NameMention> sentenceNames, List<Sentence> sentences) {
        List<NameMention> found = votedAndTyped(sentenceNames, sentences);
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
                if (person != null && !shapes.isCreditLabel(s, i)) {
                    Span span = t.span();
                    if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
                        found.add(mention(s, i, i + 1, EntityType.PERSON, "part-of-full-name", null, null, null,
                                person.gender()));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(NameMention::span));
        return withRolesBefore(found, sentences);
    }

    /**
     * One name, one type; a bare surname or first name is the person named in full; an unknown proper noun
     * that no rule typed is dropped.
     */
    List<NameMention> votedAndTyped(List<NameMention> found, List<Sentence> sentences) {
        List<NameMention> mentions = withoutCompanyWordPeople(found);
        Map<String, EntityType> personParts = new HashMap<>();
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        // each mention's name key, worked out once: the loops below and partOfLongerName ask for it again and again
        String[] keys = new String[mentions.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Lexicon.normalName(mentions.get(i).text());
            counts.merge(keys[i], 1, Integer::sum);
        }
        for (int i = 0; i < keys.length; i++) {
            NameMention m = mentions.get(i);
            if (m.type() != null) {
                // an EnumMap: a tie goes to the type listed first, in every run
                votes.computeIfAbsent(keys[i], k -> new EnumMap<>(EntityType.class))
                        .merge(m.type(), weight(m), Integer::sum);
            }
            if (m.type() == EntityType.PERSON && m.tokenCount() >= 2) {
                String[] parts = keys[i].split(" ");
                personParts.put(parts[0], EntityType.PERSON);
                personParts.put(parts[parts.length - 1], EntityType.PERSON);
            }
        }
        // rule "the-before-name": what the article writes after a capitalised "The" inside a sentence ("bands such
        // as The Copper Falcons") is no person's name, also where it opens a sentence
        Set<String> theNames = new HashSet<>();
        for (int i = 0; i < keys.length; i++) {
            if ("the-before-name".equals(mentions.get(i).rule())) {
                theNames.add(withoutThe(keys[i]));
            }
        }
        Set<String> products = productNames(mentions, keys, sentences);
        List<NameMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < keys.length; i++) {
            NameMention m = mentions.get(i);
            String key = keys[i];
            if (!products.isEmpty() && (m.type() != EntityType.PERSON || weakPerson(m))
                    && products.contains(key.toLowerCase(Locale.ROOT))) {
                continue; // rule "version-number": a product, its last word or its initials ("IE")
            }
            if (m.type() == EntityType.PERSON && !theNames.isEmpty()
                    && theNames.contains(withoutThe(key))) {
                continue;
            }
            if (m.tokenCount() == 1 && personParts.containsKey(key) && !NameShapes.isAcronym(m.text())) {
                out.add(m.withType(EntityType.PERSON, "part-of-full-name"));
                continue;
            }
            if (m.tokenCount() == 1 && lexicon.kinds(key).has(PLACE_PREKEY) && !lexicon.kinds(key).hasAny(KNOWN_NAME)) {
                continue; // "North", "East": a direction, not a place of its own
            }
            if (m.type() != EntityType.PERSON && m.type() != EntityType.PLACE
                    && memberOfAfterPerson(m, mentions, sentences)) {
                // rule "member-of": "Dorota Wenzel of Tidal Voice", "Idrenna Kolvath of KPLU"
                out.add(m.withType(EntityType.ORGANIZATION, "member-of"));
                continue;
            }
            if (m.tokenCount() == 1 && "acronym".equals(m.rule()) && counts.get(key) < 2 && !acronymOfAnother(m, mentions)) {
                continue; // an unexplained acronym seen once ("VIP", "ETA"): not enough to call it an organisation
            }
            if (m.tokenCount() == 1 && "known-name".equals(m.rule()) && counts.get(key) < 2
                    && lexicon.isCommonWord(m.text().toLowerCase(Locale.ROOT)) && opensClause(m, sentences)
                    && !shapes.beforeOrganisationWord(m, sentences) && !possessive(m, sentences)) {
                // a listed name that is also an ordinary word ("State", "Police"), seen once: not enough
                continue;
            }
            Map<EntityType, Integer> v = votes.get(key);
            if (v != null && !v.isEmpty()) {
                EntityType best = v.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                out.add(m.type() == best ? m : m.withType(best, "document-vote"));
                continue;
            }
            if ("capitalised-word".equals(m.rule()) && partOfLongerName(key, mentions, keys)) {
                continue; // "the Church" after "Church of the Open Door": a short form, not a new entity
            }
            if (m.type() == null && "capitalised-word".equals(m.rule()) && organisationEvidence(m.text(), sentences)) {
                out.add(m.withType(EntityType.ORGANIZATION, "capitalised-word"));
                continue;
            }
            if (m.type() == null && "unknown".equals(m.rule()) && m.tokenCount() == 1 && !NameShapes.isAcronym(m.text())
                    && organisationWordAfter(m.text(), sentences)) {
                // rule "unknown-before-organisation-word": a word no list knows, written before a word only
                // organisations take ("Quorvex processors", "a Quorvex spokesman")
                out.add(m.withType(EntityType.ORGANIZATION, "unknown-before-organisation-word"));
                continue;
            }
            if (m.type() == null && placeByItsRegion(m, mentions, sentences)) {
                out.add(m.withType(EntityType.PLACE, "place-before-region"));
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
     * Rule "company-word-person": a person's name that only its first name made one ("first-name"), whose first
     * name is an ordinary English word that begins an organisation's name in the same article, is no person:
     * "Pebble Tablet" beside "Pebble Computer" is the company's product, and "Pebble" alone its name.
     */
    private List<NameMention> withoutCompanyWordPeople(List<NameMention> mentions) {
        Set<String> organisationHeads = new HashSet<>();
        for (NameMention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.tokenCount() >= 2) {
                organisationHeads.add(Lexicon.normalName(m.text()).split(" ")[0]);
            }
        }
        if (organisationHeads.isEmpty()) {
            return mentions;
        }
        List<NameMention> out = new ArrayList<>(mentions.size());
        for (NameMention m : mentions) {
            String first = Lexicon.normalName(m.text()).split(" ")[0];
            if (m.type() == EntityType.PERSON && m.tokenCount() >= 2 && "first-name".equals(m.rule()) && m.role() == null
                    && organisationHeads.contains(first) && lexicon.isCommonWord(first)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** A name's key without a leading "the": "The Copper Falcons" and "Copper Falcons" are one band. */
    private static String withoutThe(String key) {
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /**
     * Rule "member-of": a name written right after a person's name and "of" ("Dorota Wenzel of Tidal Voice",
     * "Idrenna Kolvath of KPLU", "Tom Bell of the New Liberals") is the organisation the person belongs to — when it
     * is an acronym, or made only of ordinary English words; a single word no list knows may be a town ("Jane
     * Hill of Brixcombe") and is left alone, and so is a place a list knows ("Margaret Okafor of New Mexico").
     */
    private boolean memberOfAfterPerson(NameMention m, List<NameMention> mentions, List<Sentence> sentences) {
        if (m.type() == EntityType.ORGANIZATION && !"acronym".equals(m.rule())) {
            return false; // typed already by its own words
        }
        boolean acronym = m.tokenCount() == 1 && NameShapes.isAcronym(m.text());
        if (!acronym && !(m.tokenCount() >= 2 && Arrays.stream(m.text().split("\\s+"))
                .allMatch(w -> lexicon.isCommonWord(w.toLowerCase(Locale.ROOT))))) {
            return false;
        }
        Sentence s = sentences.get(m.sentence());
        if (m.end() < s.size() && s.token(m.end()).isWord() && !s.token(m.end()).isCapitalised()
                && "NOUN".equals(s.token(m.end()).tag())) {
            return false; // "of the Open Water constituency": the name qualifies a noun
        }
        int k = m.start() - 1;
        if (k >= 0 && s.token(k).text().equals("the")) {
            k--;
        }
        if (k < 1 || !s.token(k).text().equals("of")) {
            return false;
        }
        for (NameMention p : mentions) {
            if (p.sentence() == m.sentence() && p.end() == k && p.type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "version-number": a name no rule typed (or a person only by its shape) that the article writes right
     * before a version number
     * ("Quorvex Navigator 9", "Windows 7", "Firefox 3.6") is a product's; the keys of it, of its last word and of its
     * initials, which name the product elsewhere ("Navigator", "QN"). Names typed by their keywords or the lists
     * keep theirs ("Channel 4", "Studio 54" when listed). Rule "named-vehicle" adds the names a kind of vehicle
     * begins ({@code vehicle-words.txt}: "Space Shuttle Kestrel", "Shuttle Osprey") and their own names
     * ("Kestrel"); at the start of a name the word counts only when no rule typed the name ("Rocket Lab"), and
     * never in a site's name ("Halden Space and Rocket Center").
     */
    private Set<String> productNames(List<NameMention> mentions, String[] keys, List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < keys.length; i++) {
            NameMention m = mentions.get(i);
            Sentence s = sentences.get(m.sentence());
            String[] written = m.text().split("\\s+");
            int vehicle = -1;
            for (int w = 0; w < written.length - 1 && vehicle < 0; w++) {
                if (vehicleWords.contains(written[w].toLowerCase(Locale.ROOT)) && (w > 0 || m.type() == null)
                        && !lexicon.kinds(Lexicon.key(written[written.length - 1])).has(NameKind.PLACE_KEY)) {
                    vehicle = w; // rule "named-vehicle": "Space Shuttle Kestrel", "Shuttle Osprey"
                }
            }
            if (vehicle >= 0) {
                out.add(keys[i].toLowerCase(Locale.ROOT));
                out.add(Lexicon.normalName(String.join(" ",
                        Arrays.copyOfRange(written, vehicle + 1, written.length))).toLowerCase(Locale.ROOT));
                continue;
            }
            if (m.type() != null && !weakPerson(m) || m.end() >= s.size()
                    || !VERSION_NUMBER.matcher(s.token(m.end()).text()).matches()) {
                continue;
            }
            String key = keys[i].toLowerCase(Locale.ROOT); // keys keep acronyms' capitals
            out.add(key);
            String[] words = key.split(" ");
            if (words.length >= 2) {
                out.add(words[words.length - 1]);
                StringBuilder initials = new StringBuilder();
                for (String w : words) {
                    initials.append(w.charAt(0));
                }
                out.add(initials.toString());
            }
        }
        return out;
    }

    /**
     * Rule "place-before-region": a name no rule typed, written before a comma and a place the lists know ("in
     * Brixcombe, California", "Kelvadon, Florida") or after a noun for a kind of place and "of" ("the town of
     * Kelvadon"), is a place.
     */
    private boolean placeByItsRegion(NameMention m, List<NameMention> mentions, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentence());
        if (m.start() >= 2 && s.token(m.start() - 1).text().equals("of")
                && placeNouns.containsKey(s.token(m.start() - 2).lower())) {
            return true; // "the town of Kelvadon"
        }
        if (m.end() + 1 >= s.size() || !s.token(m.end()).text().equals(",") || m.start() < 1
                || !Lexicon.LOCATIVE_PREPOSITIONS.contains(s.token(m.start() - 1).lower())) {
            return false;
        }
        for (NameMention p : mentions) {
            if (p.sentence() == m.sentence() && p.start() == m.end() + 1 && p.type() == EntityType.PLACE
                    && "known-name".equals(p.rule())) {
                return true;
            }
        }
        return false;
    }

    /** A person only by the shape of the name: no first name, title or list says so. */
    private static boolean weakPerson(NameMention m) {
        return m.type() == EntityType.PERSON && "proper-name-shape".equals(m.rule());
    }

    /** How much a rule's type counts in the vote on a name's type. */
    private static int weight(NameMention m) {
        return switch (m.rule()) {
            case "known-name", "organisation-keyword", "title" -> 3;
            case "first-name", "place-keyword", "media-keyword", "acronym" -> 2;
            default -> 1;
        };
    }

    /**
     * An ordinary word written as a name in mid-sentence is an organisation's name when the article gives
     * evidence: it owns something or is followed by a word only organisations take, anywhere in the
     * article ("Apple's shares", "a Shell spokesman").
     */
    private boolean organisationEvidence(String word, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).text().equals(word) && shapes.organisationContext(s, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the article writes the word before a word only organisations take ("Quorvex processors") — not
     * a government or administration, which a person leads ("the Okafor government") — or as the owner of a
     * name ("Quorvex's Dana Ilves"), not of a thing ("Mertens's attempt").
     */
    private boolean organisationWordAfter(String word, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (int i = 0; i + 1 < s.size(); i++) {
                String next = s.token(i + 1).lower();
                if (!s.token(i).text().equals(word) || shapes.personLedBodies.contains(next)) {
                    continue;
                }
                boolean possessive = s.token(i + 1).norm().equals("'s");
                if (possessive ? i + 2 < s.size() && s.token(i + 2).isWord() && s.token(i + 2).isCapitalised()
                        : shapes.organisationContext(s, i + 1)) {
                    return true; // "Quorvex's Dana Ilves", "Quorvex's Harbour Museum": it has members and parts
                }
            }
        }
        return false;
    }

    /** Whether a mention of more than one token has the key among its words; {@code keys} are the mentions' keys. */
    private static boolean partOfLongerName(String key, List<NameMention> mentions, String[] keys) {
        String padded = " " + key + " ";
        for (int i = 0; i < keys.length; i++) {
            if (mentions.get(i).tokenCount() > 1 && (" " + keys[i] + " ").contains(padded)) {
                return true;
            }
        }
        return false;
    }

    /** "Unity's housing spokesman": a listed name that owns something is a name. */
    private static boolean possessive(NameMention m, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentence());
        return m.end() < s.size() && s.token(m.end()).norm().equals("'s");
    }

    private static boolean opensClause(NameMention m, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentence());
        return NameShapes.isClauseInitial(s, m.start());
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
    private static EntityType guessUnknown(NameMention m) {
        if (m.role() != null) {
            return EntityType.PERSON;
        }
        if ("capitalised-word".equals(m.rule())) {
            return null; // typed only by a vote with its other mentions
        }
        if (m.tokenCount() == 1 && NameShapes.isAcronym(m.text())) {
            return EntityType.ORGANIZATION;
        }
        return null;
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
                List<String> keys = Arrays.stream(m.text().split("\\s+")).map(Lexicon::key).toList();
                trie.add(keys, Boolean.TRUE, (a, b) -> a);
                byKey.putIfAbsent(String.join(" ", keys), m);
            }
            return new KnownNames(trie, byKey);
        }
    }

    /** Names already found, and full names the lists know, inside a title-case line. */
    private List<NameMention> knownNamesIn(Sentence s, KnownNames known) {
        boolean titleCase = shapes.isTitleCase(s);
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

    /**
     * "Unity leader Alan Hartwell", "Acme co-founder Lena Brook", "Peru's coach Diego Salvatierra":
     * role words written before a person's name, and the organisation or place named before them.
     */
    private List<NameMention> withRolesBefore(List<NameMention> found, List<Sentence> sentences) {
        List<NameMention> out = new ArrayList<>(found.size());
        for (NameMention m : found) {
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
}
