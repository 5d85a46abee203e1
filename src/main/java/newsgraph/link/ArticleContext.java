package newsgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places an article names, as the linker's context: every country, region or city name and every
 * demonym ("Georgian", "Australians") in its text, each with the pack's candidates for it weighted by how
 * likely each is on its own. A name inside a longer name ("Victoria" in "Victoria Beckham", "Texas" in
 * "Texas Instruments") is not a place; a country or demonym at the start of one is ("British Prime
 * Minister", "US President").
 */
final class ArticleContext {

    /** One place name or demonym of the article, with what it may name and how likely each is. */
    record Hit(String key, List<PackEntry> entries, double[] shares, boolean demonym) {
    }

    private static final Set<String> CONNECTORS = Set.of("of", "and", "de", "upon", "on", "the", "du", "del", "la",
            "le", "al", "el", "van", "von", "da", "do", "dos", "das", "di");
    private static final int MAX_WORDS = 5;

    private final Map<String, Hit> hits = new LinkedHashMap<>();
    private final Map<String, List<String>> qualifiers = new java.util.HashMap<>();

    private ArticleContext() {
    }

    /** The place names and demonyms of the text, and the names of the article's places. */
    static ArticleContext of(String text, Collection<String> placeNames, KnowledgePack pack) {
        ArticleContext c = new ArticleContext();
        for (String name : placeNames) {
            c.add(NameKey.of(name), pack, false);
        }
        List<Token> tokens = tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.capitalised) {
                i++;
                continue;
            }
            // a run of capitalised words, with connectors inside ("Republic of the Congo")
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).joined) {
                Token next = tokens.get(end);
                if (next.capitalised) {
                    end++;
                } else if (CONNECTORS.contains(next.lower) && end + 1 < tokens.size() && tokens.get(end + 1).joined
                        && tokens.get(end + 1).capitalised) {
                    end += 2;
                } else {
                    break;
                }
            }
            c.scanRun(tokens.subList(i, end), pack);
            // "London, Ontario", "Irving, Texas": the place after the comma says which
            if (end < tokens.size() && tokens.get(end).capitalised && tokens.get(end).afterComma) {
                int qEnd = end + 1;
                while (qEnd < tokens.size() && tokens.get(qEnd).joined && tokens.get(qEnd).capitalised) {
                    qEnd++;
                }
                String qualifier = key(tokens.subList(end, qEnd), 0, qEnd - end);
                c.qualifiers.computeIfAbsent(key(tokens.subList(i, end), 0, end - i), k -> new ArrayList<>())
                        .add(qualifier);
            }
            i = end;
        }
        return c;
    }

    private void scanRun(List<Token> run, KnowledgePack pack) {
        if (run.size() <= MAX_WORDS && !(run.size() == 1 && run.get(0).sentenceStart)) {
            String key = key(run, 0, run.size());
            if (add(key, pack, true)) {
                return;
            }
        }
        // "US President", "Australian Labor Party", "the British Red Cross": a country or its demonym first
        for (int n = Math.min(MAX_WORDS, run.size() - 1); n >= 1; n--) {
            if (n == 1 && run.get(0).sentenceStart && run.size() == 1) {
                break;
            }
            String key = key(run, 0, n);
            if (addCountry(key, pack)) {
                break;
            }
        }
        // "Governor of Texas", "University of Sheffield": a place after a connector ends the run
        for (int j = 1; j < run.size() - 1; j++) {
            if (!run.get(j).capitalised && run.size() - j - 1 <= MAX_WORDS) {
                add(key(run, j + 1, run.size()), pack, true);
            }
        }
    }

    private static String key(List<Token> run, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(run.get(k).text);
        }
        return NameKey.of(sb.toString());
    }

    /** Adds a place name or demonym; false when the pack knows neither. */
    private boolean add(String key, KnowledgePack pack, boolean demonyms) {
        if (key.isEmpty()) {
            return false;
        }
        if (hits.containsKey(key)) {
            return true;
        }
        List<PackEntry> places = new ArrayList<>();
        for (PackEntry e : pack.named(key)) {
            if (e.kind().isPlace() && (e.kind() != EntryKind.CITY || e.population() >= 10_000
                    || e.hasRole("capital") || e.hasRole("seat"))) {
                places.add(e);
            }
        }
        boolean demonym = false;
        if (places.isEmpty() && demonyms) {
            places.addAll(pack.countriesOfDemonym(key));
            demonym = !places.isEmpty();
        }
        if (places.isEmpty()) {
            return false;
        }
        hits.put(key, new Hit(key, places, shares(places), demonym));
        return true;
    }

    private boolean addCountry(String key, KnowledgePack pack) {
        List<PackEntry> countries = new ArrayList<>();
        boolean demonym = false;
        for (PackEntry e : pack.named(key)) {
            if (e.kind() == EntryKind.COUNTRY) {
                countries.add(e);
            }
        }
        if (countries.isEmpty()) {
            countries.addAll(pack.countriesOfDemonym(key));
            demonym = true;
        }
        if (countries.isEmpty()) {
            return false;
        }
        hits.putIfAbsent(key, new Hit(key, countries, shares(countries), demonym));
        return true;
    }

    /** How likely each reading is on its own: in proportion to 10^prior. */
    private static double[] shares(List<PackEntry> entries) {
        double[] w = new double[entries.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < w.length; i++) {
            w[i] = Linker.prior(entries.get(i));
            max = Math.max(max, w[i]);
        }
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.pow(10, w[i] - max);
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }

    Collection<Hit> hits() {
        return hits.values();
    }

    /** The places written right after this name, after a comma ("Ontario" for "London"). */
    List<Hit> qualifiersOf(String key) {
        List<Hit> out = new ArrayList<>();
        for (String q : qualifiers.getOrDefault(key, List.of())) {
            Hit h = hits.get(q);
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ words

    /** A word of the text: its form, whether it is capitalised, follows the previous word with only a space. */
    private record Token(String text, String lower, boolean capitalised, boolean joined, boolean sentenceStart,
                         boolean afterComma) {
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int previousEnd = -1;
        while (i < n) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                i++;
                continue;
            }
            int b = i;
            while (i < n) {
                char x = text.charAt(i);
                if (Character.isLetterOrDigit(x) || Character.getType(x) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((x == '.' || x == '\'' || x == '’' || x == '-') && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++; // U.S, O'Brien, Nizhny-Novgorod
                } else if (x == '.' && i - b == 1 && Character.isUpperCase(text.charAt(b))) {
                    i++; // the last full stop of an initial: "D.C."
                } else {
                    break;
                }
            }
            String word = text.substring(b, i);
            boolean joined = previousEnd >= 0 && onlySpaces(text, previousEnd, b);
            boolean start = previousEnd < 0 || startsSentence(text, previousEnd, b);
            boolean afterComma = previousEnd >= 0 && b - previousEnd == 2 && text.startsWith(", ", previousEnd);
            out.add(new Token(word, word.toLowerCase(java.util.Locale.ROOT), Character.isUpperCase(word.charAt(0)),
                    joined, start, afterComma));
            previousEnd = i;
        }
        return out;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static boolean startsSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '‘'
                    || c == '(' || c == '—' || c == '–') {
                return true;
            }
        }
        return from > 0 && text.charAt(from - 1) == '.';
    }
}
