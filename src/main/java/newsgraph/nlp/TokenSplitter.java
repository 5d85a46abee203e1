package newsgraph.nlp;

import java.util.List;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.WordList;
import newsgraph.text.Span;

/**
 * Splits the tokens of OpenNLP's UD tokenizer further: quotation marks, brackets and trailing
 * punctuation become tokens of their own, and the clitics 's, n't, 're, 've, 'll, 'd, 'm are split off.
 * Offsets stay those of the article.
 */
final class TokenSplitter {

    private static final String OPENERS = "“‘\"'([{«";
    private static final String CLOSERS = "”’\"')]}».,;:!?…";

    /** Abbreviations that keep their final dot ("Mr.", "Inc."): {@link WordList#DOTTED_ABBREVIATIONS}. */
    private final Set<String> dottedAbbreviations;

    TokenSplitter(Set<String> dottedAbbreviations) {
        this.dottedAbbreviations = dottedAbbreviations;
    }

    void split(String sentence, int b, int e, int base, List<Span> out) {
        // one pass per part between dashes, in a loop: recursing per dash overflowed the stack on a token of
        // thousands of them. The closing marks peeled in each pass follow the parts, innermost first.
        java.util.ArrayDeque<java.util.ArrayDeque<Span>> tails = null; // made only for a token with closing marks
        while (true) {
            // peel openers
            while (e - b > 1 && OPENERS.indexOf(sentence.charAt(b)) >= 0 && !isAbbreviationApostrophe(sentence, b, e)) {
                out.add(new Span(base + b, base + b + 1));
                b++;
            }
            java.util.ArrayDeque<Span> tail = null;
            while (e - b > 1 && CLOSERS.indexOf(sentence.charAt(e - 1)) >= 0 && !keepsFinalDot(sentence, b, e)) {
                char c = sentence.charAt(e - 1);
                // a closing ’ after s is a plural possessive: split it as a clitic below
                if ((c == '’' || c == '\'') && e - b > 2 && Character.toLowerCase(sentence.charAt(e - 2)) == 's'
                        && Character.isLetter(sentence.charAt(e - 2)) && e - b > 3) {
                    break;
                }
                if (tail == null) {
                    tail = new java.util.ArrayDeque<>();
                }
                tail.addFirst(new Span(base + e - 1, base + e));
                e--;
            }
            if (tail != null) {
                if (tails == null) {
                    tails = new java.util.ArrayDeque<>();
                }
                tails.push(tail);
            }
            if (splitClitic(sentence, b, e, base, out)) {
                break;
            }
            // hyphen-joined quote marks such as “divide-and-rule” are already handled; dashes glued to words are split
            int dash = firstDash(sentence, b, e);
            if (dash > b && dash < e - 1) {
                out.add(new Span(base + b, base + dash));
                out.add(new Span(base + dash, base + dash + 1));
                b = dash + 1;
                continue;
            }
            if (e > b) {
                out.add(new Span(base + b, base + e));
            }
            break;
        }
        while (tails != null && !tails.isEmpty()) {
            out.addAll(tails.pop());
        }
    }

    /** Adds the word and its clitic ('s, n't, …) if it ends with one. */
    private static boolean splitClitic(String sentence, int b, int e, int base, List<Span> out) {
        if (!hasApostrophe(sentence, b, e)) {
            return false; // every clitic has one
        }
        String word = sentence.substring(b, e).replace('’', '\'');
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String clitic : Lexicon.CLITICS) {
            // the word's own length, not its lower case's: "İ" is one character, two in lower case
            if (word.length() > clitic.length() + 1 && lower.endsWith(clitic)) {
                int cut = e - clitic.length();
                if (clitic.equals("s'")) {
                    cut = e - 1;
                }
                if (clitic.equals("n't") && lower.equals("can't")) {
                    cut = e - 2;
                }
                out.add(new Span(base + b, base + cut));
                out.add(new Span(base + cut, base + e));
                return true;
            }
        }
        return false;
    }

    private static boolean hasApostrophe(String s, int b, int e) {
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’') {
                return true;
            }
        }
        return false;
    }

    private static int firstDash(String s, int b, int e) {
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (c == '—' || c == '–') {
                return i;
            }
        }
        return -1;
    }

    /** "U.S." and "Jr." keep their final dot; a sentence-final dot after a word does not. */
    private boolean keepsFinalDot(String s, int b, int e) {
        if (s.charAt(e - 1) != '.') {
            return false;
        }
        String w = s.substring(b, e - 1);
        return w.indexOf('.') >= 0 || (w.length() <= 3 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(Character::isLetter) && w.length() == 1)
                || dottedAbbreviations.contains(w);
    }

    /** '90s, 'em: an apostrophe that begins a word is part of it. */
    private static boolean isAbbreviationApostrophe(String s, int b, int e) {
        char c = s.charAt(b);
        if (c != '\'' && c != '’') {
            return false;
        }
        String rest = s.substring(b + 1, e).toLowerCase(java.util.Locale.ROOT);
        return rest.matches("\\d0s") || Lexicon.ELISIONS.contains(rest);
    }

    /** The form given to the tagger: quotation marks straightened as in the UD training data. */
    static String forTagging(String token) {
        return switch (token) {
            case "“", "”", "«", "»" -> "\"";
            case "‘", "’" -> "'";
            default -> token.indexOf('’') >= 0 ? token.replace('’', '\'') : token;
        };
    }
}
