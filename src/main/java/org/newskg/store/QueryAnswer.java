package org.newskg.store;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/**
 * What a SPARQL query against the {@link GraphStore} returned, copied out of the read transaction
 * so that it can be printed after the transaction has ended.
 */
public sealed interface QueryAnswer {
    /** SELECT: the solutions. */
    record Rows(ResultSetRewindable rows) implements QueryAnswer {}

    /** ASK: whether the pattern matched. */
    record Bool(boolean value) implements QueryAnswer {}

    /** CONSTRUCT or DESCRIBE: the graph built. */
    record Graph(Model model) implements QueryAnswer {}
}
