package org.newskg.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Names;
import org.newskg.model.Sentence;
import org.newskg.nlp.EntityRecognizer;
import org.newskg.nlp.PosTagger;
import org.newskg.nlp.RecognizedEntity;
import org.newskg.nlp.Token;

/**
 * Names found by a trained {@link EntityRecognizer}. The recognizer says where names are and what
 * kind of thing each is, in its coarse OntoNotes classes: a person, an organization, a place, a
 * product. The context cues ({@link MentionTyper}) and the rest of the corpus refine the kind to
 * a company, a lab, a fund, a model, a chip. Values (dates, amounts, numbers) are left to the
 * relation readers; nationalities and groups ("Pakistani", "Malaysian") are dropped, as a demonym
 * is the lexicon's and an untyped "Malaysian" would stand in for an organization. Kinds newskg has
 * no class for (events, laws, works) are kept as untyped names, which context may still type. A
 * job title around a name is cut off ("Kite Senior Fellow"), and a name's pronunciation dropped.
 *
 * <p>A span is cut to whole words (the recognizer's tokenizer splits "Acme-7B" and "Acme-backed")
 * and grows to the run of capitalized words it stands in (it may name "Lake" of "Orbit Lake");
 * it loses a possessive ("Acme's") and a compound modifier ("Acme-backed", "Seoul-based"). A span
 * with a capitalized function word inside ("Launch While Acme") and furniture ({@link Furniture})
 * are dropped; one that holds a list or a possessive ("Acme and Beta", "Acme's Orca") is cut into
 * its names. Its probability is the recognizer's, its type weight {@value #TYPE_WEIGHT} × (2p − 1):
 * nothing for a label barely ahead of the runner-up, at most as much as a middling context cue, so that
 * a strong cue (about 3) overrules it; below {@code Mention.FIRM_WEIGHT} it is only a guess.
 *
 * <p>The recognizer runs only on sentences that may hold a name ({@link NamelessSentences}).
 */
public final class RecognizedNameDetector implements MentionDetector {
    static final double TYPE_WEIGHT = 2;
    private static final int DEPENDENT = 1;

