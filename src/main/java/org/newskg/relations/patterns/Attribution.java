package org.newskg.relations.patterns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.mentions.Lexicon;

/**
 * Who a sentence attributes its statements to, and whether it hedges them: "Acme claims that ...",
 * "according to Acme, ...", a quote closed by "says Jane Doe"; "may", "reportedly", "estimates".
 */
final class Attribution {
    /** The asserting mention (index in the article's list, or -1 for the article) and the hedge. */
    record Result(int assertedBy, boolean hedged) {}

    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:claims?|claimed|allegedly|reportedly|supposedly|may|might|could|likely|possibly|probably|estimates?|estimated|"
                    + "suggests?|rumou?red|seemingly|apparently|believed|unconfirmed|disputed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_FIRST = Pattern.compile(
            "^(?:[^⟦]{0,40}?,\\s+)?⟦(\\d+):(?:PERSON|ORGANIZATION|COMPANY|RESEARCH_LAB|INVESTMENT_FIRM|UNIVERSITY|MEDIA|GOVERNMENT|UNK)⟧\\s+"
                    + "(?:has\\s+|had\\s+|also\\s+)?(?:" + Lexicon.SAY + "|indicated|reported|announced|revealed|insists|insisted)\\b");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\b(?:according to|in accordance with|per)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?"
                    + "⟦(\\d+):(?:PERSON|ORGANIZATION|COMPANY|RESEARCH_LAB|INVESTMENT_FIRM|UNIVERSITY|MEDIA|GOVERNMENT|UNK)⟧", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_SAYS = Pattern.compile(
            "[\"”]\\s*,?\\s*(?:" + Lexicon.SAY + ")\\s+⟦(\\d+):(?:PERSON|UNK)⟧|[\"”]\\s*,?\\s*⟦(\\d+):(?:PERSON|UNK)⟧\\s+(?:" + Lexicon.SAY + ")");

    Result of(String abstracted) {
        boolean hedged = HEDGE.matcher(abstracted).find();
        for (Pattern p : List.of(SOURCE_FIRST, ACCORDING_TO, QUOTE_SAYS)) {
            Matcher m = p.matcher(abstracted);
            if (m.find()) {
                String index = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
                return new Result(Integer.parseInt(index), hedged || p == SOURCE_FIRST && abstracted.matches("(?s).*\\bclaim.*"));
            }
        }
        return new Result(-1, hedged);
    }
}
