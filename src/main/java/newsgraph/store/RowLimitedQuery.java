package newsgraph.store;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query processor with a cap on results: a query without LIMIT, or with a larger one, gets
 * {@code LIMIT maxRows}. With the timeout, this keeps one query from the web UI (SELECT * over everything)
 * from filling the server's memory and the browser's.
 */
final class RowLimitedQuery extends SPARQL_QueryDataset {

    private final long maxRows;

    RowLimitedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight();
        if (chosen.isAskType() || chosen.hasLimit() && chosen.getLimit() <= maxRows) {
            return decided;
        }
        Query limited = chosen.cloneQuery();
        limited.setLimit(maxRows);
        return Pair.create(decided.getLeft(), limited);
    }
}
