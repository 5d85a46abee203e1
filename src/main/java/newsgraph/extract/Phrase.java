package newsgraph.extract;

import java.util.List;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * The words that name a speaker: tokens {@code [from, to)} of a sentence, the rule a name there would be
 * decided by (the cue's: speech tag, apposition or "according to"), and where its head chunk ends: the words
 * before a preposition, participle, "who" or comma ("Ines Ferreira | of The Lakeside Courier", "a spokesman |
 * for the Chilean navy").
 */
record Phrase(Sentence sentence, int from, int to, SpeakerRule nameRule, int headEnd) {

    List<Token> tokens() {
        return sentence.tokens().subList(from, to);
    }

    Span span() {
        return new Span(sentence.token(from).begin(), sentence.token(to - 1).end());
    }

    int size() {
        return to - from;
    }

    /** Whether words follow the head chunk: "a spokesman | for the navy". */
    boolean hasComplement() {
        return headEnd < size();
    }

    /** The head chunk alone (the whole phrase when nothing follows it). */
    Phrase head() {
        return hasComplement() ? new Phrase(sentence, from, from + headEnd, nameRule, headEnd) : this;
    }

    /** The last word of the tokens (punctuation aside), or null. */
    static Token lastWord(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).isWord()) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** Whether a comma stands between the name and the end of the phrase: "Hugh Hill, a doctor". */
    static boolean hasComma(String text, Span phrase, Span name) {
        int after = name.end();
        return after < phrase.end() && text.substring(after, phrase.end()).contains(",");
    }
}
