package org.newskg.server;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * What a query may run on the public endpoint beyond the timeout: only registered functions
 * ({@link ClosedFunctionRegistries}), and {@code REGEX} and {@code REPLACE} that stop when the
 * query is cancelled ({@link CancellableRegex}, {@link CancellableReplace}). They are swapped in
 * before ARQ's own optimizer, which would otherwise fold a constant call while planning, before
 * the timeout is armed.
 */
final class QueryGuards {
    private QueryGuards() {}

    /** Puts the guards into a query context. */
    static void applyTo(Context context) {
        ClosedFunctionRegistries.applyTo(context);
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory,
                (RewriteFactory) cxt -> op -> standard.create(cxt).rewrite(cancellableRegex(op)));
    }

    static Op cancellableRegex(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                    return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                }
                if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
                    return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                }
                return super.transform(func, args);
            }
        }, op);
    }
}
