package org.newskg.model;

import org.apache.jena.datatypes.RDFDatatype;

/** The object of a fact: another entity, or a typed value such as an amount or a date. */
public sealed interface FactObject {
    /** An entity, by its key. */
    record EntityRef(String key) implements FactObject {}

    /** A literal value in its normalised lexical form (US dollars as a decimal, a year, an ISO date). */
    record Value(String lexical, RDFDatatype datatype) implements FactObject {}
}
