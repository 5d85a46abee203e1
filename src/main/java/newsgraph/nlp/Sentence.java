package newsgraph.nlp;

import java.util.List;
import newsgraph.text.Block;
import newsgraph.text.Span;

/** A sentence of one block, with its tagged tokens. Sentences never cross a line. */
public record Sentence(int index, Span span, Block block, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Index of the first token that starts at or after {@code offset}, or {@link #size()}. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
