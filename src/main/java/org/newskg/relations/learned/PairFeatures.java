package org.newskg.relations.learned;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.relations.ArticleSentence;

/**
 * The features of a candidate pair of mentions in a sentence, as the learned reader's classifier
 * sees them: the words between the two (as a bag, as bigrams, and whole when the gap is short),
 * with other names in the gap replaced by their type; a few words around the pair; the mentions'
 * types and order; whether either is a reference ("he", "the company") and which; the last word of
 * each name ("university", "inc"); and how far apart they are. These are the classic features of
 * statistical relation extraction; none names an entity, so what is learned transfers to text
 * about other entities.
 */
public final class PairFeatures {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?|[^\\s\\p{L}\\p{N}]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /**
     * Word classes that news and biographies state these relations with, so that a cue seen with
     * one word in training ("co-founder") counts for its kin ("founded") in new text.
     */
    private static final Map<String, String> CUES = cues(Map.of(
            "found", "founder founders cofounder cofounders founded cofounded founding establish established establishing created "
                    + "started launched formed",
            "lead", "ceo chief executive president chairman chairwoman chair head heads headed leads led leader director "
                    + "managing boss",
            "work", "works worked working joined joins employee employees employed engineer professor researcher scientist "
                    + "analyst manager partner member served serves serving vp vice officer lecturer fellow staff hired "
                    + "appointed named associate",
            "part", "subsidiary subsidiaries division unit part affiliate affiliated arm brand wholly",
            "own", "parent owned owns owner acquired acquisition bought purchased",
            "say", "says said say told tells according asked added wrote"));
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");
    /** The type feature of a year. */
    static final String YEAR = "YEAR";
    private static final int WHOLE_GAP = 6;
    private static final int MAX_GAP = 16;

    private PairFeatures() {}

    /** One end of a candidate pair: the mention, its type as a feature, the last word of its name. */
    private record End(Mention mention, String type, String head) {}

    /** The features of {@code subject} and {@code object} (indices into the article's mentions), both standing in the sentence. */
    public static List<String> of(ArticleSentence s, int subject, int object) {
        return features(s, end(s.mentions(), subject), end(s.mentions(), object));
    }

    /** The features of a subject mention and a value the sentence states (a year), as {@code valueKind}. */
    public static List<String> ofValue(ArticleSentence s, int subject, Mention value, String valueKind) {
        return features(s, end(s.mentions(), subject), new End(value, valueKind, ""));
    }

    private static End end(List<Mention> mentions, int index) {
        Mention m = mentions.get(index);
        return new End(m, typeName(mentions, index), lastWord(mentions, index));
    }

    private static List<String> features(ArticleSentence s, End subject, End object) {
        Mention subj = subject.mention();
        Mention obj = object.mention();
        boolean subjectFirst = subj.start() <= obj.start();
        Mention left = subjectFirst ? subj : obj;
        Mention right = subjectFirst ? obj : subj;
        String dir = subjectFirst ? "SO" : "OS";
        List<String> f = new ArrayList<>();
        f.add("dir=" + dir);
        f.add("types=" + subject.type() + ">" + object.type() + ":" + dir);
        reference(f, "s", subj);
        reference(f, "o", obj);
        f.add("sh=" + subject.head());
        f.add("oh=" + object.head());

        List<String> gap = gap(s, left, right);
        if (gap.size() > WHOLE_GAP) {
            // a short gap is seen whole below; its length alone would say "related" for any two adjacent names
            f.add("gap=" + bucket(gap.size()));
        }
        if (gap.isEmpty()) {
            f.add("adjacent:" + dir);
        } else if (gap.size() <= WHOLE_GAP) {
            f.add("between=" + dir + ":" + String.join(" ", gap));
        }
        if (QUOTE.matcher(s.sentence().text().substring(left.end() - s.sentence().start(), right.start() - s.sentence().start())).find()) {
            f.add("quote-between");
        }
        int names = 0;
        if (gap.size() <= MAX_GAP) {
            for (int i = 0; i < gap.size(); i++) {
                String cue = CUES.get(gap.get(i));
                if (cue != null) {
                    f.add("cue=" + cue + ":" + dir);
                    f.add("cue=" + cue + ":" + dir + ":" + subject.type() + ">" + object.type());
                }
                if (gap.get(i).startsWith("<")) {
                    f.add("inside=" + gap.get(i));
                    names++;
                }
                f.add("bw=" + gap.get(i));
                f.add("bw:" + dir + "=" + gap.get(i));
                if (i + 1 < gap.size()) {
                    f.add("bb=" + gap.get(i) + "_" + gap.get(i + 1));
                }
            }
            if (!gap.isEmpty()) {
                f.add("first=" + gap.get(0));
                f.add("last=" + gap.get(gap.size() - 1));
            }
            if (names > 0) {
                f.add("names-between=" + Math.min(names, 3));
            }
        } else {
            f.add("far");
        }
        String sentence = s.sentence().text();
        int base = s.sentence().start();
        List<String> before = tokens(sentence.substring(0, Math.max(0, left.start() - base)));
        List<String> after = tokens(sentence.substring(Math.min(sentence.length(), right.end() - base)));
        near(f, before.subList(Math.max(0, before.size() - 3), before.size()), ":before");
        near(f, after.subList(0, Math.min(3, after.size())), ":after");
        for (int i = 1; i <= 2; i++) {
            // no feature for the sentence's edges: a biography's sentences open with their person, and
            // "^" alone would then say "employed" for any sentence that opens with a name
            if (before.size() >= i) {
                f.add("l" + i + "=" + before.get(before.size() - i));
            }
            if (after.size() >= i) {
                f.add("r" + i + "=" + after.get(i - 1));
            }
        }
        return f;
    }

