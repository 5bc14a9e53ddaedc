package org.newskg.export;

import java.util.function.Function;

/**
 * One attribute column of the nodes or of the edges, declared once here so that every writer
 * declares and fills the same columns.
 *
 * @param name  column name, also the attribute's key or id in GraphML and GEXF
 * @param type  value type
 * @param value the value of an element, or null when it has none
 */
public record Attribute<T>(String name, Type type, Function<T, Object> value) {
    /** Value types; every format has a name for each. */
    public enum Type { STRING, INTEGER, DOUBLE }

    /** The value of {@code element}, or null. */
    public Object of(T element) {
        return value.apply(element);
    }
}
