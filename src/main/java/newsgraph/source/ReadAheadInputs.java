package newsgraph.source;

import java.util.NoSuchElementException;

/**
 * The inputs of a file of many articles, read one ahead: {@link #advance()} reads until it has the next input
 * ({@link #pending}) or the file's end ({@link #done}), so that {@code hasNext} can answer without losing a record.
 */
abstract class ReadAheadInputs implements Inputs {

    /** The next input, read but not yet given out. */
    protected ArticleInput pending;
    /** No more inputs: the file ended, or a damaged part ended its reading. */
    protected boolean done;

    /** Reads on: sets {@link #pending} or {@link #done} (or neither, to be called again). */
    protected abstract void advance();

    @Override
    public final boolean hasNext() {
        while (pending == null && !done) {
            advance();
        }
        return pending != null;
    }

    @Override
    public final ArticleInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ArticleInput input = pending;
        pending = null;
        return input;
    }

    @Override
    public boolean manyArticles() {
        return true;
    }
}
