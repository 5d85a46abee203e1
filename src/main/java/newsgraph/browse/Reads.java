package newsgraph.browse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsgraph.store.PagedQuery;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The reads of one request, all within the server's query timeout: every query gets the time that is left, so a
 * page that runs six queries takes no longer than one query may. Called inside a read transaction (one snapshot
 * for the whole page).
 */
final class Reads {

    private final DatasetGraph dataset;
    private final long deadline;

    Reads(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** All the rows of a SELECT, stopped (QueryCancelledException) when the request's time is up. */
    RowSetRewindable select(Query query) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).timeout(left, TimeUnit.MILLISECONDS).build()) {
            return exec.select().rewindable();
        }
    }

    /** The answer of an ASK, within the request's time. */
    boolean ask(Query query) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).timeout(left, TimeUnit.MILLISECONDS).build()) {
            return exec.ask();
        }
    }

    /** A page of a named query; {@code countCap} as in {@link PagedQuery#run}. */
    PagedQuery.Answer page(PagedQuery query, long countCap) {
        return query.run(this::select, countCap);
    }

    /** Gives up when the request's time is up (for work between queries: reading a long list of quads). */
    void check() {
        if (System.nanoTime() > deadline) {
            throw new QueryCancelledException();
        }
    }

    /** A query of the browse pages, from the jar ({@code newsgraph/browse/NAME.rq}). */
    static Query resource(String name) {
        String path = "newsgraph/browse/" + name + ".rq";
        try (InputStream in = Reads.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query given the values of one variable as a {@code VALUES} block at the start of its WHERE clause, so
     * that they are joined first: terms set in the parsed query, never text.
     */
    static Query withValues(Query query, String variable, List<Node> values) {
        Query copy = QueryTransformOps.shallowCopy(query);
        Var var = Var.alloc(variable);
        List<Binding> rows = new ArrayList<>();
        for (Node value : values) {
            rows.add(BindingFactory.binding(var, value));
        }
        ElementData data = new ElementData(List.of(var), rows);
        ElementGroup where = new ElementGroup();
        where.addElement(data);
        if (copy.getQueryPattern() instanceof ElementGroup group) {
            group.getElements().forEach(where::addElement);
        } else {
            where.addElement(copy.getQueryPattern());
        }
        copy.setQueryPattern(where);
        return copy;
    }
}
