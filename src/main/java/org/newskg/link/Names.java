package org.newskg.link;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How names are compared when linking: the same normalisation on the entity's side and on
 * Wikidata's, so that "Orbit Lake", "OrbitLake" and "orbit-lake" meet, and a guarded fuzzy
 * similarity for misspellings.
 */
public final class Names {
    /** Lowest similarity at which two names count as a fuzzy match. */
    public static final double FUZZY_MIN = 0.9;
    /** Tokens shorter than this must be equal: two short words one letter apart are different words. */
    private static final int FUZZY_TOKEN_MIN_LENGTH = 4;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Names() {}

    /**
     * Lower case, accents removed, possessive 's and apostrophes and dots dropped ("U.S." is "us"),
     * every other run of punctuation, hyphens or spaces one space.
     */
    public static String normal(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT)
                .replaceAll("['’]s\\b", "")
                .replaceAll("['’.]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }

    /** The index key: the normal form without spaces, so that spacing differences do not matter. */
    public static String key(String name) {
        return normal(name).replace(" ", "");
    }

    public static List<String> tokens(String name) {
        String n = normal(name);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /**
     * Similarity of two names that are not equal, or 0 when they may not be matched fuzzily: the
     * names must have as many words, words with digits must be equal (Nimbus-2 is not Nimbus-2o) and so
     * must short words; the rest are compared with Jaro-Winkler. The result is the mean word
     * similarity, or 0 when it is below {@link #FUZZY_MIN} or any word is.
     */
    public static double fuzzySimilarity(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || ta.size() != tb.size()) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < ta.size(); i++) {
            String x = ta.get(i);
            String y = tb.get(i);
            double sim;
            if (x.equals(y)) {
                sim = 1;
            } else if (hasDigit(x) || hasDigit(y) || x.length() < FUZZY_TOKEN_MIN_LENGTH || y.length() < FUZZY_TOKEN_MIN_LENGTH) {
                return 0;
            } else {
                sim = JARO_WINKLER.apply(x, y);
            }
            if (sim < FUZZY_MIN) {
                return 0;
            }
            sum += sim;
        }
        return sum / ta.size();
    }

    /** Whether {@code text} contains {@code name} as whole words, both normalised. */
    public static boolean mentions(String text, String name) {
        String n = normal(name);
        return !n.isEmpty() && (" " + normal(text) + " ").contains(" " + n + " ");
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }
}
