package newsgraph.extract;

/**
 * Archive conventions for quotation marks, read as the marks they stand for: two apostrophes
 * ({@code ''like this''}), LaTeX and Penn Treebank's {@code ``like this''}, {@code <<like this>>} and
 * guillemets, and straight single quotes around a clause ({@code 'We were let down'}, as British headlines
 * write them). The view has the article's length, character for character — a two-character mark becomes a
 * straight double quote and a space — so every offset found in it points into the article itself.
 */
final class QuoteMarks {

    /** How far a single quote may run: a clause, not a page (and no quadratic scan of a hostile line). */
    private static final int LONGEST_SINGLE_QUOTE = 400;

    private QuoteMarks() {
    }

    /** The text with its archive quotation marks replaced, at the same offsets; the text itself when it has none. */
    static String normalised(String text) {
        char[] c = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char x = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            boolean twoApostrophes = x == '\'' && next == '\'' && (i + 2 >= n || text.charAt(i + 2) != '\'');
            boolean backticks = x == '`' && next == '`';
            boolean angles = x == '<' && next == '<' || x == '>' && next == '>';
            if (twoApostrophes || backticks || angles) {
                c = c == null ? text.toCharArray() : c;
                c[i] = '"';
                c[i + 1] = ' ';
                i++;
            } else if (x == '«' || x == '»') {
                c = c == null ? text.toCharArray() : c;
                c[i] = x == '«' ? '“' : '”';
            } else if (x == '\'' && opensSingleQuote(text, i)) {
                int close = closingSingleQuote(text, i + 1);
                if (close > 0) {
                    c = c == null ? text.toCharArray() : c;
                    c[i] = '‘';
                    c[close] = '’';
                    i = close;
                }
            }
        }
        return c == null ? text : new String(c);
    }

    /** A straight single quote at the start of a word, after a space, a line start or an opening bracket. */
    private static boolean opensSingleQuote(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * The straight single quote that closes one opened before {@code from} on the same line: after a letter
     * or a full stop, before a space, punctuation or the line's end — not an apostrophe inside a word
     * ("O'Neill", "don't") nor a plural's ("the farmers' union").
     */
    private static int closingSingleQuote(String text, int from) {
        int end = Math.min(text.length(), from + LONGEST_SINGLE_QUOTE);
        for (int i = from; i < end; i++) {
            char x = text.charAt(i);
            if (x == '\n' || x == '"') {
                return -1;
            }
            if (x != '\'' || i == from) {
                continue;
            }
            char prev = text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            boolean wordEnd = !Character.isLetterOrDigit(after);
            if (wordEnd && (Character.isLetterOrDigit(prev) || ".,!?".indexOf(prev) >= 0) && prev != 's') {
                return i;
            }
        }
        return -1;
    }
}
