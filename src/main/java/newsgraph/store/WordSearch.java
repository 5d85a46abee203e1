package newsgraph.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Closeable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncSimple;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Symbol;

/**
 * The two property functions through which {@code statement-in-context} reads the word index ({@link WordIndex}):
 * <ul>
 * <li>{@code ?statement <urn:newsgraph:words#containing> "words"} binds, in the query's order (article, then the
 *     words' offset), the statements whose lower-cased words contain the (lower-cased) text; "" gives every
 *     statement. With a list, {@code ("words" " iri iri … ")}, only the statements whose creator is one of those
 *     entities (none when the list is empty). From the index when it is the database's as this query reads it, else
 *     from the database itself;</li>
 * <li>{@code <urn:newsgraph:words> <urn:newsgraph:words#searchable> ?yes} binds true: it tells the query that the
 *     first one is here, so its own reading of every statement is not needed.</li>
 * </ul>
 * Another SPARQL engine has neither: to it they are triple patterns that match nothing, and the query reads every
 * statement itself, with the same answer.
 */
public final class WordSearch {

    public static final String CONTAINING = StatementWords.NAMESPACE + "#containing";
    public static final String SEARCHABLE = StatementWords.NAMESPACE + "#searchable";
    /** The dataset context's entry for the database's word index. */
    static final Symbol INDEX = Symbol.create(StatementWords.NAMESPACE + "#index");

    private WordSearch() {
    }

    private static volatile boolean registered;

    /**
     * Registers both functions with ARQ, for every query of this process, when a store is first opened (not when a
     * class is loaded: the launcher of {@code serve} loads no Jena).
     */
    public static synchronized void register() {
        if (!registered) {
            PropertyFunctionRegistry.get().put(CONTAINING, Containing.class);
            PropertyFunctionRegistry.get().put(SEARCHABLE, Searchable.class);
            registered = true;
        }
    }

    /** {@code ?statement words:containing "text"} or {@code ?statement words:containing ("text" " iri iri ")}. */
    public static final class Containing extends PropertyFunctionEval {

        public Containing() {
            super(PropFuncArgType.PF_ARG_SINGLE, PropFuncArgType.PF_ARG_EITHER);
        }

        @Override
        public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                ExecutionContext context) {
            List<Node> args = object.isNode() ? List.of(object.getArg()) : object.getArgList();
            if (args.isEmpty() || args.size() > 2 || args.stream().anyMatch(arg -> !arg.isLiteral())) {
                throw new QueryBuildException(CONTAINING + " takes the text, or the text and the speakers' IRIs"
                        + " (separated by spaces), as literals");
            }
            String lowerCased = StatementWords.lowerCased(args.get(0).getLiteralLexicalForm());
            Set<String> creators = new LinkedHashSet<>();
            if (args.size() == 2) {
                for (String iri : args.get(1).getLiteralLexicalForm().split("\\s+")) {
                    if (!iri.isEmpty()) {
                        creators.add(iri);
                    }
                }
                if (creators.isEmpty()) {
                    return QueryIterPlainWrapper.create(Iter.nullIterator(), context); // of nobody
                }
            }
            DatasetGraph dsg = context.getDataset();
            WordIndex index = indexOf(context);
            Iterator<String> statements = null;
            if (index != null) {
                statements = index.find(lowerCased, creators, StatementWords.stamp(dsg));
            }
            if (statements == null) {
                statements = StatementWords.scan(dsg, lowerCased, creators);
            }
            return QueryIterPlainWrapper.create(new Bindings(binding, subject.getArg(), statements), context);
        }
    }

    /** {@code <urn:newsgraph:words> words:searchable ?yes}. */
    public static final class Searchable extends PFuncSimple {

        private static final Node TRUE = org.apache.jena.sparql.expr.NodeValue.TRUE.asNode();

        @Override
        public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
                ExecutionContext context) {
            if (Var.isVar(object)) {
                return QueryIterPlainWrapper.create(Iter.singletonIterator(
                        BindingFactory.binding(binding, Var.alloc(object), TRUE)), context);
            }
            return QueryIterPlainWrapper.create(TRUE.sameValueAs(object) ? Iter.singletonIterator(binding)
                    : Iter.nullIterator(), context);
        }
    }

    private static WordIndex indexOf(ExecutionContext context) {
        Object index = context.getContext().get(INDEX);
        if (index == null && context.getDataset() != null) {
            index = context.getDataset().getContext().get(INDEX);
        }
        return index instanceof WordIndex words ? words : null;
    }

    /** The statements found as bindings of the subject; closing them lets go of the index's reader. */
    private static final class Bindings implements Iterator<Binding>, Closeable {

        private final Binding binding;
        private final Node subject;
        private final Iterator<String> statements;
        private Binding next;

        Bindings(Binding binding, Node subject, Iterator<String> statements) {
            this.binding = binding;
            this.subject = subject;
            this.statements = statements;
        }

        @Override
        public boolean hasNext() {
            while (next == null && statements.hasNext()) {
                Node statement = NodeFactory.createURI(statements.next());
                if (Var.isVar(subject)) {
                    next = BindingFactory.binding(binding, Var.alloc(subject), statement);
                } else if (subject.equals(statement)) {
                    next = binding;
                }
            }
            return next != null;
        }

        @Override
        public Binding next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Binding answer = next;
            next = null;
            return answer;
        }

        @Override
        public void close() {
            Iter.close(statements);
        }
    }
}
