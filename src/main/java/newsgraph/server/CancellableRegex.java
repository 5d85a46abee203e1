package newsgraph.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's regular expressions ({@code REGEX}, {@code REPLACE}, {@code fn:matches}, {@code fn:replace}) that stop
 * when their query is cancelled. Java's regex engine backtracks, so {@code REGEX(?text, "(a+)+$")} on a long
 * run of a's takes longer than the age of the universe, and it never looks at the query's timeout: one such
 * query from a web page would keep a core busy for good. Here the text is handed to the matcher as a
 * {@link CharSequence} that checks the query's cancel flag (set by its timeout) every few thousand characters
 * read, which a backtracking matcher does all the time; the query then ends with the timeout, as any other.
 * A match also stops on its own after the query's time limit, for the ones Jena runs while it plans a query
 * (constant expressions are folded then), before there is a flag to look at.
 */
final class CancellableRegex {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    /** Characters read between two looks at the cancel flag (a power of two, minus one). */
    private static final int CHECK_EVERY = 4095;

    private CancellableRegex() {
    }

    /** The query with each regular expression replaced by one that stops with the query, or after {@code limit}. */
    static Query in(Query query, Duration limit) {
        long nanos = limit.toNanos();
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN function, ExprList args) {
                if (function instanceof E_Regex || function instanceof E_Function f && f.getFunctionIRI().equals(FN + "matches")) {
                    return new Regex(args, nanos);
                }
                if (function instanceof E_StrReplace || function instanceof E_Function f && f.getFunctionIRI().equals(FN + "replace")) {
                    return new Replace(args, nanos);
                }
                return super.transform(function, args);
            }
        });
    }

    /** {@code REGEX(text, pattern[, flags])}. */
    static final class Regex extends E_Regex {

        private final long limitNanos;

        Regex(ExprList args, long limitNanos) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            this.limitNanos = limitNanos;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
            Pattern pattern = pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.makeBoolean(pattern.matcher(cancellable(text, env, limitNanos)).find());
        }

        /** Without an environment: Jena folds constant expressions so while it plans the query. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs, limitNanos);
        }
    }

    /** {@code REPLACE(text, pattern, replacement[, flags])}. */
    static final class Replace extends E_StrReplace {

        private final long limitNanos;

        Replace(ExprList args, long limitNanos) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            this.limitNanos = limitNanos;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            Pattern pattern = pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Matcher matcher = pattern.matcher(cancellable(text.getLiteralLexicalForm(), env, limitNanos));
            StringBuilder replaced = null;
            try {
                while (matcher.find()) {
                    // as Jena: one empty match replaced at the start, the later empty ones left alone
                    if (replaced == null) {
                        replaced = new StringBuilder();
                    } else if (matcher.start() == matcher.end()) {
                        continue;
                    }
                    matcher.appendReplacement(replaced, replacement);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
            }
            if (replaced == null) {
                return args.get(0);
            }
            matcher.appendTail(replaced);
            String language = text.getLiteralLanguage();
            return NodeValue.makeNode(language.isEmpty()
                    ? NodeFactory.createLiteralDT(replaced.toString(), text.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(replaced.toString(), language));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, limitNanos);
        }
    }

    private static Pattern pattern(String function, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || flags != null && !flags.isString()) {
            throw new ExprEvalException(function + ": the pattern and the flags must be strings");
        }
        return RegexEngine.makePattern(function, pattern.getString(), flags == null ? null : flags.getString());
    }

    private static CharSequence cancellable(String text, FunctionEnv env, long limitNanos) {
        Context context = env == null ? null : env.getContext();
        AtomicBoolean cancelled = context == null ? null : Context.getCancelSignal(context);
        return new CancellableText(text, cancelled == null ? new AtomicBoolean() : cancelled,
                System.nanoTime() + limitNanos);
    }

    /** A text that throws {@link QueryCancelledException} once the query is cancelled, while it is being read. */
    private static final class CancellableText implements CharSequence {

        private final String text;
        private final AtomicBoolean cancelled;
        private final long deadline;
        private int reads;

        CancellableText(String text, AtomicBoolean cancelled, long deadline) {
            this.text = text;
            this.cancelled = cancelled;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & CHECK_EVERY) == 0 && (cancelled.get() || System.nanoTime() - deadline > 0)) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
