package newsgraph.nlp;

import newsgraph.text.Span;

/**
 * A token of an article: where it stands, its text as written, a normalised form for matching
 * (curly apostrophes straightened) and its Universal Dependencies part-of-speech tag.
 */
public record Token(Span span, String text, String norm, String tag) {

    public Token(Span span, String text, String tag) {
        this(span, text, normalise(text), tag);
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isPunctuation() {
        return "PUNCT".equals(tag) || (!text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0)));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public String lower() {
        return norm.toLowerCase(java.util.Locale.ROOT);
    }

    /** The key for looking the token up in name lists: see {@link #keyOf(String)}. */
    public String key() {
        return keyOf(text);
    }

    /**
     * A lookup key: lower case with straight apostrophes, except that short all-capital acronyms keep
     * their case, so that "ME" (Maine) is not "Me" and "US" is not "us".
     */
    public static String keyOf(String s) {
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
        String k = s.toLowerCase(java.util.Locale.ROOT);
        return k.indexOf('’') >= 0 ? k.replace('’', '\'') : k;
    }

    static String normalise(String s) {
        if (s.indexOf('’') < 0 && s.indexOf('‘') < 0) {
            return s;
        }
        return s.replace('’', '\'').replace('‘', '\'');
    }

    @Override
    public String toString() {
        return text + "/" + tag;
    }
}
