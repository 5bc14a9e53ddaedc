package org.newskg.relations.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.mentions.Lexicon;

/**
 * A relation pattern, written over a sentence in which every mention has been replaced by a slot
 * marker {@code ⟦index:TYPE⟧}. The pattern language is Java regex plus:
 * <ul>
 *   <li>{@code {ORG:s}} a mention of that type, captured as the subject ({@code s}) or object
 *       ({@code o}); {@code {ORG}} without a name matches without capturing. ORG and PERSON also
 *       accept untyped names (the fact then types them); {@code {MODEL?:s}} accepts an untyped
 *       name whose type must come from elsewhere.</li>
 *   <li>{@code {MODEL+:o}} a list of mentions ("A, B and C", each optionally after a possessor
 *       "X's" and before a short aside in brackets, "A (CTO) and B"), every item captured.</li>
 *   <li>{@code {ORG*:s}} a loose list, as news writes investors and partners: items of any type,
 *       each after a few words that describe it ("sovereign wealth fund A", "French groups B and
 *       C") and maybe followed by where it is ("D in Germany"), joined also by "as well as"; only
 *       the items of the slot's type are captured.</li>
 *   <li>{@code {MONEY:v}}, {@code {YEAR:v}} a value.</li>
 *   <li>{@code {DESCRIPTION}} up to six words that describe the name after them ("Seoul-based
 *       chip design firm"), none of which starts a clause.</li>
 *   <li>{@code {ASIDE}} an optional short aside in brackets that names no one ("Jane Roe (left)").</li>
 *   <li>{@code {W3}} up to three words that are not mentions; {@code {CEO}}, {@code {FOUNDER}},
 *       {@code {JOB}}, {@code {SAY}}, {@code {MODEL_NOUN}}, {@code {AI_TOOL_NOUN}}, {@code {CHIP_NOUN}}, {@code {ORG_NOUN}},
 *       {@code {DEMONYM}} the cue words of {@link Lexicon}; {@code {ABOUT}} an optional "about",
 *       "just", "less than" before an amount; {@code 's} also matches ’s, and a lone apostrophe
 *       before a space ("Acme Games' parent").</li>
 * </ul>
 * Patterns are case-insensitive.
 */
