package newsgraph.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What one write transaction does to the word index ({@link WordIndex}): the graphs it changed, and at its commit a
 * new stamp for the database, the database's commit, then the changed graphs' entries into the index, committed with
 * that stamp. A {@code load} batch gives each graph's new content as it goes; the server's writes name the graphs they
 * touch, which are read at the commit.
 */
public final class WordChanges {

    private final DatasetGraph dsg;
    private final WordIndex index;
    private final Map<Node, List<WordIndex.Entry>> entries = new LinkedHashMap<>();
    private final Set<Node> touched = new LinkedHashSet<>();
    private boolean all;

    private WordChanges(DatasetGraph dsg) {
        this.dsg = dsg;
        Object index = dsg.getContext().get(WordSearch.INDEX);
        this.index = index instanceof WordIndex words ? words : null;
    }

    /** The changes of a write transaction on {@code dsg} (the database's own dataset, not a wrapper's view). */
    public static WordChanges of(DatasetGraph dsg) {
        return new WordChanges(dsg);
    }

    /** A graph that the transaction replaced by {@code graph}. */
    public void replaced(Node graphName, Graph graph) {
        if (graphName.isURI() && !Quad.isDefaultGraph(graphName)) {
            touched.remove(graphName);
            entries.put(graphName, index == null ? List.of() : StatementWords.entriesOf(graphName, graph));
        }
    }

    /** A graph that the transaction changed; read at the commit. */
    public void touched(Node graphName) {
        if (graphName != null && graphName.isURI() && !Quad.isDefaultGraph(graphName)) {
            entries.remove(graphName);
            touched.add(graphName);
        }
    }

    /** Every graph may have changed; all are read at the commit. */
    public void touchedAll() {
        all = true;
    }

    /**
     * Commits the transaction through {@code commit} (the database's commit), keeping the index: the new stamp first
     * (in the transaction, whether or not this process has the index, so an index that missed the write is never read),
     * then under the index's lock the changed graphs' entries into the index (read in the transaction, a graph at a
     * time: a write over HTTP may touch every graph), the database's commit, and the index's commit with that stamp.
     * When the database's commit fails, the index drops the changes; when the index fails, it stays at its last stamp
     * and the query reads the database instead until the next open fills it.
     */
    public void commit(Runnable commit) {
        if (!all && entries.isEmpty() && touched.isEmpty()) {
            commit.run();
            return;
        }
        long stamp = StatementWords.raiseStamp(dsg);
        if (index == null) {
            commit.run();
            return;
        }
        index.lock().lock();
        try {
            boolean written = write();
            try {
                commit.run();
            } catch (RuntimeException | Error e) {
                if (written) {
                    index.rollback();
                }
                throw e;
            }
            if (written) {
                try {
                    index.commit(stamp);
                } catch (RuntimeException e) {
                    index.rollback();
                }
            }
        } finally {
            index.lock().unlock();
        }
    }

    /** The changed graphs' entries into the index, uncommitted; false when that failed (and was dropped). */
    private boolean write() {
        try {
            if (all) {
                StatementWords.fill(dsg, index);
                return true;
            }
            entries.forEach((graphName, graphEntries) -> index.replace(graphName.getURI(), graphEntries));
            for (Node graphName : touched) {
                index.replace(graphName.getURI(), StatementWords.entriesOf(graphName, dsg.getGraph(graphName)));
            }
            return true;
        } catch (RuntimeException e) {
            index.rollback();
            return false;
        }
    }
}
