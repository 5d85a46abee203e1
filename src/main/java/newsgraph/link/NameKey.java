package newsgraph.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared, on both sides: the pack's names and aliases and the article's
 * names. Lower case, no diacritics, no full stops ("U.S." = "US", "Washington, D.C." = "Washington DC"),
 * no possessive ("New People's Party" = "New People Party"), no leading "the", and one spelling for the
 * British and American forms of a word ("Labour" = "Labor", "Organisation" = "Organization",
 * "Centre" = "Center").
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The key of a name; the empty string when it has no letters or digits. */
    public static String of(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return general(name);
            }
        }
        return ascii(name);
    }

    /** The same as {@link #general} for ASCII text, in one pass: the linker keys every name of every article. */
    private static String ascii(String name) {
        java.util.List<String> words = new java.util.ArrayList<>(4);
        StringBuilder w = new StringBuilder(16);
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                w.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                w.append((char) (c + 32));
            } else if (c == '.') {
                continue;
            } else if (c == '\'' && i + 1 < n && (name.charAt(i + 1) == 's' || name.charAt(i + 1) == 'S')
                    && (i + 2 == n || !isWordChar(name.charAt(i + 2)))) {
                i++; // a possessive
            } else {
                flush(w, words);
                if (c == '&') {
                    words.add("and");
                }
            }
        }
        flush(w, words);
        StringBuilder key = new StringBuilder(n);
        for (int i = 0; i < words.size(); i++) {
            if (i == 0 && words.get(0).equals("the") && words.size() > 1) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(word(words.get(i)));
        }
        return key.toString();
    }

    private static void flush(StringBuilder w, java.util.List<String> words) {
        if (w.length() > 0) {
            words.add(w.toString());
            w.setLength(0);
        }
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Any text: diacritics dropped, then as {@link #ascii}. */
    static String general(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT).replace("&", " and ");
        s = POSSESSIVE.matcher(s).replaceAll("").replace(".", "");
        String[] words = SEPARATORS.matcher(s).replaceAll(" ").strip().split(" ");
        StringBuilder key = new StringBuilder(s.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || i == 0 && w.equals("the") && words.length > 1) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(word(w));
        }
        return key.toString();
    }

    /** One spelling for British and American forms: -our/-or, -isation/-ization, -tre/-ter. */
    static String word(String w) {
        if (w.length() > 5 && w.endsWith("our")) {
            return w.substring(0, w.length() - 2) + "r";
        }
        if (w.endsWith("isation") || w.endsWith("isations")) {
            return w.replace("isation", "ization");
        }
        if (w.length() > 4 && (w.endsWith("tre") || w.endsWith("tres"))) {
            return w.endsWith("s") ? w.substring(0, w.length() - 3) + "ters" : w.substring(0, w.length() - 2) + "er";
        }
        return w;
    }

    /** How many words the key has. */
    static int words(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
