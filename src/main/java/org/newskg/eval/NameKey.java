package org.newskg.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which a graph label and a gold alias are compared: case, possessive 's, hyphens,
 * punctuation and repeated spaces do not count.
 */
public final class NameKey {
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    /** Hyphens and dashes separate words ("Model-2" reads as "Model 2"), so they become spaces. */
    private static final Pattern HYPHENS = Pattern.compile("[\\-\u2010-\u2015\u2212]");
    /** Other punctuation is dropped without a space, so that "U.S." reads as "US". */
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\p{Z}\\s]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

    private NameKey() {}

    public static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = HYPHENS.matcher(s).replaceAll(" ");
        s = PUNCTUATION.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
