package org.newskg.server;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.RegexEngine;

/**
 * The compiled pattern of a SPARQL function's last row, reused while rows give the same pattern
 * and flags (the usual case: a constant pattern), so that a query over many rows compiles it once.
 */
final class LastPattern {
    private final String function;
    private volatile Compiled last;

    /** @param function the SPARQL function's name, for ARQ's error messages */
    LastPattern(String function) {
        this.function = function;
    }

    Pattern get(String pattern, String flags) {
        Compiled cached = last;
        if (cached == null || !cached.source().equals(pattern) || !Objects.equals(cached.flags(), flags)) {
            cached = new Compiled(pattern, flags, RegexEngine.makePattern(function, pattern, flags));
            last = cached;
        }
        return cached.pattern();
    }

    private record Compiled(String source, String flags, Pattern pattern) {}
}
