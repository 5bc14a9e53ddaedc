package org.newskg.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared and taken apart, the same way in every stage. */
public final class Names {
    /** "Acme's", "Acme’s", and "Orbit Labs'" with the bare apostrophe of a name ending in s. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PART_WITH_DIGIT = Pattern.compile("^\\p{L}{0,4}\\d.*");

    private Names() {}

    /** Lower case, letters and digits only: "Harbor-Point" and "harbor point" have one key; a possessive is dropped. */
    public static String key(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(withoutPossessive(name).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * Lower-case words separated by single spaces, without punctuation: "Acme, Inc." is "acme inc".
     * Unlike {@link #key} it keeps word boundaries, for comparing texts by whole words.
     */
    public static String words(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The name without a possessive ending: "Acme's" and "Orbit Labs'" are Acme and Orbit Labs. */
    public static String withoutPossessive(String name) {
        return POSSESSIVE.matcher(name).replaceFirst("");
    }

    /** Whether the name ends in a possessive. */
    public static boolean isPossessive(String name) {
        return POSSESSIVE.matcher(name).find();
    }

    /**
     * Where a maker's name would end in a product name written with its maker in front ("Acme X1",
     * "Acme-X1"): the first space, or the first hyphen before a part with a digit; -1 for a name of
     * one part.
     */
    public static int makerBreak(String name) {
        int space = name.indexOf(' ');
        int hyphen = name.indexOf('-');
        if (hyphen > 0 && (space < 0 || hyphen < space) && PART_WITH_DIGIT.matcher(name.substring(hyphen + 1)).matches()) {
            return hyphen;
        }
        return space;
    }
}
