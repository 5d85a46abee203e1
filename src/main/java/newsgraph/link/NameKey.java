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
