package newsgraph.nlp;

import java.util.List;
import newsgraph.lexicon.Lexicon;
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

    /** The key for looking the token up in the lexicon: see {@link Lexicon#key(String)}. */
    public String key() {
        return Lexicon.key(text);
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
    public String toString() {
        return text + "/" + tag;
    }
}
