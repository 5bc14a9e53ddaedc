package org.newskg.bench;

import java.util.Random;

/**
 * Made-up words in the shape of the words they replace, for renaming names in generated articles:
 * "Acme" becomes a capitalized word of about four letters, "DeepMind" two capitalized parts,
 * "IBM" three capitals, "X100" a capital and the same digits. Only letters change, so hyphens,
 * digits and case, which the name finders read, stay as they were.
 */
final class PseudoWords {
    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kl", "l", "m",
        "n", "p", "pr", "qu", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "x", "m", "nd", "rt", "ck"};

    private PseudoWords() {
    }

    /** A word shaped like {@code word}, drawn from {@code random}: each run of letters replaced by one as long, keeping its case. */
    static String like(String word, Random random) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        int i = 0;
        while (i < word.length()) {
            int start = i;
            if (!Character.isLetter(word.charAt(i))) {
                out.append(word.charAt(i++));
                continue;
            }
            // a run of letters ends at a non-letter or where a capital starts a new part ("Deep|Mind")
            i++;
            while (i < word.length() && Character.isLetter(word.charAt(i))
                    && !(Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1)))) {
                i++;
            }
            out.append(run(word.substring(start, i), random));
        }
        return out.toString();
    }

    /** Letters as many as in {@code run}: capitals for capitals (an acronym), else a syllable word with the first letter's case. */
    private static String run(String run, Random random) {
        if (run.length() <= 3 && run.chars().allMatch(Character::isUpperCase)) {
            StringBuilder caps = new StringBuilder(run.length());
            for (int k = 0; k < run.length(); k++) {
                caps.append((char) ('A' + random.nextInt(26)));
            }
            return caps.toString();
        }
        StringBuilder w = new StringBuilder(run.length() + 3);
        while (w.length() < Math.max(2, run.length() - 1)) {
            w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        w.append(CODAS[random.nextInt(CODAS.length)]);
        String s = run.chars().allMatch(Character::isUpperCase) ? w.toString().toUpperCase() : w.toString();
        return Character.isUpperCase(run.charAt(0)) ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }
}