    /** The cue classes among a few words next to the pair ("CEO Jane Roe of Acme", "Acme, which Roe founded"). */
    private static void near(List<String> f, List<String> words, String side) {
        for (String w : words) {
            String cue = CUES.get(w);
            if (cue != null) {
                f.add("near=" + cue + side);
            }
        }
    }

    private static Map<String, String> cues(Map<String, String> wordsByCue) {
        Map<String, String> out = new HashMap<>();
        wordsByCue.forEach((cue, words) -> {
            for (String w : words.split(" ")) {
                out.put(w, cue);
            }
        });
        return Map.copyOf(out);
    }

    /** The root type of a mention, through its antecedent for a reference; "NONE" when untyped. */
    static String typeName(List<Mention> mentions, int index) {
        EntityType t = typeOf(mentions, index);
        return t == null ? "NONE" : t.root().name();
    }

    /** The type of a mention, through its antecedent for a reference; null when untyped. */
    static EntityType typeOf(List<Mention> mentions, int index) {
        Mention m = mentions.get(index);
        if (m.type() == null && !m.isName()) {
            return mentions.get(m.antecedent()).type();
        }
        return m.type();
    }

    private static void reference(List<String> f, String role, Mention m) {
        if (!m.isName()) {
            f.add(role + "ref=" + m.text().toLowerCase(Locale.ROOT));
            f.add(role + "ref");
        }
    }

    private static String lastWord(List<Mention> mentions, int index) {
        Mention m = mentions.get(index);
        Mention named = m.isName() ? m : mentions.get(m.antecedent());
        List<String> words = tokens(named.name());
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** The tokens between two mentions, each other mention in the gap replaced by its type in angle brackets. */
    private static List<String> gap(ArticleSentence s, Mention left, Mention right) {
        List<String> out = new ArrayList<>();
        int base = s.sentence().start();
        String text = s.sentence().text();
        int from = left.end();
        for (int i = s.first(); i < s.end(); i++) {
            Mention m = s.mentions().get(i);
            if (m.start() >= from && m.end() <= right.start() && m != left && m != right) {
                out.addAll(tokens(text.substring(from - base, m.start() - base)));
                out.add("<" + typeName(s.mentions(), i) + ">");
                from = m.end();
            }
        }
        if (right.start() > from) {
            out.addAll(tokens(text.substring(from - base, right.start() - base)));
        }
        return out;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            // most words hold no digit, and the regex replacement would copy them all the same
            out.add(hasDigit(word) ? DIGIT.matcher(word).replaceAll("0") : word);
        }
        return out;
    }

    /** Whether a word holds a character {@link #DIGIT} replaces: an ASCII digit, as {@code \d} means without UNICODE_CHARACTER_CLASS. */
    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String bucket(int n) {
        return n <= 10 ? "7-10" : "11+";
    }
}
