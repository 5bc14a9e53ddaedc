package org.newskg.mentions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Names;
import org.newskg.model.Sentence;
import org.newskg.nlp.PosTagger;
import org.newskg.nlp.Token;

/**
 * Finds names from their shape: a run of capitalized or alphanumeric words ("Jane Okafor",
 * "Harbor Holdings", "Nimbus-2o", "Orca 3.1", "Harlow Black & Decker"), split at titles, demonyms
 * and possessives, without a job title that closes it ("Kite Senior Fellow"). A product number
 * types a name as a chip or a model, a country's name as a country and a nickname in brackets
 * ("Edwin (Ted) Marlow") as a person; other names stay untyped for the context cues
 * ({@link MentionTyper}), the relation that uses them, or another mention of the same entity to
 * type. Its spans have probability {@value #PROBABILITY}, or {@value #PRODUCT_NUMBER_PROBABILITY}
 * with a product number or a nickname.
 */
public final class ShapeNameDetector implements MentionDetector {
    public static final String NAME = "shape";
    /** A name from capitalization alone: as likely a name as not until context types it. */
    static final double PROBABILITY = 0.5;
    /**
     * A capitalized name with a product number ("Acme X100", "Orca-3"): almost surely one name,
     * and one that statistical recognizers tend to cut after the maker.
     */
    static final double PRODUCT_NUMBER_PROBABILITY = 0.9;
    /**
     * How strongly a product number types a name as a chip or a model: as strongly as a recognizer
     * at its surest calls it a person or a company, and less than a context cue that says which
     * product it is ("the X100 chip").
     */
    static final double PRODUCT_NUMBER_WEIGHT = 2;

