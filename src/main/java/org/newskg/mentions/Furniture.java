package org.newskg.mentions;

import java.util.regex.Pattern;

/**
 * Names that are page furniture, not things a story talks about: web and mail addresses, file
 * names of images and pages, stock tickers with an exchange or a price glued on ("NASDAQ:ACME",
 * "ACME0.00"), slugs joined by underscores, and runs of menu words written together
 * ("SubtitlesOffEnglishShare"). The detectors that find names from text (recognizer, shape) drop
 * them, whatever their model or rules think. Names with a dot stay names ("Orbit.ai", "R1.5").
 */
public final class Furniture {
    private static final Pattern ADDRESS = Pattern.compile("://|www\\.|@", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("\\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?)\\b", Pattern.CASE_INSENSITIVE);
    /** "NASDAQ:ACME"; a price quote has two decimals ("ACME0.00", "ACME+1.25%"), a version one ("X4.5"). */
    private static final Pattern TICKER = Pattern.compile("^[A-Z]{2,10}:[A-Z.]{1,6}$|^[A-Z]{2,6}[+\\-−]?\\d+\\.\\d{2}%?$");
    /** A lower-case letter followed by a capital: one more of these than a compound name has. */
    private static final Pattern CASE_CHANGE = Pattern.compile("\\p{Ll}\\p{Lu}");
    private static final int GLUED_WORDS = 3;

    private Furniture() {}

    /** Whether a name found in the text is furniture. */
    public static boolean isFurniture(String name) {
        if (ADDRESS.matcher(name).find() || FILE_NAME.matcher(name).find() || TICKER.matcher(name).matches() || name.contains("_")) {
            return true;
        }
        // "OrbitLabs", "GlaxoSmithKline": compounds change case once or twice inside a word; menus glued together more often
        for (String word : name.split("\\s+")) {
            if (CASE_CHANGE.matcher(word).results().count() >= GLUED_WORDS) {
                return true;
            }
        }
        return false;
    }
}
