package newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.names.EntityType;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.NameFinder;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * The entities of one article while it is being read: names are grouped into one entity per real
 * thing (a full name, its surname, "Mr" + surname, an acronym and its expansion, a country and its
 * other names), and descriptions, pronouns and unnamed sources are added as the rules find them.
 * Used by one extraction only; {@link #entities()} gives the immutable result.
 */
final class EntityBook {

    /**
     * An entity under construction. Only the book changes it (grouping names, applying facts); the rules read it
     * through its accessors, whose collections are read-only views.
     */
    static final class Draft {
        private final String key;
        private EntityType type;
        private final Set<String> names = new LinkedHashSet<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final Set<Role> roles = new LinkedHashSet<>();
        private final Set<String> memberOf = new LinkedHashSet<>();
        private final boolean local;
        private String canonical;
        private char gender = '?';
        private int firstOffset = Integer.MAX_VALUE;
        /** A place that speaks somewhere in the article, and one named as a location ("in Washington"). */
        private boolean speaks;
        private boolean locative;
        /** Named as the site of something: "at the Calder Center", "in Fenwick Hall". */
        private boolean site;
        private final Set<String> namesView = Collections.unmodifiableSet(names);
        private final List<Mention> mentionsView = Collections.unmodifiableList(mentions);
        private final Set<Role> rolesView = Collections.unmodifiableSet(roles);
        private final Set<String> memberOfView = Collections.unmodifiableSet(memberOf);

        Draft(String key, EntityType type, String canonical, boolean local) {
            this.key = key;
            this.type = type;
            this.canonical = canonical;
            this.local = local;
        }

        String key() {
            return key;
        }

        EntityType type() {
            return type;
        }

        /** The fullest proper name, or the description of an unnamed source. */
        String canonical() {
            return canonical;
        }

        /** Every surface name, in the order met. */
        Set<String> names() {
            return namesView;
        }

        /** Every mention, in the order added. */
        List<Mention> mentions() {
            return mentionsView;
        }

        Set<Role> roles() {
            return rolesView;
        }

        /** The organisations it belongs to or speaks for, in the order learned. */
        Set<String> memberOf() {
            return memberOfView;
        }

        /** 'm', 'f' or '?'. */
        char gender() {
            return gender;
        }

        /** Where the article first names it. */
        int firstOffset() {
            return firstOffset;
        }

        boolean isPlural() {
            return type == EntityType.ORGANIZATION || type == EntityType.AGENT && canonical.endsWith("s");
        }
    }

    private final Lexicon lexicon;
    /** "Unity Party" is "Unity", "Acme Inc." "Acme": words two names of one organisation may differ by. */
    private final Set<String> organisationSuffixes;
    /** "Inc.", "plc", "NV": the legal forms among them, after which the rest is the company's own name. */
    private final Set<String> companyForms;
    private final Set<String> organisationCountryPrefixes;
    private final Set<String> organisationHeads;
    /** "Center", "Hall": last words of the names of buildings that organisations are named after too. */
    private final Set<String> venueWords;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    /** Name mentions by their span, to find the entity a token belongs to. */
    private final List<Mention> nameMentions = new ArrayList<>();

    EntityBook(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.companyForms = lexicon.words(WordList.COMPANY_FORMS);
        Set<String> suffixes = new LinkedHashSet<>(companyForms);
        suffixes.addAll(lexicon.words(WordList.ORGANISATION_SUFFIXES));
        this.organisationSuffixes = Collections.unmodifiableSet(suffixes);
        this.organisationCountryPrefixes = lexicon.words(WordList.ORGANISATION_COUNTRY_PREFIXES);
        this.organisationHeads = lexicon.words(WordList.ORGANISATION_HEADS);
        this.venueWords = lexicon.words(WordList.VENUE_WORDS);
    }

    // ------------------------------------------------------------------ names

    /** A name found, as the entity book reads it: where, as written, its type, and what its titles say. */
    private record Named(Span span, String text, EntityType type, int tokenCount, Span full, String role, String roleOf,
                         char gender, boolean locative, boolean site, Span sentence) {

        /** The name in its sentence, or null when its type is none of the book's. */
        static Named of(NameFinder.Name n, List<Sentence> sentences) {
            EntityType type = EntityType.ofName(n.type());
            if (type == null || type == EntityType.AGENT) {
                return null;
            }
            List<Token> tokens = sentences.get(n.sentence()).tokens();
            Span span = new Span(tokens.get(n.start()).begin(), tokens.get(n.end() - 1).end());
            Span full = new Span(tokens.get(n.titleStart()).begin(), span.end());
            int before = n.titleStart() - 1;
            if (before > 0 && tokens.get(before).lower().equals("the")) {
                before--;
            }
            boolean locative = before >= 0 && Lexicon.LOCATIVE_PREPOSITIONS.contains(tokens.get(before).lower());
            boolean site = before >= 0 && (tokens.get(before).lower().equals("at") || tokens.get(before).lower().equals("in"));
            return new Named(span, Token.joined(tokens, n.start(), n.end()), type, n.end() - n.start(), full, n.role(),
                    n.roleOf(), n.gender(), locative, site, sentences.get(n.sentence()).span());
        }
    }

    /** Groups the names found in the article into entities. */
    void addNames(List<NameFinder.Name> found, List<Sentence> sentences, String text) {
        List<Named> names = new ArrayList<>(found.size());
        for (NameFinder.Name n : found) {
            Named named = Named.of(n, sentences);
            if (named != null) {
                names.add(named);
            }
        }
        names = hyphenedPairsSplit(names);
        List<Named> ordered = new ArrayList<>(names);
        // full names first, so that a surname met earlier in the text (a headline) still finds its person
        ordered.sort(Comparator.comparing((Named m) -> m.tokenCount() > 1 ? 0 : 1)
                .thenComparing(Named::span));
        for (Named m : ordered) {
            Draft d = draftFor(m, text);
            if (d == null) {
                continue;
            }
            Mention mention = new Mention(m.span(), m.text(), MentionKind.NAME, d.key);
            d.mentions.add(mention);
            d.names.add(m.text());
            if (m.full() != null && !m.full().equals(m.span())) {
                d.names.add(m.full().of(text));
            }
            d.firstOffset = Math.min(d.firstOffset, m.span().begin());
            d.locative |= m.locative();
            d.site |= m.site();
            if (d.gender == '?') {
                d.gender = m.gender();
            }
            nameMentions.add(mention);
        }
        // roles written before names: "Health Secretary Dame Ruth Ashby", "Chilean President Marta Olivares"
        for (Named m : names) {
            if (m.role() == null || m.type() != EntityType.PERSON) {
                continue;
            }
            Draft d = byMention(m.span());
            if (d == null || lexicon.isCourtesyTitle(m.role())) {
                continue;
            }
            String in = m.roleOf() == null ? null : keyOfName(m.roleOf());
            if (in == null && m.roleOf() != null && lexicon.canonicalCountry(m.roleOf()) != null) {
                // "Chilean President X": the role belongs to Chile, named or not
                String country = lexicon.canonicalCountry(m.roleOf());
                in = drafts.computeIfAbsent(entityKey(EntityType.PLACE, country),
                        k -> new Draft(k, EntityType.PLACE, country, false)).key;
            }
            d.roles.add(new Role(m.role(), in));
            if (in != null && drafts.get(in).type == EntityType.ORGANIZATION) {
                d.memberOf.add(in); // "Unity's housing spokesman": a member of Unity
            }
        }
        nameMentions.sort(Comparator.comparing(Mention::span));
    }

    /**
     * Rule "hyphened-pair": a name that is two names the article uses on their own, joined by a hyphen ("the
     * Harwick-Fenwick Rail talks" after "Harwick" and "Fenwick Rail"), is the two names, each with its own span
     * and the type the article gives it; "Rolls-Royce", whose halves are no names of their own, stays one.
     */
    private static List<Named> hyphenedPairsSplit(List<Named> names) {
        Map<String, EntityType> alone = new java.util.HashMap<>();
        for (Named n : names) {
            if (n.text().indexOf('-') < 0) {
                alone.putIfAbsent(Lexicon.normalName(n.text()), n.type());
            }
        }
        List<Named> out = new ArrayList<>(names.size());
        for (Named n : names) {
            int hyphen = n.text().indexOf('-');
            if (hyphen > 0 && hyphen < n.text().length() - 1 && n.span().length() == n.text().length()) {
                String left = n.text().substring(0, hyphen);
                String right = n.text().substring(hyphen + 1);
                EntityType leftType = alone.get(Lexicon.normalName(left));
                EntityType rightType = alone.get(Lexicon.normalName(right));
                if (leftType != null && rightType != null) {
                    int b = n.span().begin();
                    Span l = new Span(b, b + hyphen);
                    Span r = new Span(b + hyphen + 1, n.span().end());
                    out.add(new Named(l, left, leftType, left.split(" ").length, l, null, null, '?', n.locative(), n.site(),
                            n.sentence()));
                    out.add(new Named(r, right, rightType, right.split(" ").length, r, null, null, '?', false, false,
                            n.sentence()));
                    continue;
                }
            }
            out.add(n);
        }
        return out;
    }

    private Draft draftFor(Named m, String text) {
        String key = Lexicon.normalName(m.text());
        EntityType type = m.type();
        if (type == EntityType.PLACE) {
            String country = lexicon.canonicalCountry(m.text());
            String name = country != null ? country : m.text();
            if (country == null) {
                Draft shortFor = null;
                int fullNames = 0;
                for (Draft d : drafts.values()) {
                    if (d.type != EntityType.PLACE) {
                        continue;
                    }
                    if (isAcronymOf(m.text(), d.canonical) || isAcronymOf(d.canonical, m.text())) {
                        return d; // "L.A." and "Los Angeles"
                    }
                    String[] parts = d.canonical.split(" ");
                    if (m.tokenCount() == 1 && parts.length == 2
                            && (parts[0].equalsIgnoreCase(m.text()) || parts[1].equalsIgnoreCase(m.text()))) {
                        shortFor = d;
                        fullNames++;
                    }
                }
                if (fullNames == 1) {
                    return shortFor; // "the North" for "North Korea", "Korea" for "South Korea", when only one fits
                }
            }
            return drafts.computeIfAbsent(entityKey(type, name), k -> new Draft(k, type, name, false));
        }
        if (type == EntityType.PERSON) {
            String[] parts = key.split(" ");
            if (parts.length == 1) {
                Draft best = personWithPart(key, m.span().begin());
                if (best != null) {
                    return best;
                }
            } else {
                for (Draft d : drafts.values()) {
                    if (d.type == EntityType.PERSON && samePerson(Lexicon.normalName(d.canonical), key)) {
                        if (parts.length > d.canonical.split(" ").length) {
                            d.canonical = m.text();
                        }
                        return d;
                    }
                }
            }
            return drafts.computeIfAbsent(entityKey(type, m.text()), k -> new Draft(k, type, m.text(), false));
        }
        if ((type == EntityType.ORGANIZATION || type == EntityType.PLACE) && m.tokenCount() == 1
                && lexicon.isCommonWord(key)) {
            // "the Church" after "Church of the Open Door", "the City" after "Harwick City": a short form
            Draft only = null;
            int found = 0;
            for (Draft d : drafts.values()) {
                if (d.type != EntityType.PERSON && d.canonical.contains(" ")
                        && (" " + Lexicon.normalName(d.canonical) + " ").contains(" " + key + " ")) {
                    only = d;
                    found++;
                }
            }
            if (found == 1) {
                return only;
            }
        }
        if (type == EntityType.ORGANIZATION) {
            if (m.tokenCount() == 1) {
                for (Draft d : drafts.values()) {
                    if (d.type != EntityType.PERSON && abbreviates(m.text(), d.canonical)) {
                        return d; // "HSC" for "Halden Space Center", a place
                    }
                }
            }
            for (Draft d : drafts.values()) {
                if (d.type == EntityType.ORGANIZATION && sameOrganisation(d, key, m.text())) {
                    if (m.tokenCount() > 1 && d.canonical.split(" ").length < m.tokenCount()
                            && !Lexicon.normalName(d.canonical).equals(key)) {
                        d.canonical = m.text();
                    }
                    return d;
                }
            }
            Draft headed = organisationHeadedBy(key, companyName(key), m.sentence());
            if (headed != null) {
                if (companyName(key) != null && companyName(Lexicon.normalName(headed.canonical)) == null) {
                    headed.canonical = m.text(); // "Acme Inc.", the company's legal name, over "Acme Robotics"
                }
                return headed; // "Ravel" after "Ravel Grumbeck", "Marlow" after "Marlow Systems Group"
            }
            Draft abbreviated = m.tokenCount() == 1 ? abbreviatedLoosely(m.text()) : null;
            if (abbreviated != null) {
                return abbreviated;
            }
            return drafts.computeIfAbsent(entityKey(type, m.text()), k -> new Draft(k, type, m.text(), false));
        }
        return null;
    }

    /** The person whose first or last name this is: the nearest one named before, else the first. */
    private Draft personWithPart(String part, int offset) {
        Draft best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestIsSurname = false;
        for (Draft d : drafts.values()) {
            if (d.type != EntityType.PERSON) {
                continue;
            }
            String[] parts = Lexicon.normalName(d.canonical).split(" ");
            if (parts.length < 2) {
                continue;
            }
            boolean surname = parts[parts.length - 1].equals(part);
            boolean first = parts[0].equals(part);
            if (!surname && !first) {
                continue;
            }
            // the person named in full first is the one the article goes on calling by one name,
            // unless another was named in full just before (within a few hundred characters)
            int introduced = d.firstOffset;
            int distance = introduced <= offset && offset - introduced < 400 ? -1_000_000 + (offset - introduced) : introduced;
            if (best == null || surname && !bestIsSurname || surname == bestIsSurname && distance < bestDistance) {
                best = d;
                bestDistance = distance;
                bestIsSurname = surname;
            }
        }
        return best;
    }

    private static boolean samePerson(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length < 2 || y.length < 2 || !x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        // "J. Alden Everley" ~ "Alden Everley", "Hillary Rodham Clinton" ~ "Hillary Clinton"
        Set<String> xs = new java.util.HashSet<>(List.of(x));
        Set<String> ys = new java.util.HashSet<>(List.of(y));
        return xs.containsAll(ys) || ys.containsAll(xs) || x.length == 2 && y.length == 2 && spelledAlike(x[0], y[0]);
    }

    /**
     * Rule "vowel-spelling": "Marilyn" and "Marilen", "Catharine" and "Catherine" — first names of five letters or
     * more that differ in one vowel only are one name spelled two ways (not "Mark" and "Mary", nor "Dana" and "Dina").
     */
    private static boolean spelledAlike(String a, String b) {
        if (a.length() != b.length() || a.length() < 5 || a.equals(b)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (++differences > 1 || "aeiouy".indexOf(a.charAt(i)) < 0 || "aeiouy".indexOf(b.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean sameOrganisation(Draft d, String key, String text) {
        String core = coreOrgName(key);
        for (String name : d.names) {
            String other = Lexicon.normalName(name);
            if (other.equals(key) || coreOrgName(other).equals(core) && sameCountry(key, other)
                    || abbreviates(text, name) || abbreviates(name, text)) {
                return true;
            }
        }
        return false;
    }

    /** "acme" for "acme inc.", "harwick holdings" for "harwick holdings nv": a company's name without its legal form, or null. */
    private String companyName(String key) {
        String k = key.startsWith("the ") ? key.substring(4) : key;
        int space = k.lastIndexOf(' ');
        return space > 0 && companyForms.contains(k.substring(space + 1)) ? k.substring(0, space) : null;
    }

    /** "US Coast Guard" and "Coast Guard" may be one organisation, "US Coast Guard" and "Canadian Coast Guard" are two. */
    private boolean sameCountry(String key, String other) {
        String a = countryInFront(key);
        String b = countryInFront(other);
        return a == null || b == null || a.equals(b);
    }

    /** The country named in front of an organisation's name ("UAE Coast Guard", "United States Coast Guard"), or null. */
    private String countryInFront(String key) {
        String k = key.startsWith("the ") ? key.substring(4) : key;
        int space = k.indexOf(' ');
        if (space > 0) {
            String first = k.substring(0, space);
            String country = lexicon.canonicalCountry(first);
            country = country != null ? country : lexicon.canonicalCountry(first.toUpperCase(Locale.ROOT));
            if (country != null) {
                return country;
            }
        }
        for (String prefix : organisationCountryPrefixes) {
            if (k.startsWith(prefix + " ")) {
                String country = lexicon.canonicalCountry(prefix);
                return country != null ? country : prefix;
            }
        }
        return null;
    }

    /**
     * Rule "head-words": the organisation whose name of several words begins with this shorter name ("Ravel"
     * for "Ravel Grumbeck", "Ravel Aviation" for "Ravel Aviation Holdings") or with this company's own name
     * ("Acme Robotics" for "Acme Inc.", and the other way round), when exactly one does: with two ("Pebble Corps"
     * and "Pebble Computer") the short name is left alone, and so are two names of several words written in one
     * sentence.
     */
    private Draft organisationHeadedBy(String key, String company, Span sentence) {
        String k = key.startsWith("the ") ? key.substring(4) : key;
        Draft only = null;
        for (Draft d : drafts.values()) {
            if (d.type != EntityType.ORGANIZATION
                    || k.indexOf(' ') > 0 && d.mentions.stream().anyMatch(x -> sentence.contains(x.span()))) {
                // "Acme Inc. and Acme Robotics settled": two full names in one sentence are two organisations (but
                // "Ravel Grumbeck, Ravel winning": a short form after its full name is the same one)
                continue;
            }
            boolean heads = false;
            for (String name : d.names) {
                String other = Lexicon.normalName(name);
                other = other.startsWith("the ") ? other.substring(4) : other;
                String otherCompany = companyName(other);
                // "Acme" or "Acme Inc." before "Acme Robotics"; "Acme Robotics" before "Acme Inc."
                heads |= other.startsWith((company != null ? company : k) + " ")
                        || otherCompany != null && k.startsWith(otherCompany + " ");
            }
            if (heads) {
                if (only != null && only != d) {
                    return null;
                }
                only = d;
            }
        }
        return only;
    }

    /**
     * The part of an organisation's name that identifies it: without "the", a country in front ("US Commerce
     * Department"), a legal or media suffix ("Unity Party", "Lakeside News"), a "Church of" head ("Church of
     * the Open Door") or an "of Canada" tail ("Puppet Guild of Canada").
     */
    private String coreOrgName(String key) {
        String k = key.startsWith("the ") ? key.substring(4) : key;
        int space = k.indexOf(' ');
        if (space > 0 && (lexicon.canonicalCountry(k.substring(0, space)) != null
                || lexicon.canonicalCountry(k.substring(0, space).toUpperCase(Locale.ROOT)) != null)) {
            k = k.substring(space + 1);
        } else {
            for (String prefix : organisationCountryPrefixes) {
                String country = prefix + " ";
                if (k.startsWith(country) && k.length() > country.length() + 3) {
                    k = k.substring(country.length());
                }
            }
        }
        int of = k.lastIndexOf(" of ");
        if (of > 0 && lexicon.canonicalCountry(k.substring(of + 4)) != null) {
            k = k.substring(0, of);
        }
        for (String words : organisationHeads) {
            String head = words + " ";
            if (k.startsWith(head) && k.length() > head.length() + 2) {
                k = k.substring(head.length());
            }
        }
        for (String word : organisationSuffixes) {
            String suffix = " " + word;
            if (k.endsWith(suffix) && k.length() > suffix.length() + 1) {
                return k.substring(0, k.length() - suffix.length());
            }
        }
        return k;
    }

    /**
     * Rule "acronym": whether {@code acronym} stands for {@code name} — its initials ("IMO" for "International
     * Maritime Organisation", "U.N." for "United Nations"), also without a legal suffix ("VADS" for "Vantor
     * Aeronautic Defence & Space NV"), after a country's abbreviation ("USCG" for "Coast Guard", as "United States
     * Coast Guard" would be).
     */
    boolean abbreviates(String acronym, String name) {
        if (isAcronymOf(acronym, name)) {
            return true;
        }
        String letters = acronym.replace(".", "");
        if (letters.length() < 3 || letters.length() > 8 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        List<String> words = nameWords(name);
        String named = String.join(" ", words);
        if (words.size() >= 2 && isAcronymOf(letters, named)) {
            return true;
        }
        for (int cut = 1; cut <= letters.length() - 2; cut++) {
            String country = letters.substring(0, cut);
            if (lexicon.canonicalCountry(country) != null && lexicon.canonicalCountry(named) == null
                    && isAcronymOf(letters.substring(cut), named)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "word-beginnings": the only organisation whose name's words each begin a part of the acronym, in order
     * ("KESA" for "Kestrel Airways"); asked after the other rules, as two names may fit.
     */
    private Draft abbreviatedLoosely(String acronym) {
        String letters = acronym.replace(".", "");
        if (letters.length() < 3 || letters.length() > 8 || !letters.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        Draft only = null;
        for (Draft d : drafts.values()) {
            if (d.type != EntityType.ORGANIZATION) {
                continue;
            }
            List<String> words = nameWords(d.canonical);
            if (words.size() >= 2 && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))
                    && fromWordBeginnings(letters, 0, words, 0)) {
                if (only != null) {
                    return null;
                }
                only = d;
            }
        }
        return only;
    }

    /** The words of a name that begin with a letter, without a legal form at the end. */
    private List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words.add(w);
            }
        }
        while (words.size() > 2 && organisationSuffixes.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** Whether letters[from..] is made of a non-empty beginning of each of words[at..], in order. */
    private static boolean fromWordBeginnings(String letters, int from, List<String> words, int at) {
        if (at == words.size()) {
            return from == letters.length();
        }
        String w = words.get(at).toUpperCase(Locale.ROOT);
        for (int n = 1; n <= w.length() && from + n <= letters.length(); n++) {
            if (letters.charAt(from + n - 1) != w.charAt(n - 1)) {
                return false;
            }
            if (fromWordBeginnings(letters, from + n, words, at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "IMO" is the acronym of "International Maritime Organisation"; "U.N." of "United Nations". */
    static boolean isAcronymOf(String acronym, String name) {
        String letters = acronym.replace(".", "");
        if (letters.length() < 2 || letters.length() > 8 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder allInitials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            allInitials.append(Character.toUpperCase(w.charAt(0)));
            if (Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && (letters.contentEquals(initials) || letters.contentEquals(allInitials));
    }

    // ------------------------------------------------------------------ lookups

    Draft draft(String key) {
        return drafts.get(key);
    }

    /** The entity a name mention with exactly this span belongs to. */
    Draft byMention(Span span) {
        for (Mention m : nameMentions) {
            if (m.span().equals(span)) {
                return drafts.get(m.entityKey());
            }
        }
        return null;
    }

    /** Name mentions in text order. */
    List<Mention> nameMentions() {
        return nameMentions;
    }

    /** Name mentions that lie within a span, in text order. */
    List<Mention> nameMentionsIn(Span span) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : nameMentions) {
            if (span.contains(m.span())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The key of the entity named exactly so (any of its names, case-insensitively), or null. */
    String keyOfName(String name) {
        String key = Lexicon.normalName(name);
        String country = lexicon.canonicalCountry(name);
        for (Draft d : drafts.values()) {
            if (country != null && d.type == EntityType.PLACE && d.canonical.equals(country)) {
                return d.key;
            }
            for (String n : d.names) {
                if (Lexicon.normalName(n).equals(key)) {
                    return d.key;
                }
            }
        }
        return null;
    }

    Iterable<Draft> drafts() {
        return drafts.values();
    }

    // ------------------------------------------------------------------ facts the rules learn

    /** Applies what a rule learned: the one place where the book changes after the names are grouped. */
    void apply(Fact fact) {
        if (fact instanceof Fact.Mentioned m) {
            addMention(m.key(), m.span(), m.text(), m.kind());
        } else if (fact instanceof Fact.HoldsRole r) {
            addRole(r.key(), r.role());
        } else if (fact instanceof Fact.MemberOf m) {
            addMembership(m.key(), m.organisationKey());
        } else if (fact instanceof Fact.Unnamed u) {
            unnamed(u);
        } else if (fact instanceof Fact.Credited c) {
            credited(c);
        } else if (fact instanceof Fact.ActsAsInstitution a && drafts.containsKey(a.key())) {
            drafts.get(a.key()).speaks = true;
        }
    }

    void apply(List<Fact> facts) {
        for (Fact f : facts) {
            apply(f);
        }
    }

    /** Adds a mention (a pronoun, a description) of an existing entity. */
    private void addMention(String key, Span span, String text, MentionKind kind) {
        Draft d = drafts.get(key);
        if (d == null) {
            return;
        }
        for (Draft other : drafts.values()) {
            for (Mention m : other.mentions) {
                if (m.span().equals(span)) {
                    return; // a span refers to one entity: the first decision stands
                }
            }
        }
        // descriptions ("the party") and pronouns are mentions, never names: names identify the entity
        d.mentions.add(new Mention(span, text, kind, key));
    }

    private void addRole(String key, Role role) {
        Draft d = drafts.get(key);
        if (d != null && role.title() != null && !role.title().isBlank()) {
            d.roles.add(role);
        }
    }

    private void addMembership(String key, String orgKey) {
        Draft d = drafts.get(key);
        if (d != null && orgKey != null && !orgKey.equals(key)) {
            d.memberOf.add(orgKey);
        }
    }

    private void credited(Fact.Credited c) {
        Draft d = drafts.computeIfAbsent(c.key(), k -> new Draft(k, EntityType.PERSON, c.name(), false));
        d.names.add(c.name());
        d.firstOffset = Math.min(d.firstOffset, c.span().begin());
        addMention(c.key(), c.span(), c.name(), MentionKind.NAME);
    }

    private void unnamed(Fact.Unnamed u) {
        Draft d = drafts.computeIfAbsent(u.key(), k -> new Draft(k, u.type(), u.description(), true));
        d.names.add(u.description());
        d.firstOffset = Math.min(d.firstOffset, u.span().begin());
        if (u.memberOf() != null) {
            d.memberOf.add(u.memberOf());
        }
        addMention(u.key(), u.span(), u.description(), MentionKind.GROUP);
    }

    /**
     * Rule "venue": an organisation named after its building ("Calder Center", "Fenwick Hall") that the article
     * names as the site of something ("at the Calder Center") and never as a speaker is the place.
     */
    private boolean isVenue(Draft d, Set<String> speakers) {
        if (d.type != EntityType.ORGANIZATION || !d.site || d.local || speakers.contains(d.key)) {
            return false;
        }
        int space = d.canonical.lastIndexOf(' ');
        return space > 0 && venueWords.contains(d.canonical.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    private static String entityKey(EntityType type, String name) {
        return Entity.keyOf(type, name);
    }

    // ------------------------------------------------------------------ result

    /** The entities, in order of first mention, with names canonical first; {@code speakers} among those kept. */
    List<Entity> entities(Set<String> keep, Set<String> speakers) {
        Set<String> referenced = new java.util.HashSet<>(keep);
        for (Draft d : drafts.values()) {
            if (!d.mentions.isEmpty()) {
                d.roles.forEach(r -> referenced.add(r.inEntityKey()));
                referenced.addAll(d.memberOf);
            }
        }
        List<Draft> ordered = new ArrayList<>(drafts.values());
        ordered.removeIf(d -> d.mentions.isEmpty() && !referenced.contains(d.key));
        ordered.sort(Comparator.comparingInt((Draft d) -> d.firstOffset).thenComparing(d -> d.key));
        List<Entity> out = new ArrayList<>();
        for (Draft d : ordered) {
            List<String> names = new ArrayList<>();
            names.add(d.canonical);
            for (String n : d.names) {
                if (!n.equals(d.canonical)) {
                    names.add(n);
                }
            }
            List<Mention> mentions = new ArrayList<>(d.mentions);
            mentions.sort(Comparator.comparing(Mention::span));
            List<String> memberOf = d.memberOf.stream().filter(drafts::containsKey).toList();
            List<Role> all = d.roles.stream()
                    .map(r -> r.inEntityKey() != null && !drafts.containsKey(r.inEntityKey()) ? new Role(r.title(), null) : r)
                    .distinct().toList();
            // "Majority Leader" of the Senate and "Majority Leader" of nowhere in particular are one role
            List<Role> roles = all.stream().filter(r -> r.inEntityKey() != null || all.stream()
                    .noneMatch(o -> o.inEntityKey() != null && o.title().equalsIgnoreCase(r.title()))).toList();
            // a place that speaks and is never named as a location is an institution: "the Kremlin said"
            EntityType type = d.type == EntityType.PLACE && d.speaks && !d.locative ? EntityType.ORGANIZATION
                    : isVenue(d, speakers) ? EntityType.PLACE : d.type;
            out.add(new Entity(d.key, type, d.canonical, names, mentions, roles, memberOf, d.local));
        }
        return out;
    }
}
