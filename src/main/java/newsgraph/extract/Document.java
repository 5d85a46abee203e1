package newsgraph.extract;

import java.util.List;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Article;
import newsgraph.text.Block;
import newsgraph.text.Span;

/**
 * The read-only view of one article that the extraction rules share: its text, blocks, tagged sentences
 * and quotations, with lookups from offsets to them.
 */
final class Document {

    final Article article;
    final String text;
    final List<Block> blocks;
    final List<Sentence> sentences;
    final List<Quote> quotes;
    /** Where people are named, in text order: the rules that find speakers look for them first. */
    final List<Span> personNames;
    /** Where anything is named, in text order: a comma inside a name ("Department for Culture, Media and Sport") breaks no phrase. */
    final List<Span> allNames;

    /** {@code text}: the article's text as the rules read it, of the same length ({@link QuoteMarks}). */
    Document(Article article, String text, List<Block> blocks, List<Sentence> sentences, List<Quote> quotes,
             List<Span> personNames, List<Span> allNames) {
        this.article = article;
        this.text = text;
        this.blocks = blocks;
        this.sentences = sentences;
        this.quotes = quotes;
        this.personNames = personNames;
        this.allNames = allNames;
    }

    /** Whether the token stands inside a name, neither its first nor its last word: the comma of "Culture, Media". */
    boolean insideName(Token t) {
        for (Span n : allNames) {
            if (n.begin() < t.begin() && t.end() < n.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person is named within tokens [from, to) of a sentence. */
    boolean namesPerson(Sentence s, int from, int to) {
        if (to <= from) {
            return false;
        }
        Span span = new Span(s.token(from).begin(), s.token(to - 1).end());
        for (Span p : personNames) {
            if (span.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The quotation whose inner words contain the offset, or null. */
    Quote quoteAt(int offset) {
        for (Quote q : quotes) {
            if (q.inner().contains(offset)) {
                return q;
            }
        }
        return null;
    }

    /** The quotation (marks included) that contains the offset, or null. */
    Quote quoteAround(int offset) {
        for (Quote q : quotes) {
            if (q.outer().contains(offset)) {
                return q;
            }
        }
        return null;
    }

    boolean inQuote(Token t) {
        return quoteAround(t.begin()) != null;
    }

    Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset) || s.span().end() == offset) {
                return s;
            }
            if (s.span().begin() > offset) {
                return s;
            }
        }
        return sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
    }

    List<Sentence> sentencesOf(Block block) {
        return sentences.stream().filter(s -> s.block().index() == block.index()).toList();
    }

    String text(Span span) {
        return span.of(text);
    }

    /** Index of the token of {@code s} that starts at or covers {@code offset}, or -1. */
    static int tokenIndex(Sentence s, int offset) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().contains(offset) || tokens.get(i).begin() >= offset) {
                return i;
            }
        }
        return -1;
    }
}