public final class SentencePattern {
    /** Slot types and the mention types each accepts. */
    private static final Map<String, String> SLOT_TYPES = Map.of(
            "ORG", "ORGANIZATION|COMPANY|RESEARCH_LAB|INVESTMENT_FIRM|UNIVERSITY|MEDIA|GOVERNMENT|UNK",
            "PERSON", "PERSON|UNK",
            "MODEL", "AI_MODEL|PRODUCT",
            "CHIP", "CHIP|PRODUCT",
            "COUNTRY", "COUNTRY",
            "PLACE", "PLACE|COUNTRY|CITY",
            "BENCHMARK", "BENCHMARK",
            "TECHNIQUE", "TECHNIQUE",
            "ANY", "[A-Z_]+");
    /**
     * Up to six words before an item of a loose list that describe it; a word that starts a new
     * clause ends the list instead. Greedy, so that a place before an item ("French groups A")
     * describes it rather than ending the list as an item of its own.
     */
    private static final String ITEM_DESCRIPTION = "(?:(?!(?:said|says|say|which|who|whose|that|is|was|are|were|has|have|had|will|would|"
            + "also|led|and|or|but|while|after|before|in|at|from|to|with|by|of|for|on)\\b)[\\p{L}'’.-]+\\s+|⟦\\d+:(?:COUNTRY|PLACE|CITY)⟧\\s+|⟦\\d+:[A-Z_]+⟧-based\\s+){0,6}";
    /** A short aside in brackets after a name, naming no one: "A (CTO) and B (chief scientist)", "Jane Roe (left)". */
    private static final String BRACKETED_ASIDE = "(?:\\s*\\([^()⟦]{0,40}\\))?";
    private static final Map<String, String> MACROS = Map.ofEntries(
            Map.entry("CEO", Lexicon.CEO), Map.entry("FOUNDER", Lexicon.FOUNDER), Map.entry("JOB", Lexicon.JOB_TITLE),
            Map.entry("SAY", Lexicon.SAY), Map.entry("MODEL_NOUN", Lexicon.MODEL_NOUN), Map.entry("AI_TOOL_NOUN", Lexicon.AI_TOOL_NOUN), Map.entry("CHIP_NOUN", Lexicon.CHIP_NOUN),
            Map.entry("ORG_NOUN", Lexicon.ORG_NOUN), Map.entry("DEMONYM", Lexicon.DEMONYM),
            Map.entry("DET", "(?:a|an|the)\\s+"), Map.entry("DESCRIPTION", ITEM_DESCRIPTION), Map.entry("ASIDE", BRACKETED_ASIDE),
            // an optional hedge on an amount: "just $5 million", "less than $6M"
            Map.entry("ABOUT", "(?:(?:only|just|solely|merely|about|around|roughly|some|approximately|nearly|almost|under|over|"
                    + "less than|more than|up to|as little as|as much as)\\s+)?"),
            Map.entry("MONEY", "(?:US)?\\$\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:million|billion|trillion|thousand|mn|bn)\\b|[MBK]\\b)?"),
            Map.entry("YEAR", "(?:19|20)\\d{2}"));
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Z_]+)(\\?|\\+|\\*)?(?::([a-z]))?\\}|\\{W(\\d+)\\}|'s");
    private static final String LOOSE_ITEM = ITEM_DESCRIPTION + "⟦\\d+:[A-Z_]+⟧(?:\\s+in\\s+(?:the\\s+)?⟦\\d+:(?:COUNTRY|PLACE|CITY)⟧)?";
    private static final String LOOSE_SEPARATOR = "(?:\\s*,\\s*(?:and\\s+|as well as\\s+)?|\\s+(?:and|as well as)\\s+)";
    private static final Pattern SLOT_MARKER = Pattern.compile("⟦(\\d+):([A-Z_]+)⟧");

    private final String source;
    private final Pattern compiled;
    private final List<String> listGroups = new ArrayList<>();
    /** For each loose list group, the mention types its items must have to be captured. */
    private final Map<String, Set<String>> looseItemTypes = new java.util.HashMap<>();
    private final List<String> groupNames = new ArrayList<>();
    /**
     * For each named slot ({@code {ORG:s}}), the mention types it accepts. A match gives a reading only
     * with its subject and object filled, so a sentence lacking any of these types gives none.
     * Unnamed slots are left out: they may sit in an optional part of the pattern.
     */
    private final List<Set<String>> slotTypes = new ArrayList<>();
    /** Text every match holds ({@link RequiredText}): a sentence without it is not tried. */
    private final List<Set<String>> requiredText;

    public SentencePattern(String source) {
        this.source = source;
        this.compiled = Pattern.compile(translate(source), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.requiredText = requiredText(source);
        Matcher raw = Pattern.compile("\\(\\?<([a-z])>").matcher(source);
        while (raw.find()) {
            groupNames.add(raw.group(1));
        }
    }

    private String translate(String pattern) {
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        while (m.find()) {
            out.append(pattern, last, m.start());
            last = m.end();
            if (m.group().equals("'s")) {
                // and the apostrophe alone of a plural's or an s-name's possessive ("Rockstar Games' parent")
                out.append("(?:['’]s|['’](?=\\s))");
            } else if (m.group(4) != null) {
                // a demonym is a modifier among the words ("the Chinese startup"), not a participant
                out.append("(?:(?:[^\\s⟦]+|⟦\\d+:COUNTRY⟧)\\s+){0,").append(m.group(4)).append("}?");
            } else if (MACROS.containsKey(m.group(1))) {
                String body = "(?:" + MACROS.get(m.group(1)) + ")";
                if (m.group(3) != null) {
                    groupNames.add(m.group(3));
                }
                out.append(m.group(3) == null ? body : "(?<" + m.group(3) + ">" + body + ")");
            } else {
                String types = SLOT_TYPES.get(m.group(1));
                if (types == null) {
                    throw new IllegalArgumentException("unknown slot {" + m.group(1) + "} in pattern: " + pattern);
                }
                if ("?".equals(m.group(2))) {
                    types = types + "|UNK";
                }
                if (m.group(3) != null && !m.group(1).equals("ANY")) {
                    slotTypes.add(Set.of(types.split("\\|")));
                }
                String one = "⟦\\d+:(?:" + types + ")⟧";
                if (m.group(3) != null) {
                    groupNames.add(m.group(3));
                }
                if ("*".equals(m.group(2))) {
                    out.append("(?<").append(m.group(3)).append(">").append(LOOSE_ITEM).append("(?:").append(LOOSE_SEPARATOR)
                            .append(LOOSE_ITEM).append(")*)");
                    listGroups.add(m.group(3));
                    looseItemTypes.put(m.group(3), Set.of(types.split("\\|")));
                } else if ("+".equals(m.group(2))) {
                    String possessor = "(?:⟦\\d+:(?:" + SLOT_TYPES.get("ORG") + ")⟧['’]s\\s+(?:[\\w-]+\\s+){0,2}?)?";
                    String item = possessor + one + BRACKETED_ASIDE;
                    String list = item + "(?:(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)" + item + ")*";
                    out.append("(?<").append(m.group(3)).append(">").append(list).append(")");
                    listGroups.add(m.group(3));
                } else if (m.group(3) != null) {
                    out.append("⟦(?<").append(m.group(3)).append(">\\d+):(?:").append(types).append(")⟧");
                } else {
                    out.append(one);
                }
            }
        }
        out.append(pattern.substring(last));
        return out.toString();
    }

    /** Whether the pattern has a group of this name ({@code s}, {@code o}, {@code v}). */
    public boolean captures(String group) {
        return groupNames.contains(group);
    }

    public String source() {
        return source;
    }

    /**
     * Whether a sentence whose mentions have these types (names of {@code EntityType}s, {@code UNK}
     * for untyped) could give a reading at all. A cheap test that spares most patterns the regular
     * expression.
     */
    public boolean canMatch(Set<String> mentionTypes) {
        // loops, not streams: this runs for every pattern on every sentence with a name
        for (Set<String> accepted : slotTypes) {
            if (!containsAny(mentionTypes, accepted)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(Set<String> set, Set<String> any) {
        for (String s : any) {
            if (set.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence, {@link RequiredText#folded folded}, holds the text every match of the
     * pattern holds: a cheaper test than the regular expression, which most sentences fail for
     * most patterns.
     */
    public boolean mayMatch(String foldedSentence) {
        return RequiredText.holds(foldedSentence, requiredText);
    }

    /** What every match of a pattern holds ({@link RequiredText}): clauses of strings, a match holds one of each. */
    static List<Set<String>> requiredText(String pattern) {
        return RequiredText.of(pattern, MACROS, TOKEN);
    }

    /** All matches in an abstracted sentence. */
    public List<Match> matches(String abstracted) {
        List<Match> out = new ArrayList<>();
        Matcher m = compiled.matcher(abstracted);
        int from = 0;
        while (from <= abstracted.length() && m.find(from)) {
            java.util.Map<String, String> groups = new java.util.HashMap<>();
            for (String name : groupNames) {
                if (m.group(name) != null) {
                    groups.put(name, m.group(name));
                }
            }
            out.add(new Match(this, groups, m.group()));
            from = m.start() + 1;
        }
        return out;
    }

    /** One match: the text each named group captured, and the whole matched text (slots included). */
    public record Match(SentencePattern pattern, Map<String, String> groups, String matchedText) {
        /** Mention indices captured by group {@code name} (several for a list slot, none if absent). */
        public List<Integer> mentions(String name) {
            String group = groups.get(name);
            List<Integer> out = new ArrayList<>();
            if (group == null) {
                return out;
            }
            if (!pattern.listGroups.contains(name)) {
                out.add(Integer.parseInt(group));
                return out;
            }
            Matcher slot = SLOT_MARKER.matcher(group);
            while (slot.find()) {
                // a possessor inside a list ("Acme's Nimbus-2") is not an item
                boolean possessor = group.startsWith("'s", slot.end()) || group.startsWith("’s", slot.end());
                Set<String> itemTypes = pattern.looseItemTypes.get(name);
                boolean ofSlotType = itemTypes == null || itemTypes.contains(slot.group(2));
                if (!possessor && ofSlotType) {
                    out.add(Integer.parseInt(slot.group(1)));
                }
            }
            return out;
        }

        public String group(String name) {
            return groups.get(name);
        }
    }
}
