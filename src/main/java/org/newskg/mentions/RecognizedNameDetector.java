package org.newskg.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;
import org.newskg.nlp.EntityRecognizer;
import org.newskg.nlp.RecognizedEntity;

/**
 * Names found by a trained {@link EntityRecognizer}. The recognizer says where names are and what
 * kind of thing each is, in its coarse OntoNotes classes: a person, an organization, a place, a
 * product. The context cues ({@link MentionTyper}) and the rest of the corpus refine the kind to
 * a company, a lab, a fund, a model, a chip. Values (dates, amounts, numbers) are left to the
 * relation readers, and kinds newskg has no class for (events, laws, works) are kept as untyped
 * names, which context may still type.
 *
 * <p>A span is cut to whole words (the recognizer's tokenizer splits "Acme-7B" and "Acme-backed")
 * and grows to the run of capitalized words it stands in (it may name "Face" of "Hugging Face");
 * it loses a possessive ("Acme's") and a compound modifier ("Acme-backed", "Seoul-based"). A span
 * with a capitalized function word inside ("Launch While Acme") and furniture ({@link Furniture})
 * are dropped; one that holds a list or a possessive ("Acme and Beta", "Acme's Orca") is cut into
 * its names. Its probability is the recognizer's, its type weight {@value #TYPE_WEIGHT} × (2p − 1):
 * nothing for a label barely ahead of the runner-up, at most as much as a weak context cue, so that
 * a strong cue (about 3) overrules it; below {@link Mention#FIRM_WEIGHT} it is only a guess.
 */
