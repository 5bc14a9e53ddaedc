package org.newskg.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REGEX} that stops when its query is cancelled. Java's regular expressions can
 * backtrack for hours on a pattern such as {@code ^(a+)+\1$}, and the matcher never looks at the
 * query's timeout: this one matches over a {@link CharSequence} that checks the query's cancel
 * signal as the matcher reads it, and so gives up soon after the timeout fires.
 */
final class CancellableRegex extends E_Regex {
    private final LastPattern patterns = new LastPattern("REGEX");

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
        AtomicBoolean cancelled = env instanceof ExecutionContext exec ? exec.getCancelSignal() : null;
        CharSequence input = cancelled == null ? text.getLiteralLexicalForm()
                : new CancellableText(text.getLiteralLexicalForm(), cancelled);
        return NodeValue.booleanReturn(pattern.matcher(input).find());
    }

    /** Without a query to cancel it, the match is not made here (this is how the optimizer asks to fold a constant). */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated only while its query runs");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

    private Pattern pattern(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException("REGEX: the pattern and the flags must be strings");
        }
        return patterns.get(pattern.getString(), flags == null ? null : flags.getString());
    }
}
