package newsgraph.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query processor with the bounds the server promises, so that one query from a web page
 * cannot take it down, fill its memory or make it act elsewhere:
 * <ul>
 * <li>at most {@code maxRows} results: a query without LIMIT, or with a larger one, gets {@code LIMIT maxRows};</li>
 * <li>the whole answer is computed before a byte of it is sent, so a query that runs out of time is a 503,
 *     never a 200 whose body stops part-way (Fuseki streams, and once the 200 is sent can only cut the body);
 *     the row limit bounds what is held;</li>
 * <li>regular expressions stop with the query's timeout ({@link CancellableRegex});</li>
 * <li>{@code SERVICE} is refused (400) unless the operator allowed it: it would make the server send requests
 *     to any address, from a plain GET that any page can trigger with an image.</li>
 * </ul>
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    private final long maxRows;
    private final Duration timeout;
    private final boolean serviceAllowed;

    BoundedQuery(long maxRows, Duration timeout, boolean serviceAllowed) {
        this.maxRows = maxRows;
        this.timeout = timeout;
        this.serviceAllowed = serviceAllowed;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (!serviceAllowed && callsService(Algebra.compile(query))) {
            ServletOps.errorBadRequest("SERVICE is refused: this server sends no requests to other servers"
                    + " (its operator can allow it with 'serve --allow-service')");
        }
    }

    /** Whether the algebra has a SERVICE anywhere: in its pattern, a sub-query, or an EXISTS of a filter. */
    static boolean callsService(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        });
        return found[0];
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight();
        if (!chosen.isAskType() && (!chosen.hasLimit() || chosen.getLimit() > maxRows)) {
            chosen = chosen.cloneQuery();
            chosen.setLimit(maxRows);
        }
        return Pair.create(decided.getLeft(), CancellableRegex.in(chosen, timeout));
    }

    /** SELECT and JSON answers in full before sending (CONSTRUCT, DESCRIBE and ASK are, in Fuseki already). */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
            String queryStringLog) {
        if (requestQuery.isSelectType()) {
            return new QueryExecResult(queryExec.select().materialize());
        }
        if (requestQuery.isJsonType()) {
            List<JsonObject> items = new ArrayList<>();
            queryExec.execJsonItems().forEachRemaining(items::add);
            return new QueryExecResult(items.iterator());
        }
        return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }
}
