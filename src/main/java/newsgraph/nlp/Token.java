package newsgraph.nlp;

import java.util.List;
import newsgraph.lexicon.Lexicon;
import newsgraph.text.Span;

/**
 * A token of an article: where it stands, its text as written, a normalised form for matching
 * (curly apostrophes straightened) and its Universal Dependencies part-of-speech tag. Immutable; its lower case
 * and lexicon key are worked out once, as the rules ask for them many times per token.
 */
public final class Token {

    private final Span span;
    private final String text;
    private final String norm;
    private final String tag;
    private final String lower;
    private final String key;

    public Token(Span span, String text, String norm, String tag) {
        this.span = span;
        this.text = text;
        this.norm = norm;
        this.tag = tag;
        this.lower = norm.toLowerCase(java.util.Locale.ROOT);
        this.key = Lexicon.key(text);
    }

    public Token(Span span, String text, String tag) {
        this(span, text, normalise(text), tag);
    }

    public Span span() {
        return span;
    }

    /** The token as written. */
    public String text() {
        return text;
    }

    /** The text with curly apostrophes straightened. */
    public String norm() {
        return norm;
    }

    /** The Universal Dependencies part-of-speech tag. */
    public String tag() {
        return tag;
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
        return lower;
    }

    /** The key for looking the token up in the lexicon: see {@link Lexicon#key(String)}. */
    public String key() {
        return key;
    }

    /** The words of tokens [from, to), a space where the text has one between them: a name as written. */
    public static String joined(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).begin() > tokens.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    static String normalise(String s) {
        if (s.indexOf('’') < 0 && s.indexOf('‘') < 0) {
            return s;
        }
        return s.replace('’', '\'').replace('‘', '\'');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && span.equals(t.span) && text.equals(t.text) && norm.equals(t.norm)
                && java.util.Objects.equals(tag, t.tag);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(span, text, norm, tag);
    }

    @Override
    public String toString() {
        return text + "/" + tag;
    }
}
