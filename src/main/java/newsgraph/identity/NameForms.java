package newsgraph.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.link.NameKey;

/**
 * The forms of a name that identity compares: its key (lower case, no diacritics or full stops, British and
 * American spellings one, as the linker compares names), a person's name without titles ("Mr Halvorsen" →
 * "halvorsen"; a role before a name is left to the extractor), an organisation's without its legal
 * suffix or country prefix ("Apple Inc." → "apple"), and an organisation's initials ("European Aeronautic
 * Defence and Space Company" → "eadsc", "EADS" is then no match: initials must be exact). The word lists are the
 * lexicon's resource files, loaded once; a constructor takes others.
 */
public final class NameForms {

    private static final String LISTS = "/newsgraph/lexicon/";
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "de", "du", "la", "le", "y", "on",
            "in", "at", "to");

    private final Set<String> titles;
    private final Set<String> suffixes;
    private final Set<String> countryPrefixes;
    /** The last words of venues' names: "Center", "Hall", "Arena". */
    private final Set<String> venueWords;

    public NameForms(Set<String> titles, Set<String> suffixes, Set<String> countryPrefixes) {
        this(titles, suffixes, countryPrefixes, Set.of());
    }

    public NameForms(Set<String> titles, Set<String> suffixes, Set<String> countryPrefixes, Set<String> venueWords) {
        this.titles = Set.copyOf(titles);
        this.suffixes = Set.copyOf(suffixes);
        this.countryPrefixes = Set.copyOf(countryPrefixes);
        this.venueWords = Set.copyOf(venueWords);
    }

    /** The lexicon's titles (honorifics and courtesy titles), companies' legal forms, organisation suffixes and country prefixes. */
    public static NameForms standard() {
        return Standard.FORMS;
    }

    private static final class Standard {
        static final NameForms FORMS = load();

        private static NameForms load() {
            Set<String> titles = new LinkedHashSet<>();
            for (String t : read("honorifics.txt")) {
                titles.add(key(t));
            }
            for (String t : read("courtesy-titles.txt")) {
                titles.add(key(t));
            }
            Set<String> suffixes = new LinkedHashSet<>();
            for (String file : List.of("company-forms.txt", "organisation-suffixes.txt")) {
                for (String s : read(file)) {
                    suffixes.add(key(s));
                }
            }
            Set<String> prefixes = new LinkedHashSet<>();
            for (String p : read("organisation-country-prefixes.txt")) {
                prefixes.add(key(p));
            }
            // media words ("news", "tv") end names of outlets, which are whole names: keep them
            suffixes.removeAll(Set.of("news", "tv", "television", "radio", "online", "party"));
            Set<String> venues = new LinkedHashSet<>();
            for (String v : read("venue-words.txt")) {
                venues.add(key(v));
            }
            return new NameForms(titles, suffixes, prefixes, venues);
        }

        private static List<String> read(String file) {
            List<String> lines = new ArrayList<>();
            try (InputStream in = NameForms.class.getResourceAsStream(LISTS + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing word list " + LISTS + file);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null;) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        lines.add(s);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return lines;
        }
    }

    /**
     * The venue a named part of it belongs to: "Harwick West Convention Center" → "harwick center" — the words
     * before a point of the compass and the venue's last word ({@code venue-words.txt}); "" when the name is not made
     * that way.
     */
    public String venueOfPart(String name) {
        List<String> w = words(key(name));
        if (w.size() < 3 || !venueWords.contains(w.get(w.size() - 1))) {
            return "";
        }
        for (int c = 1; c < w.size() - 1; c++) {
            if (COMPASS.contains(w.get(c))) {
                return String.join(" ", w.subList(0, c)) + " " + w.get(w.size() - 1);
            }
        }
        return "";
    }

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

    /** The key names are compared by ({@link NameKey}). */
    public static String key(String name) {
        return NameKey.of(name);
    }

    /** The words of a key. */
    public static List<String> words(String key) {
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /** A person's name as a key without leading titles: "Mr Halvorsen" → "halvorsen", "Sen. John Smith" → "john smith". */
    public String personKey(String name) {
        List<String> w = new ArrayList<>(words(key(name)));
        while (w.size() > 1 && titles.contains(w.get(0))) {
            w.remove(0);
        }
        return String.join(" ", w);
    }

    /**
     * An organisation's name as a key without a legal suffix ("inc", "ltd", "corporation") or a leading country
     * of several words ("united states"): "Apple Inc." → "apple".
     */
    public String organisationKey(String name) {
        String k = key(name);
        for (String p : countryPrefixes) {
            if (k.startsWith(p + " ") && k.length() > p.length() + 1) {
                k = k.substring(p.length() + 1);
                break;
            }
        }
        List<String> w = new ArrayList<>(words(k));
        while (w.size() > 1 && suffixes.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w);
    }

    /** The initials of a name of several words, small words left out ("Bank of England" → "be"); or "". */
    public static String initials(String name) {
        List<String> w = words(key(name));
        if (w.size() < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String word : w) {
            if (!SMALL_WORDS.contains(word)) {
                sb.append(word.charAt(0));
            }
        }
        return sb.length() >= 2 ? sb.toString() : "";
    }

    /** Whether a name is written as an acronym: one word of 2 to 6 capitals, with or without full stops ("EADS", "U.N."). */
    public static boolean isAcronym(String name) {
        String s = name.strip().replace(".", "");
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