    /**
     * Words a span may open with that are no part of the name: an article, and lowercase words the
     * recognizer sometimes takes in ("startup Acme Intelligence", "the startup Acme"). A name's own
     * words are capitalized or mixed ("iQuanta"); the particles of people's names ("de", "van") stay,
     * and so does a lowercase brand before its legal form ("adidas AG"), which {@link #span} keeps.
     */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:[Tt]he|[Aa]n?)\\s+");
    private static final Pattern LEADING_LOWERCASE = Pattern.compile("^(?:(?!(?:de|da|di|du|do|dos|das|del|della|"
            + "der|den|ter|ten|van|von|zu|le|la|el|al|bin|ibn|ben|abu)\\s)\\p{Ll}[\\p{Ll}'’-]*\\s+)+");
    private static final Pattern INNER_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+|(?<=\\p{L})['’]s?\\s+"
            + "|(?<=\\p{L})-" + Lexicon.MODIFIER_PARTICIPLE + "\\s+");

    /**
     * Letters of the phonetic alphabet and its stress and length marks ("ʑ", "ˈ", "ː"), never in a
     * written name; not the modifier letters of written ones ("Hawaiʻi", "Ḥaḍramawt").
     */
    private static final Pattern PHONETIC = Pattern.compile("[\\u0250-\\u02AF\\u02C8\\u02CC\\u02D0\\u02D1]");
    private static final Pattern PRONOUNCED_BEFORE = Pattern.compile("\\b[Pp]ronounced:?\\s*[\"“/\\[]?$");

    /** A name's head and its "of" or "for" ("Bank of", "Center for"). */
    private static final Pattern OF_PHRASE = Pattern.compile("^\\p{Lu}\\p{L}+ (?:of|for) ");

    private final EntityRecognizer recognizer;
    private final PosTagger tagger;

    /** @param tagger says whether a sentence's capitalized first word is a proper noun, and so may begin a name */
    public RecognizedNameDetector(EntityRecognizer recognizer, PosTagger tagger) {
        this.recognizer = recognizer;
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return recognizer.name();
    }

    @Override
    public List<NameSpan> detect(List<Sentence> sentences) {
        List<NameSpan> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (NamelessSentences.cannotHoldName(s.text())) {
                continue; // the recognizer's cost, for nothing this detector keeps
            }
            for (RecognizedEntity e : recognizer.recognize(s.text())) {
                Kind kind = Kind.of(e.label());
                if (kind != Kind.VALUE && kind != Kind.NORP && !isPronunciation(s.text(), e.start(), e.end())) {
                    for (int[] part : parts(s.text(), e.start(), e.end(), kind == Kind.ORGANIZATION)) {
                        // a possessor or modifier cut off a span is no evidence of the label, which was the head's
                        // ("Jane Doe's Acme", "Seoul-based Acme")
                        span(s, part[0], part[1], e.probability(), part[2] == DEPENDENT ? Kind.OTHER_NAME : kind, out);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A span cut at conjunctions, commas, possessives and modifiers inside it: "Acme and Beta",
     * "Acme's Orca", "Seoul-based Acme" are two names. Each part is {start, end, DEPENDENT or 0}:
     * a possessor or modifier depends on the name after it. An organization's "and" that joins
     * words of one name is no list ({@link #oneNameAcrossAnd}).
     */
    private static List<int[]> parts(String text, int start, int end, boolean organization) {
        List<int[]> parts = new ArrayList<>();
        Matcher separator = INNER_SEPARATOR.matcher(text).region(start, end);
        int from = start;
        while (separator.find()) {
            if (organization && separator.group().strip().equals("and")
                    && oneNameAcrossAnd(text.substring(from, separator.start()), text.substring(separator.end(), end))) {
                continue;
            }
            char first = separator.group().charAt(0);
            boolean dependent = first == '\'' || first == '’' || first == '-';
            parts.add(new int[] {from, separator.start(), dependent ? DEPENDENT : 0});
            from = separator.end();
        }
        parts.add(new int[] {from, end, 0});
        return parts;
    }

    private void span(Sentence s, int start, int end, double probability, Kind kind, List<NameSpan> out) {
        String text = s.text();
        int[] run = capitalizedRun(s, wholeWords(text, start, end));
        String surface = text.substring(run[0], run[1]);
        if (hasFunctionWordInside(surface)) {
            return;
        }
        int at = run[0];
        Matcher article = LEADING_ARTICLE.matcher(surface);
        if (article.lookingAt()) {
            at += article.end();
            surface = surface.substring(article.end());
        }
        Matcher lowercase = LEADING_LOWERCASE.matcher(surface);
        if (lowercase.lookingAt() && !isLegalForm(surface.substring(lowercase.end()))) {
            at += lowercase.end();
            surface = surface.substring(lowercase.end());
        }
        Matcher modifier = Lexicon.COMPOUND_MODIFIER.matcher(surface);
        if (modifier.find()) {
            surface = surface.substring(0, modifier.start());
        }
        if (kind != Kind.PERSON && kind != Kind.PRODUCT) {
            // "Project Executive of the Harbor Information System", "Kite Senior Fellow"; a product's name is its own
            int[] name = Lexicon.withoutJobTitle(surface);
            at += name[0];
            surface = surface.substring(name[0], name[1]);
        }
        surface = Names.withoutPossessive(surface);
        if (Lexicon.isNotAName(surface)) {
            return;
        }
        EntityType type = kind.type(surface);
        String name = type == EntityType.COUNTRY ? Lexicon.COUNTRIES.get(surface) : surface;
        // a label barely ahead of the runner-up (probability near 0.5) is next to no evidence of the type
        double weight = type == null ? 0 : TYPE_WEIGHT * (2 * probability - 1);
        out.add(new NameSpan(s.index(), s.start() + at, s.start() + at + surface.length(), surface, name, type,
                weight, probability, recognizer.name()));
    }

    /** "AG" of "adidas AG": what is left of a lowercase brand without its lowercase words. */
    private static boolean isLegalForm(String rest) {
        return Lexicon.ORG_SUFFIXES.containsKey(rest) || Lexicon.DESIGNATORS.contains(rest);
    }

    /**
     * Whether "and" joins two halves of one organization's name rather than two names: the half
     * before it is no complete name (it does not end in a designation such as "Company" or
     * "Group") while the half after it does ("Pacific Gas and Electric Company", "Northern and
     * Western Railway Group"), or the half before is a name's head with its "of"/"for" ("Bank of
     * Credit and Commerce International", "Center for Strategic and International Studies"), also
     * after "the".
     */
    static boolean oneNameAcrossAnd(String before, String after) {
        if (endsInDesignation(before)) {
            return false;
        }
        return endsInDesignation(after) || OF_PHRASE.matcher(LEADING_ARTICLE.matcher(before).replaceFirst("")).find();
    }

    private static boolean endsInDesignation(String name) {
        return Lexicon.isOrganizationWord(name.substring(name.lastIndexOf(' ') + 1));
    }

    /** The span grown to whole words: it never starts or ends inside a word or a hyphenated compound. */
    private static int[] wholeWords(String text, int start, int end) {
        while (start > 0 && isWordPart(text, start - 1)) {
            start--;
        }
        while (end < text.length() && isWordPart(text, end)) {
            end++;
        }
        return new int[] {start, end};
    }

    /**
     * The span grown to the run of capitalized words it stands in ("Orbit Lake", not "Lake"),
     * though not past a modifier ("Seoul-based"), and over the sentence's first word, capitalized
     * whatever it is, only when the tagger takes it for a proper noun ("Hugging Face CEO Jane Roe
     * said", not "Meanwhile Acme said"): the recognizer tends to leave such a word out.
     */
    private int[] capitalizedRun(Sentence s, int[] span) {
        String text = s.text();
        int start = span[0];
        int end = span[1];
        Matcher before = Lexicon.CAPITALIZED_WORD_BEFORE.matcher(text).region(0, start);
        while (before.find() && Lexicon.mayBePartOfName(before.group(1)) && (before.start(1) > 0 || opensWithProperNoun(s, before.group(1)))) {
            start = before.start(1);
            before = Lexicon.CAPITALIZED_WORD_BEFORE.matcher(text).region(0, start);
        }
        // a modifier ("Seoul-based") or a possessor ("Jane Doe's") is followed by another name, not more of it
        String grown = text.substring(start, end);
        boolean endsName = Lexicon.COMPOUND_MODIFIER.matcher(grown).find() || Names.isPossessive(grown);
        Matcher after = Lexicon.CAPITALIZED_WORD_AFTER.matcher(text).region(end, text.length());
        while (!endsName && after.lookingAt() && Lexicon.mayBePartOfName(after.group(1))) {
            end = after.end(1);
            after = Lexicon.CAPITALIZED_WORD_AFTER.matcher(text).region(end, text.length());
        }
        return new int[] {start, end};
    }

    private boolean opensWithProperNoun(Sentence s, String word) {
        List<Token> opening = tagger.tagOpening(s, 1);
        return !opening.isEmpty() && opening.get(0).text().equals(word) && opening.get(0).isProperNoun();
    }

    /**
     * "Eisai (pronounced ā-zī)", "[ˈzbʲiɡɲɛf]": a name's pronunciation, respelled or in the phonetic
     * alphabet, which encyclopedic text gives after it, names nothing.
     */
    static boolean isPronunciation(String text, int start, int end) {
        return PHONETIC.matcher(text).region(start, end).find() || PRONOUNCED_BEFORE.matcher(text).region(0, start).find();
    }

    /**
     * "Bombshell While Acme": a capitalized function word inside is furniture glued to a story, not
     * a name; a word of a place inside it ("Paradise Valley Hospital", "Wall Street Journal", "Silicon
     * Valley Bank") is no function word; one that ends it still drops the span, which keeps "Silicon
     * Valley" from being taken for an organization but loses "Napa Valley" too.
     */
    private static boolean hasFunctionWordInside(String surface) {
        String[] words = surface.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            boolean placeWordInside = i < words.length - 1 && Lexicon.PLACE_WORDS.contains(words[i]);
            if (Lexicon.NOT_NAMES.contains(words[i]) && Character.isUpperCase(words[i].charAt(0)) && !placeWordInside) {
                return true;
            }
        }
        return false;
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
                case NORP, OTHER_NAME, VALUE -> null;
            };
        }
    }
}
