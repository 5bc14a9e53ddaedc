package org.newskg.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;

/**
 * Finds the phrases of {@link Lexicon} that name things without looking like names: techniques
 * ("reinforcement learning", "mixture-of-experts") and demonyms ("Chinese" for China). A lexicon
 * phrase is what it is wherever it stands, so its spans have a high probability: technique
 * {@value #TECHNIQUE_PROBABILITY}, demonym {@value #DEMONYM_PROBABILITY}.
 */
public final class LexiconPhraseDetector implements MentionDetector {
    public static final String NAME = "lexicon";
    static final double TECHNIQUE_PROBABILITY = 0.95;
    static final double DEMONYM_PROBABILITY = 0.9;

    /** Technique names by their lower-case spelling; acronyms ("RLHF") only as written, so that no "Moe" is a technique. */
    private static final Map<String, String> TECHNIQUE_BY_LOWER_CASE = Lexicon.TECHNIQUES.entrySet().stream()
            .filter(e -> isLowerCase(e.getKey())).collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Pattern TECHNIQUE = Pattern.compile("(?<![\\p{L}-])(?:(?i:"
            + Lexicon.alternation(TECHNIQUE_BY_LOWER_CASE.keySet(), "") + ")|"
            + Lexicon.alternation(Lexicon.TECHNIQUES.keySet().stream().filter(k -> !isLowerCase(k)).toList(), "") + ")(?![\\p{L}-])");
    private static final Pattern DEMONYM = Pattern.compile(
            "(?<![\\p{L}.])(" + Lexicon.alternation(Lexicon.DEMONYMS.keySet(), "") + ")(?![\\p{L}])");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<NameSpan> detect(List<Sentence> sentences) {
        List<NameSpan> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = TECHNIQUE.matcher(s.text());
            while (m.find()) {
                out.add(new NameSpan(s.index(), s.start() + m.start(), s.start() + m.end(), m.group(),
                        canonical(m.group()), EntityType.TECHNIQUE, 2, TECHNIQUE_PROBABILITY, NAME));
            }
            m = DEMONYM.matcher(s.text());
            while (m.find()) {
                out.add(new NameSpan(s.index(), s.start() + m.start(1), s.start() + m.end(1), m.group(1),
                        Lexicon.DEMONYMS.get(m.group(1)), EntityType.COUNTRY, 1, DEMONYM_PROBABILITY, NAME));
            }
        }
        return out;
    }

    private static boolean isLowerCase(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT));
    }

    /** The canonical name of a technique as matched: an acronym as written, a phrase in any case. */
    private static String canonical(String matched) {
        String exact = Lexicon.TECHNIQUES.get(matched);
        return exact != null ? exact : TECHNIQUE_BY_LOWER_CASE.getOrDefault(matched.toLowerCase(Locale.ROOT), matched);
    }
}
