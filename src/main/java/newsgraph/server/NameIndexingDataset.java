package newsgraph.server;

import newsgraph.store.NameIndex;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
 * <p>Graph views are this dataset's own ({@link GraphView}), so writes through a graph come back here too.
 * Queries are unaffected: Jena runs a query on a wrapper with the wrapped dataset's engine (TDB2's, with its
 * union default graph).
 */
final class NameIndexingDataset extends DatasetGraphWrapper {

    NameIndexingDataset(DatasetGraph dataset) {
        super(dataset);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        super.add(g, s, p, o);
        NameIndex.add(getWrapped(), g, s, p, o);
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
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
}
