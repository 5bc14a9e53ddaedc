package org.newskg.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} that stops when its query is cancelled, for the same reason as
 * {@link CancellableRegex}: a backtracking pattern can run for hours and Java's matcher never
 * looks at the timeout. Every match is first searched for over text that checks the query's
 * cancel signal; only when that search ends in time does ARQ's own {@code REPLACE} build the
 * result, so its rules (language tags, a pattern matching the empty string) stay ARQ's.
 */
final class CancellableReplace extends E_StrReplace {
    private final LastPattern patterns = new LastPattern("REPLACE");

    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean cancelled = env instanceof ExecutionContext exec ? exec.getCancelSignal() : null;
        if (cancelled != null && args.get(0).isString() && args.get(1).isString()) {
            String flags = args.size() > 3 && args.get(3).isString() ? args.get(3).getString() : null;
            Matcher matcher = patterns.get(args.get(1).getString(), flags).matcher(new CancellableText(args.get(0).getString(), cancelled));
            while (matcher.find()) {
                // only the search matters here: it gives up at the timeout
            }
        }
        return super.eval(args);
    }

    /** Without a query to cancel it, the replacement is not made here (this is how the optimizer asks to fold a constant). */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated only while its query runs");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
