package newsgraph.link;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The things newsgraph can link to — countries, regions, cities, parties, international organisations,
 * newspapers, people — with their Wikidata and GeoNames ids, indexed by every name they go by.
 *
 * <pre>{@code
 * KnowledgePack pack = KnowledgePack.standard();                     // the bundled pack, loaded once
 * KnowledgePack mine = pack.with(KnowledgePack.read(Path.of("newsroom.tsv")));   // plus a user pack
 * }</pre>
 *
 * The format (the bundled pack and a user pack alike) is UTF-8 text, one entry a line, tab-separated, lists
 * separated by {@code |}; lines starting with {@code #} and the header line are skipped; trailing columns may
 * be left out:
 *
 * <pre>
 * kind  qid  geonames  name  aliases  country  region  population  demonyms  roles  parties
 * </pre>
 *
 * See README ("Links to Wikidata and GeoNames") for what each column holds.
 */
public final class KnowledgePack {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("kind", "qid", "geonames", "name", "aliases", "country",
            "region", "population", "demonyms", "roles", "parties");
    /** Where the bundled pack is in the jar. */
    public static final String RESOURCE = "/newsgraph/kb/pack.tsv.gz";

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<PackEntry> entries;
    private final Map<String, List<PackEntry>> byName;
    private final Map<String, List<PackEntry>> bySurname = new HashMap<>();
    private final Map<String, List<PackEntry>> byDemonym = new HashMap<>();
    private final Map<String, PackEntry> countries = new HashMap<>();

    private KnowledgePack(List<PackEntry> entries) {
        this.entries = List.copyOf(entries);
        this.byName = new HashMap<>(entries.size() * 3);
        for (PackEntry e : this.entries) {
            for (String key : keysOf(e)) {
                byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
            }
            if (e.kind() == EntryKind.PERSON) {
                String surname = surnameKey(e.name());
                if (!surname.isEmpty()) {
                    bySurname.computeIfAbsent(surname, k -> new ArrayList<>(1)).add(e);
                }
            }
            if (e.kind() == EntryKind.COUNTRY) {
                countries.putIfAbsent(e.country(), e);
                Set<String> forms = new LinkedHashSet<>();
                for (String d : e.demonyms()) {
                    String key = NameKey.of(d);
                    forms.add(key);
                    if (key.endsWith("an") || key.endsWith("er") || key.endsWith("i")) {
                        forms.add(key + "s"); // "Georgians", "New Zealanders", "Israelis"
                    }
                }
                forms.remove("");
                forms.forEach(f -> byDemonym.computeIfAbsent(f, k -> new ArrayList<>(1)).add(e));
            }
        }
    }

    /** The pack bundled in the jar, built by {@link PackGenerator} from the sources README credits. */
    public static KnowledgePack standard() {
        return Bundled.PACK;
    }

    /** Loaded the first time it is asked for, once per process. */
    private static final class Bundled {
        static final KnowledgePack PACK = load();

        private static KnowledgePack load() {
            try (InputStream in = KnowledgePack.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the knowledge pack " + RESOURCE + " is missing from the jar");
                }
                return new KnowledgePack(parse(new GZIPInputStream(in, 1 << 16), RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the knowledge pack " + RESOURCE, e);
            }
        }
    }

    public static KnowledgePack of(Collection<PackEntry> entries) {
        return new KnowledgePack(new ArrayList<>(entries));
    }

    /**
     * A pack file (a user pack, or a pack the generator wrote; {@code .gz} is read compressed).
     *
     * @throws IllegalArgumentException with a one-line message naming the file (and line) when it cannot be
     *                                  read or a line is wrong
     */
    public static KnowledgePack read(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new KnowledgePack(parse(in, file.toString()));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such knowledge pack file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the knowledge pack (" + e.getMessage() + ")");
        }
    }

    /** This pack and another's entries (a user pack's people next to the bundled ones). */
    public KnowledgePack with(KnowledgePack other) {
        List<PackEntry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new KnowledgePack(all);
    }

    public List<PackEntry> entries() {
        return entries;
    }

    /** Entries one of whose names has this key ({@link NameKey}). */
    public List<PackEntry> named(String key) {
        return byName.getOrDefault(key, List.of());
    }

    /** People whose surname (the last word of the name) has this key. */
    public List<PackEntry> withSurname(String key) {
        return bySurname.getOrDefault(key, List.of());
    }

    /** Countries whose people are called this ("Georgian", "Georgians"). */
    public List<PackEntry> countriesOfDemonym(String key) {
        return byDemonym.getOrDefault(key, List.of());
    }

    /** The country with this ISO 3166-1 alpha-2 code, or null. */
    public PackEntry country(String code) {
        return countries.get(code);
    }

    static Set<String> keysOf(PackEntry e) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(e.name()));
        e.aliases().forEach(a -> keys.add(NameKey.of(a)));
        keys.remove("");
        return keys;
    }

    static String surnameKey(String name) {
        String key = NameKey.of(name);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    // ------------------------------------------------------------------ the file format

    static List<PackEntry> parse(InputStream in, String source) throws IOException {
        List<PackEntry> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t") || line.startsWith("?kind\t")) {
                continue;
            }
            try {
                out.add(entry(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static PackEntry entry(String line) {
        String[] f = new String[COLUMNS.size()];
        int columns = 0;
        for (int from = 0; from <= line.length() && columns < f.length; ) {
            int tab = line.indexOf('\t', from);
            int end = tab < 0 ? line.length() : tab;
            f[columns++] = term(line.substring(from, end).strip());
            from = end + 1;
        }
        if (columns < 4) {
            throw new IllegalArgumentException("a line needs at least kind, qid, geonames and name, tab-separated");
        }
        Arrays.fill(f, columns, f.length, "");
        EntryKind kind = EntryKind.of(f[0]);
        String qid = f[1];
        if (qid.startsWith("http")) {
            qid = qid.substring(qid.lastIndexOf('/') + 1); // a Wikidata IRI, as a SPARQL query gives it
        }
        if (!qid.isEmpty() && !QID.matcher(qid).matches()) {
            throw new IllegalArgumentException("'" + f[1] + "' is not a Wikidata id (Q followed by digits)");
        }
        if (!f[2].isEmpty() && !DIGITS.matcher(f[2]).matches()) {
            throw new IllegalArgumentException("'" + f[2] + "' is not a GeoNames id (digits)");
        }
        if (f[3].isEmpty()) {
            throw new IllegalArgumentException("the name is empty");
        }
        if (!f[5].isEmpty() && !COUNTRY.matcher(f[5]).matches()) {
            throw new IllegalArgumentException("'" + f[5] + "' is not an ISO 3166-1 alpha-2 country code (like GB)");
        }
        long population;
        try {
            population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("population '" + f[7] + "' is not a whole number");
        }
        return new PackEntry(kind, qid, f[2], f[3], list(f[4]), f[5], f[6], population, list(f[8]), list(f[9]),
                list(f[10]));
    }

    /**
     * A value as SPARQL's TSV results write it (what query.wikidata.org gives): {@code "Jane Roe"@en} is
     * Jane Roe, {@code "12"^^xsd:integer} is 12, {@code <http://www.wikidata.org/entity/Q5>} is the IRI.
     */
    private static String term(String v) {
        if (v.length() >= 2 && v.startsWith("<") && v.endsWith(">")) {
            return v.substring(1, v.length() - 1);
        }
        int close = v.lastIndexOf('"');
        if (v.startsWith("\"") && close > 0) {
            return v.substring(1, close).replace("\\t", " ").replace("\\n", " ").replace("\\\"", "\"")
                    .replace("\\\\", "\\");
        }
        return v;
    }

    private static List<String> list(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        for (int from = 0; from <= field.length(); ) {
            int bar = field.indexOf('|', from);
            int end = bar < 0 ? field.length() : bar;
            String s = field.substring(from, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            from = end + 1;
        }
        return out;
    }

    /** Writes entries in the pack format, gzip-compressed with no timestamp: the same entries give the same bytes. */
    public static void write(List<PackEntry> entries, List<String> comments, OutputStream out) throws IOException {
        // GZIPOutputStream writes a fixed header (no file name, modification time 0)
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        Writer w = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16);
        for (String c : comments) {
            w.write("# " + c + "\n");
        }
        w.write(String.join("\t", COLUMNS) + "\n");
        for (PackEntry e : entries) {
            w.write(line(e));
            w.write('\n');
        }
        w.flush();
        gzip.finish();
    }

    static String line(PackEntry e) {
        return String.join("\t", e.kind().code(), e.qid(), e.geonames(), clean(e.name()), join(e.aliases()),
                e.country(), e.region(), e.population() == 0 ? "" : Long.toString(e.population()),
                join(e.demonyms()), join(e.roles()), join(e.parties()));
    }

    private static String join(List<String> list) {
        return String.join("|", list.stream().map(KnowledgePack::clean).toList());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('|', '/').strip();
    }
}
