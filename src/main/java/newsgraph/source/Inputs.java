package newsgraph.source;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The article inputs of one file, read from it as they are asked for (a WARC file or a JSON Lines file of any size
 * streams through), and the records it holds that are no article, counted. Close it when done.
 */
public interface Inputs extends Iterator<ArticleInput>, AutoCloseable {

    /**
     * Records that hold no article, by reason ("not HTML", "revisit", "redirect", "error status"), counted so far:
     * a crawl is full of them, so they are counted, not reported one by one.
     */
    default Map<String, Integer> skipped() {
        return Map.of();
    }

    /** Whether the file is an archive of many articles (WARC, JSON Lines) rather than one article. */
    default boolean manyArticles() {
        return false;
    }

    @Override
    void close();

    /** The inputs of a file that gives these, already read (a single article, or a refusal). */
    static Inputs of(List<ArticleInput> inputs) {
        Iterator<ArticleInput> it = inputs.iterator();
        return new Inputs() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ArticleInput next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    static Inputs none() {
        return of(Collections.emptyList());
    }
}