public final class RecognizedNameDetector implements MentionDetector {
    static final double TYPE_WEIGHT = 2;

    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    private static final Pattern COMPOUND_MODIFIER = Pattern.compile(
            "-(?:based|backed|owned|made|built|led|funded|listed|designed|developed|powered|run|controlled|linked|affiliated)$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:[Tt]he|[Aa]n?)\\s+");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern INNER_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+|(?<=\\p{L})['’]s?\\s+"
            + "|(?<=\\p{L})-(?:based|backed|owned|made|built|led|funded|listed|designed|developed|powered|run|controlled|linked|affiliated)\\s+");
    private static final Pattern CAPITALIZED_WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}&-]*) $");
    private static final Pattern CAPITALIZED_WORD_AFTER = Pattern.compile(" (\\p{Lu}[\\p{L}\\p{N}&-]*)(?![\\p{L}\\p{N}'’])");

    private final EntityRecognizer recognizer;

    public RecognizedNameDetector(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return recognizer.name();
    }

    @Override
    public List<NameSpan> detect(List<Sentence> sentences) {
        List<NameSpan> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (RecognizedEntity e : recognizer.recognize(s.text())) {
                Kind kind = Kind.of(e.label());
                if (kind != Kind.VALUE) {
                    for (int[] part : parts(s.text(), e.start(), e.end())) {
                        span(s, part[0], part[1], e.probability(), kind, out);
                    }
                }
            }
        }
        return out;
    }

    /** A span cut at conjunctions, commas and possessives inside it: "Acme and Beta", "Acme's Orca" are two names. */
    private static List<int[]> parts(String text, int start, int end) {
        List<int[]> parts = new ArrayList<>();
        Matcher separator = INNER_SEPARATOR.matcher(text).region(start, end);
        int from = start;
        while (separator.find()) {
            parts.add(new int[] {from, separator.start()});
            from = separator.end();
        }
        parts.add(new int[] {from, end});
        return parts;
    }

    private void span(Sentence s, int start, int end, double probability, Kind kind, List<NameSpan> out) {
        String text = s.text();
        // whole words: a span never starts or ends inside a word or a hyphenated compound
        while (start > 0 && isWordPart(text, start - 1)) {
            start--;
        }
        while (end < text.length() && isWordPart(text, end)) {
            end++;
        }
        // the whole run of capitalized words it stands in: "Hugging Face", not "Face"
        Matcher before = CAPITALIZED_WORD_BEFORE.matcher(text).region(0, start);
        while (before.find() && isNameWord(before.group(1))) {
            start = before.start(1);
            before = CAPITALIZED_WORD_BEFORE.matcher(text).region(0, start);
        }
        Matcher after = CAPITALIZED_WORD_AFTER.matcher(text).region(end, text.length());
        while (after.lookingAt() && isNameWord(after.group(1))) {
            end = after.end(1);
            after = CAPITALIZED_WORD_AFTER.matcher(text).region(end, text.length());
        }
        String surface = text.substring(start, end);
        for (String word : surface.split("\\s+")) {
            if (surface.indexOf(word) > 0 && Lexicon.NOT_NAMES.contains(word) && Character.isUpperCase(word.charAt(0))) {
                // "Bombshell While Acme": a function word inside is furniture glued to a story, not a name
                return;
            }
        }
        Matcher article = LEADING_ARTICLE.matcher(surface);
        if (article.find()) {
            start += article.end();
            surface = surface.substring(article.end());
        }
        String name = surface;
        Matcher modifier = COMPOUND_MODIFIER.matcher(name);
        if (modifier.find()) {
            name = name.substring(0, modifier.start());
            surface = name;
        }
        name = POSSESSIVE.matcher(name).replaceFirst("");
        surface = surface.substring(0, Math.min(surface.length(), name.length()));
        if (name.isEmpty() || !HAS_LETTER.matcher(name).find() || Furniture.isFurniture(name) || Lexicon.NOT_NAMES.contains(name)) {
            return;
        }
        EntityType type = kind.type(name);
        if (type == EntityType.COUNTRY) {
            name = Lexicon.COUNTRIES.get(name);
        }
        // a label barely ahead of the runner-up (probability near 0.5) is next to no evidence of the type
        double weight = type == null ? 0 : TYPE_WEIGHT * (2 * probability - 1);
        out.add(new NameSpan(s.index(), s.start() + start, s.start() + start + surface.length(), surface, name, type,
                weight, probability, recognizer.name()));
    }

    /**
     * A letter or digit, a hyphen between two of them, or a dot before a lower-case letter or digit
     * ("07.ai", "3.5"); a dot before a capital ends a sentence glued to the next.
     */
    private static boolean isWordPart(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (i == 0 || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        char next = text.charAt(i + 1);
        return c == '-' && Character.isLetterOrDigit(next) || c == '.' && (Character.isLowerCase(next) || Character.isDigit(next));
    }

    /**
     * A capitalized word the recognizer may have left off a name: a designator ("Acme AI", "Acme
     * Labs"), or a word that is not a function word, title or demonym and no product number, which
     * is a name of its own ("Acme A100").
     */
    private static boolean isNameWord(String word) {
        return Lexicon.ORG_SUFFIXES.containsKey(word) || !HAS_DIGIT.matcher(word).find() && !Lexicon.NOT_NAMES.contains(word) && !Lexicon.TITLES_BEFORE_NAME.contains(word) && !Lexicon.DEMONYMS.containsKey(word)
                && !Furniture.isFurniture(word);
    }

    /** What an OntoNotes label says about the thing named. */
    private enum Kind {
        PERSON, ORGANIZATION, PLACE, PRODUCT, NORP, OTHER_NAME, VALUE;

        static Kind of(String label) {
            return switch (label) {
                case "PERSON" -> PERSON;
                case "ORG" -> ORGANIZATION;
                case "GPE", "LOC" -> PLACE;
                case "PRODUCT" -> PRODUCT;
                case "NORP" -> NORP;
                case "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL" -> VALUE;
                default -> OTHER_NAME;
            };
        }

        EntityType type(String name) {
            return switch (this) {
                case PERSON -> EntityType.PERSON;
                case ORGANIZATION -> EntityType.ORGANIZATION;
                case PLACE -> Lexicon.COUNTRIES.containsKey(name) ? EntityType.COUNTRY : EntityType.PLACE;
                case PRODUCT -> EntityType.PRODUCT;
                // nationalities and groups: a demonym is the lexicon's; other groups are no entity of the graph
                case NORP, OTHER_NAME, VALUE -> null;
            };
        }
    }
}
