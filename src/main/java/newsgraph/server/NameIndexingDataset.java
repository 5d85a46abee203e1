package newsgraph.server;

import newsgraph.store.NameIndex;
import newsgraph.store.WordChanges;

import newsgraph.stats.Statistics;
import newsgraph.stats.StatisticsUpdate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset as the server writes it: every quad added, by SPARQL Update, a Graph Store PUT or POST, or
 * {@code load --endpoint}, goes through {@link #add(Node, Node, Node, Node)}, which also adds any name it
 * carries to the {@link NameIndex}, in the same transaction. Without it, articles written over HTTP would be
 * missing from an index marked complete, and the named queries would not find their people.
 *
 * <p>It keeps the statistics the same way: before a write first changes an article graph, that graph's counts as
 * stored are noted, and at the commit the changed graphs are counted again and the difference goes into the
 * statistics, in the same transaction ({@link StatisticsUpdate#touching}). A delete of every graph at once
 * (a quad pattern with no graph) counts everything again.
 *
 * <p>Graph views are this dataset's own ({@link GraphView}), so writes through a graph come back here too.
 * Queries are unaffected: Jena runs a query on a wrapper with the wrapped dataset's engine (TDB2's, with its
 * union default graph).
 */
final class NameIndexingDataset extends DatasetGraphWrapper {

    /** The statistics' changes of this thread's write transaction, if it changed a graph. */
    private final ThreadLocal<StatisticsUpdate> statistics = new ThreadLocal<>();
    /** Whether this thread's write transaction changed graphs it could not name: everything is counted again. */
    private final ThreadLocal<Boolean> recountAll = new ThreadLocal<>();
    /** Whether this thread's write transaction found no statistics to keep (asked once per transaction). */
    private final ThreadLocal<Boolean> noStatistics = new ThreadLocal<>();
    /** The graphs this thread's write transaction changed, for {@code statement-in-context}'s word index. */
    private final ThreadLocal<WordChanges> words = new ThreadLocal<>();

    NameIndexingDataset(DatasetGraph dataset) {
        super(dataset);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        touching(g);
        super.add(g, s, p, o);
        NameIndex.add(getWrapped(), g, s, p, o);
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        touching(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || g.equals(Node.ANY)) {
            touchingAll();
        } else {
            touching(g);
        }
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void removeGraph(Node graphName) {
        touching(graphName);
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        touchingAll();
        super.clear();
    }

    /** Replaces the graph, as {@link DatasetGraph#addGraph} does, a quad at a time. */
    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** A view that writes through this dataset (TDB2's own would write around it). */
    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? super.getGraph(graphNode) : GraphView.createNamedGraph(this, graphNode);
    }

    /** Brings the statistics up to date with this transaction's writes, then commits, and keeps the word index. */
    @Override
    public void commit() {
        WordChanges changes = words.get();
        try {
            if (getWrapped().isInTransaction() && getWrapped().transactionMode() == ReadWrite.WRITE) {
                if (Boolean.TRUE.equals(recountAll.get())) {
                    Statistics.rebuild(getWrapped());
                } else if (statistics.get() != null) {
                    statistics.get().apply();
                }
            }
        } finally {
            forget();
        }
        if (changes != null) {
            changes.commit(super::commit);
        } else {
            super.commit();
        }
    }

    @Override
    public void abort() {
        forget();
        super.abort();
    }

    @Override
    public void end() {
        forget();
        super.end();
    }

    private WordChanges wordChanges() {
        if (words.get() == null) {
            words.set(WordChanges.of(getWrapped()));
        }
        return words.get();
    }

    private void forget() {
        words.remove();
        statistics.remove();
        recountAll.remove();
        noStatistics.remove();
    }

    private void touching(Node graph) {
        wordChanges().touched(graph);
        if (graph == null || Boolean.TRUE.equals(recountAll.get()) || Boolean.TRUE.equals(noStatistics.get())) {
            return;
        }
        StatisticsUpdate update = statistics.get();
        if (update == null) {
            if (!Statistics.isComplete(getWrapped())) {
                noStatistics.set(true); // none to keep: the queries count over the articles until they are rebuilt
                return;
            }
            update = Statistics.update(getWrapped());
            statistics.set(update);
        }
        update.touching(graph);
    }

    private void touchingAll() {
        wordChanges().touchedAll();
        if (Statistics.isComplete(getWrapped())) {
            recountAll.set(true);
        }
    }
}
