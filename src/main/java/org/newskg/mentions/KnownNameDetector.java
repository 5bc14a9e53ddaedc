package org.newskg.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;

/**
 * Names a knowledge base knows, written exactly as it writes them (case included), with the kind
 * of thing it says each is: for the pipeline, the labels and aliases of the Wikidata extract that
 * linking reads. A known name is almost surely that name, and the knowledge base's kind outweighs
 * a recognizer's coarse label and one context cue: its spans have probability {@value #PROBABILITY}
 * (below a product number's span) and type weight {@value #TYPE_WEIGHT} (as the strongest cue). A
 * known name inside a longer run of capitalized words ("Acme Cloud") is not taken.
 */
public final class KnownNameDetector implements MentionDetector {
    public static final String NAME = "knowledge-base";
    static final double PROBABILITY = 0.8;
    static final double TYPE_WEIGHT = 3.5;
    /** A run of letters and digits: the key known names are looked up by. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+");

    /** Known names by their first word, longest first. */
    private final Map<String, List<Known>> byFirstWord = new HashMap<>();

    private record Known(String name, EntityType type) {}

    /** @param names each known name with the entity type of what it names */
    public KnownNameDetector(Map<String, EntityType> names) {
        names.forEach((name, type) -> {
            Matcher first = WORD.matcher(name);
            // only names: a known word written in lower case ("apple") is a common noun in text
            boolean looksLikeName = Character.isUpperCase(name.codePointAt(0)) || name.chars().anyMatch(Character::isDigit);
            if (looksLikeName && first.lookingAt()) {
                byFirstWord.computeIfAbsent(first.group(), k -> new ArrayList<>()).add(new Known(name, type));
            }
        });
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Known k) -> k.name().length()).reversed()));
    }

    /** "Acme Cloud", "Big Acme": a known name inside a run of capitalized words names part of something else. */
    private static boolean insideLongerName(String text, int start, int end) {
        Matcher before = Lexicon.CAPITALIZED_WORD_BEFORE.matcher(text).region(0, start);
        Matcher after = Lexicon.CAPITALIZED_WORD_AFTER.matcher(text).region(end, text.length());
        return before.find() && before.start(1) > 0 && Lexicon.mayBePartOfName(before.group(1))
                || after.lookingAt() && Lexicon.mayBePartOfName(after.group(1));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<NameSpan> detect(List<Sentence> sentences) {
        List<NameSpan> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = s.text();
            Matcher word = WORD.matcher(text);
            int searchFrom = 0;
            while (word.find(searchFrom)) {
                searchFrom = word.end();
                for (Known k : byFirstWord.getOrDefault(word.group(), List.of())) {
                    int end = word.start() + k.name().length();
                    if (text.startsWith(k.name(), word.start()) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                            && !insideLongerName(text, word.start(), end)) {
                        out.add(new NameSpan(s.index(), s.start() + word.start(), s.start() + end, k.name(), k.name(), k.type(),
                                TYPE_WEIGHT, PROBABILITY, NAME));
                        searchFrom = end;
                        break;
                    }
                }
            }
        }
        return out;
    }
}
