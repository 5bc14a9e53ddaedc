package org.newskg.mentions;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the sentences in which the trained recognizer cannot find a name, so that it need not
 * run on them: it is most of the extraction's cost, and of what it finds, newskg keeps names only
 * (values are left to the relation readers).
 *
 * <p>A sentence cannot hold a name when none of its words looks like part of one. A word is a run
 * of letters and digits (any other character separates words: "Acme's" is "Acme" and "s",
 * "o1-mini" is "o1" and "mini"), and looks like part of a name when it holds
 * <ul>
 * <li>a letter that is not lower case: a capital anywhere ("Acme", "ACME", "iQuanta", "X900"), or a
 *     letter of a script without case (a Chinese name);</li>
 * <li>a digit beside a letter ("o1", "4o", "x86"): model and chip names are written so. A number
 *     alone ("2025", "7.5") does not count: it is mostly a value, which newskg does not take from
 *     the recognizer (a product number in lower-case text, "the 747 fleet", is the kind of name
 *     this misses);</li>
 * </ul>
 * except the pronoun "I" anywhere, and a sentence's first word from a short list of function words
 * and sentence adverbs ({@link #OPENERS}), capitalized only because it opens the sentence ("The
 * company said ...", "\"It was ...", "According to ..."). Any other capitalized first word counts: it
 * may be a name ("Acme said ..."). A title-case headline, an all-capitals word, a quotation
 * opening inside the sentence ("... said: \"We will ...") all count, so such sentences are read.
 *
 * <p>The recognizer is statistical, so this is a measured claim, not a proof: on the bundled
 * corpus, realnews, realnews2, the devset and 200 generated articles, it found no name in any of
 * the sentences this tells apart (none of a person, organization, place, product or other name;
 * only dates and numbers), and the graph extracted with and without it is the same
 * (docs/PERFORMANCE.md, "The recognizer only where a name can be").
 */
public final class NamelessSentences {
    /** Function words and sentence adverbs, capitalized at the start of a sentence for that reason only. */
    static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "Some", "Many", "Most", "All", "Both",
            "Each", "Every", "Any", "No", "Not", "Other", "Others", "Such", "One", "Few", "More", "Less", "Much", "Only",
            "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our", "I", "You", "Your", "My",
            "What", "Why", "How", "Who", "Which", "Where", "When", "Is", "Are", "Was", "Do", "Does", "Did", "Can",
            "But", "And", "Or", "So", "Yet", "If", "As", "While", "Although", "Though", "Because", "Since", "Until",
            "In", "On", "At", "For", "With", "By", "From", "To", "Of", "After", "Before", "During", "Through", "Over",
            "Under", "Among", "Without", "Within", "Against", "Despite", "Like", "Unlike", "According",
            "However", "Still", "Now", "Then", "Even", "Also", "Just", "Instead", "Meanwhile", "Once", "Rather",
            "Perhaps", "Currently", "Additionally", "Last", "Next");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private NamelessSentences() {}

    /** Whether no word of {@code sentence} looks like part of a name, so the recognizer cannot find one in it. */
    public static boolean cannotHoldName(String sentence) {
        Matcher word = WORD.matcher(sentence);
        boolean first = true;
        while (word.find()) {
            String w = word.group();
            boolean excused = w.equals("I") || first && OPENERS.contains(w);
            if (!excused && looksLikePartOfName(w)) {
                return false;
            }
            first = false;
        }
        return true;
    }

    private static boolean looksLikePartOfName(String word) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isLowerCase(c)) {
                    return true;
                }
                letter = true;
            } else { // WORD holds letters and digits only
                digit = true;
            }
            i += Character.charCount(c);
        }
        return letter && digit;
    }
}
