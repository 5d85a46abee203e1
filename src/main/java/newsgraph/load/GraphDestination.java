package newsgraph.load;

import newsgraph.rdf.Iris;
import newsgraph.text.Article;
import org.apache.jena.rdf.model.Model;

/**
 * Where {@link ArticleLoader} writes each article's graph: the local database ({@link NewsStore}) or any SPARQL
 * Graph Store Protocol endpoint ({@link GraphStoreEndpoint}). Writing an article replaces its named graph, so
 * loading again never duplicates.
 */
public interface GraphDestination {

    /**
     * Starts a batch of graph replacements, to be used from one thread. The batch becomes visible at
     * {@link Batch#commit()}, all or nothing where the destination can promise that.
     *
     * @throws StoreException when the destination cannot be written
     */
    Batch begin();

    /** Whether a batch commits all or nothing, so that a failure leaves whole batches only. */
    default boolean atomicBatches() {
        return true;
    }

    /**
     * Whether its writing happens on this machine's processors (a database in this process), rather than
     * elsewhere (a server over HTTP). The loader uses it to choose how many articles to extract at once.
     */
    default boolean writesOnThisMachine() {
        return false;
    }

    /** The base of the IRIs its graphs are written under ({@code --base}); the default unless told otherwise. */
    default String base() {
        return Iris.DEFAULT_BASE;
    }

    /**
     * Called once after the last batch of a load has committed: what the destination leaves to the end of a load (a
     * database: the counts of the groups the batches changed, {@code NewsStore#settleStatistics}). Nothing by default.
     */
    default void finish() {
    }

    /** What to call it in messages, e.g. "database data/tdb2". */
    String description();

    /** Replacements that commit together. Closing a batch that was not committed abandons it. */
    interface Batch extends AutoCloseable {

        /** Replaces the named graph of {@code article} by {@code graph}. */
        void replace(Article article, Model graph);

        void commit();

        @Override
        void close();
    }
}
