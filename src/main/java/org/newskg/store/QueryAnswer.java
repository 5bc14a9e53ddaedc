package org.newskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/**
 * What a SPARQL query against the {@link GraphStore} or a remote endpoint returned, copied out of
 * the read transaction or the HTTP response so that it can be printed after they have ended.
 */
public sealed interface QueryAnswer {
    /** Runs {@code query} on {@code exec} by its form and copies the answer. */
    static QueryAnswer of(Query query, QueryExecution exec) {
        if (query.isSelectType()) {
            return new Rows(ResultSetFactory.copyResults(exec.execSelect()));
        } else if (query.isAskType()) {
            return new Bool(exec.execAsk());
        } else if (query.isConstructType()) {
            return new Graph(exec.execConstruct());
        } else if (query.isDescribeType()) {
            return new Graph(exec.execDescribe());
        }
        throw new IllegalArgumentException("unsupported query form " + query.queryType()
                + "; use SELECT, ASK, CONSTRUCT or DESCRIBE");
    }

    /** SELECT: the solutions. */
    record Rows(ResultSetRewindable rows) implements QueryAnswer {}

    /** ASK: whether the pattern matched. */
    record Bool(boolean value) implements QueryAnswer {}

    /** CONSTRUCT or DESCRIBE: the graph built. */
    record Graph(Model model) implements QueryAnswer {}
}