    /** One word of a name: capitalized, or alphanumeric with a digit ("N2", "q3", "07.ai", "Q900s"). */
    private static final String NAME_WORD =
            "(?:\\p{Lu}[\\p{L}\\p{N}]*(?:[-.&][\\p{L}\\p{N}]+)*\\.?|\\p{L}{0,6}\\d[\\p{L}\\p{N}]*(?:[-.][\\p{L}\\p{N}]+)*(?<=[\\p{L}\\p{N}]))";
    /** A measure written as one hyphenated word before a noun: "2-billion-parameter", "7B-parameter", "3-nanometer". */
    private static final String MEASURE_MODIFIER = "\\d[\\d.,]*[A-Za-z]?(?:-[a-z]+)*-(?:parameters?|bits?|nanomet(?:er|re)s?|nm|layers?|cores?|qubits?|tokens?|billion|million|trillion|year|old)\\b";
    /**
     * A run of name words joined by single spaces, or a version number after a name ("Orca 3.1"); a
     * bare number never opens one ("In early 2026 Acme will ...": the year is no part of the name).
     */
    private static final Pattern NAME_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}$])(?<!\\d[,.])(?!\\d+(?:\\.\\d+)?(?:[MBKmbk]n?|bn)\\b)(?!\\d+\\s)(?!" + MEASURE_MODIFIER + ")" + NAME_WORD
                    // an ampersand joins the words of one name ("Stanley Black & Decker", "Ernst & Young"), not a list
                    + "(?:\\s(?:&\\s(?=\\p{Lu}))?(?!" + MEASURE_MODIFIER + ")(?:" + NAME_WORD + "|\\d+\\.\\d+|\\d(?![\\d,.]))(?![\\p{L}\\p{N}]))*"
                    // "University of Lakeside", "Institute for Robot Studies": a connector inside an institution's
                    // name, never cutting a word ("Buyers of Nimbus-2s")
                    + "(?:\\s(?:of|for)\\s\\p{Lu}\\p{L}++(?:\\s(?:&\\s)?\\p{Lu}\\p{L}++)*+(?![\\p{N}-]))?");
    /**
     * A person's name with a nickname in brackets before the surname, as biographies write it: "Edwin
     * (Ted) Marlow", "Robert J. (Bob) Korda": a given name, at most two more names or initials, the
     * nickname, and a surname that ends the run of capitalized words. Its shape is as sure a sign of
     * one person as a product number is of a product, so it is as probable as one, which is more than
     * a recognizer gives most of the pieces it makes of such a name.
     */
    private static final Pattern NICKNAMED_PERSON = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}(?:\\p{Ll}+|\\.)){0,2}"
            + "\\s\\(\\p{Lu}\\p{Ll}+\\)\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?![\\p{L}'’-]|\\s+\\p{Lu})");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    /** Product numbers of chips: letters and two to four digits ("Q900", "Z200s", "MX300X", "K20"). */
    private static final Pattern CHIP_SHAPE = Pattern.compile("^[A-Z]{1,3}\\d{2,4}[A-Z]?(?:s|'s|’s)?$");
    private static final Pattern GERUND = Pattern.compile("\\p{Lu}\\p{Ll}+ing");
    private static final Pattern MODEL_NOUN_NEXT = Pattern.compile("\\s+(?:[\\w-]+\\s+){0,2}?" + Lexicon.MODEL_NOUN + "\\b");
    /** A capitalized word after a word character and a space: not the first word of a sentence. */
    private static final Pattern MID_SENTENCE_CAPITALIZED = Pattern.compile("(?<=[\\p{L}\\p{N},;]\\s)(\\p{Lu}[\\p{L}\\p{N}-]*)");

    private final PosTagger tagger;

    /** @param tagger asked only about sentences that open with a lone capitalized word */
    public ShapeNameDetector(PosTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The names in the sentences, in text order; product numbers and country names typed by their shape. */
    @Override
    public List<NameSpan> detect(List<Sentence> sentences) {
        List<NameSpan> names = new ArrayList<>();
        Set<String> capitalizedMidSentence = capitalizedMidSentence(sentences);
        for (Sentence s : sentences) {
            findNames(s, capitalizedMidSentence, names);
        }
        return names;
    }

    /**
     * Words written with a capital inside a sentence somewhere in the article. Such a word opening
     * another sentence is a name too: news text names an entity more than once, and a common word
     * is capitalized only where it opens a sentence.
     */
    private static Set<String> capitalizedMidSentence(List<Sentence> sentences) {
        Set<String> words = new HashSet<>();
        for (Sentence s : sentences) {
            Matcher m = MID_SENTENCE_CAPITALIZED.matcher(s.text());
            while (m.find()) {
                words.add(m.group(1));
            }
        }
        return words;
    }

    private void findNames(Sentence s, Set<String> capitalizedMidSentence, List<NameSpan> out) {
        Matcher nicknamed = NICKNAMED_PERSON.matcher(s.text());
        int from = 0;
        while (nicknamed.find(from)) {
            String name = nicknamed.group();
            String first = name.substring(0, name.indexOf(' '));
            String last = name.substring(name.lastIndexOf(' ') + 1);
            if (!isPersonsWord(first) || !isPersonsWord(last)) {
                // "Acme (Kite) Labs"; "Chairman Edwin (Ted) Marlow" from its second word on
                from = nicknamed.start() + first.length();
                continue;
            }
            out.add(new NameSpan(s.index(), s.start() + nicknamed.start(), s.start() + nicknamed.end(), name, name, EntityType.PERSON,
                    PRODUCT_NUMBER_WEIGHT, PRODUCT_NUMBER_PROBABILITY, NAME));
            from = nicknamed.end();
        }
        Matcher m = NAME_RUN.matcher(s.text());
        while (m.find()) {
            splitRun(s, s.start() + m.start(), m.group(), capitalizedMidSentence, out);
        }
    }

    /** Splits a run of name words at titles and lexicon phrases, and drops words that are not names. */
    private void splitRun(Sentence s, int runStart, String run, Set<String> capitalizedMidSentence, List<NameSpan> out) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(run);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int from = 0;
        for (int i = 0; i <= words.size(); i++) {
            boolean boundary = i == words.size();
            if (!boundary) {
                String word = run.substring(words.get(i)[0], words.get(i)[1]);
                boundary = Lexicon.TITLES_BEFORE_NAME.contains(word) || Lexicon.DEMONYMS.containsKey(word)
                        || (i == 0 && runStart == s.start() && isGerundOpeningSentence(s, word, capitalizedMidSentence))
                        || (Lexicon.NOT_NAMES.contains(word) && !startsCountry(run, words, i)
                            && !(i == words.size() - 1 && i > from && Lexicon.ORG_SUFFIXES.containsKey(word)))
                        || isConnector(run, words, from, i);
            }
            if (boundary) {
                if (i > from && !isRegionOpening(run, words, from, i)) {
                    addName(s, runStart + words.get(from)[0], run.substring(words.get(from)[0], words.get(i - 1)[1]),
                            capitalizedMidSentence, out);
                }
                from = i + 1;
            } else if (Lexicon.COMPOUND_MODIFIER.matcher(run.substring(words.get(i)[0], words.get(i)[1])).find()) {
                // "Acme Capital-backed Orbit AI": the modifier ends one name, the next begins after it
                addName(s, runStart + words.get(from)[0], run.substring(words.get(from)[0], words.get(i)[1]), capitalizedMidSentence, out);
                from = i + 1;
            }
        }
    }

    /** "North" of "North American": a point of the compass alone before a demonym opens a region's adjective, no name. */
    private static boolean isRegionOpening(String run, List<int[]> words, int from, int i) {
        return i == from + 1 && i < words.size() && Lexicon.DEMONYMS.containsKey(run.substring(words.get(i)[0], words.get(i)[1]))
                && Lexicon.COMPASS_POINTS.contains(run.substring(words.get(from)[0], words.get(from)[1]));
    }

    /** "of"/"for" stay inside a name only when an institution word ("University", "Institute") comes before them. */
    private static boolean isConnector(String run, List<int[]> words, int from, int i) {
        String word = run.substring(words.get(i)[0], words.get(i)[1]);
        if (!word.equals("of") && !word.equals("for")) {
            return false;
        }
        for (int k = from; k < i; k++) {
            if (Lexicon.ORG_HEADS.contains(run.substring(words.get(k)[0], words.get(k)[1]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsCountry(String run, List<int[]> words, int i) {
        String rest = run.substring(words.get(i)[0]);
        return Lexicon.COUNTRIES.keySet().stream().anyMatch(c -> rest.equals(c) || rest.startsWith(c + " "));
    }

    private void addName(Sentence s, int start, String text, Set<String> capitalizedMidSentence, List<NameSpan> out) {
        int ampersand = text.indexOf(" & ");
        String afterAmpersand = ampersand < 0 ? "" : text.substring(ampersand + 3);
        if (afterAmpersand.contains(" ") && !Lexicon.isOrganizationWord(afterAmpersand.substring(afterAmpersand.lastIndexOf(' ') + 1))) {
            // "Jane Roe & John Doe" are two; one name has a single word after its "&" ("Harlow Black & Decker") or ends as a firm's
            addName(s, start, text.substring(0, ampersand), capitalizedMidSentence, out);
            addName(s, start + ampersand + 3, afterAmpersand, capitalizedMidSentence, out);
            return;
        }
        // "Kite Senior Fellow"
        int[] untitled = Lexicon.withoutJobTitle(text);
        int runEnd = start + text.length();
        start += untitled[0];
        String name = Names.withoutPossessive(text.substring(untitled[0], untitled[1]));
        Matcher modifier = Lexicon.COMPOUND_MODIFIER.matcher(name);
        if (modifier.find()) {
            String after = s.text().substring(runEnd - s.start());
            // "Paris-based startup" places the startup; "Orca-based model" names the base model
            if (modifier.group().equals("-based") && !HAS_DIGIT.matcher(name).find() && !MODEL_NOUN_NEXT.matcher(after).lookingAt()) {
                return;
            }
            name = name.substring(0, modifier.start());
        }
        if (name.endsWith(".") && !Lexicon.COUNTRIES.containsKey(name) && !name.matches(".*\\b\\p{Lu}\\.$")) {
            name = name.substring(0, name.length() - 1);
        }
        if (Lexicon.isNotAName(name)) {
            return;
        }
        if (start == s.start() && !name.contains(" ") && !capitalizedMidSentence.contains(name)
                && isCommonWordAtSentenceStart(s, name)) {
            return;
        }
        int end = start + name.length();
        String country = Lexicon.COUNTRIES.get(name);
        if (country != null) {
            out.add(new NameSpan(s.index(), start, end, name, country, EntityType.COUNTRY, 3, PROBABILITY, NAME));
            return;
        }
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        EntityType shape = null;
        if (CHIP_SHAPE.matcher(lastWord).matches()) {
            shape = EntityType.CHIP;
            name = stripPlural(name);
            end = start + name.length();
        } else if (HAS_DIGIT.matcher(name).find() && HAS_LETTER.matcher(lastWord).find() || lastWord.matches("\\d+(?:\\.\\d+)?")) {
            shape = EntityType.AI_MODEL;
            name = stripPlural(name);
            end = start + name.length();
        }
        out.add(new NameSpan(s.index(), start, end, name, name, shape, shape == null ? 0 : PRODUCT_NUMBER_WEIGHT,
                shape == null ? PROBABILITY : PRODUCT_NUMBER_PROBABILITY, NAME));
    }

    private static boolean isPersonsWord(String word) {
        return !Lexicon.isJobTitle(word) && !Lexicon.TITLES_BEFORE_NAME.contains(word) && !Lexicon.isOrganizationWord(word)
                && !Lexicon.NOT_NAMES.contains(word) && !Lexicon.DEMONYMS.containsKey(word);
    }

    /** "Q900s" and "N2s" name the products Q900 and N2. */
    private static String stripPlural(String name) {
        return name.replaceFirst("(?<=\\d)(?:s|'s|’s)$", "");
    }

    /** "Training Model-1 cost ...": a verb form opening a sentence is no part of the name after it. */
    private boolean isGerundOpeningSentence(Sentence s, String word, Set<String> capitalizedMidSentence) {
        return GERUND.matcher(word).matches() && !capitalizedMidSentence.contains(word) && isCommonWordAtSentenceStart(s, word);
    }

    /**
     * A single capitalized word opening a sentence is a name only if the tagger says it is a proper
     * noun; a word with a digit in it ("Model-2", "X100") is never a common English word.
     */
    private boolean isCommonWordAtSentenceStart(Sentence s, String word) {
        if (HAS_DIGIT.matcher(word).find()) {
            return false;
        }
        List<Token> opening = tagger.tagOpening(s, 1);
        return opening.isEmpty() || !opening.get(0).text().startsWith(word) || !opening.get(0).isProperNoun();
    }
}
