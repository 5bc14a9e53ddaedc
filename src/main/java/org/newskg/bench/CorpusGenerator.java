package org.newskg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.mentions.Lexicon;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * A corpus of any size made from real articles, for benchmarks. Generated article {@code i} is
 * seed {@code i mod S} with the words of its people's, organizations' and products' names
 * renamed and its paragraphs after the lead reshuffled. The renaming depends only on the word
 * and on the pass over the seeds ({@code i div S}), so within a pass every article that names
 * the same company names the same made-up company, and each pass adds a new set of entities:
 * text statistics stay those of the seed news while distinct entities and facts grow with the
 * number of articles. Everything is a function of the seed number and {@code i}, so an article
 * can be generated on any thread, in any order, and always comes out the same.
 */
public final class CorpusGenerator {
    /** Capitalized words that belong to many names and are not what tells one name from another. */
    private static final Set<String> SHARED_NAME_WORDS = shared();
    /** A word of a name: letters and digits, with inner dots or ampersands ("U.S.", "AT&T"). */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.&][\\p{L}\\p{N}]+)*");
    /** A word in lower case in running text, not in a web address or a file name ("jensen-huang.jpg"). */
    private static final Pattern LOWERCASE_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}/._-])\\p{Ll}[\\p{L}\\p{N}]*(?![\\p{L}\\p{N}/_-]|\\.[\\p{L}\\p{N}])");
    /** Words a lead paragraph has at least: the title, byline and date before it stay in place with it. */
    private static final int LEAD_WORDS = 20;

    private final List<Seed> seeds;
    private final long seed;

    /** A real article and the words of its names to rename. */
    public record Seed(Article article, Set<String> nameWords) {
        public Seed {
            nameWords = Set.copyOf(nameWords);
        }

        /**
         * The seed of an article as the pipeline read it (a page as the text the pipeline took from
         * it, so that the generated articles are plain text): the words of every name typed as a
         * person, organization or product, except words names share ("Inc", "University"),
         * countries and demonyms, and words the article also writes in lower case ("Bank" when
         * it says "bank"), so that common words stay.
         */
        public static Seed of(ArticleExtraction extraction) {
            Article article = extraction.article().markup() == Article.Markup.PLAIN ? extraction.article()
                    : new Article(extraction.article().id(), extraction.article().sourceFile(), extraction.body().text());
            String text = article.text();
            Set<String> lowercase = new TreeSet<>();
            Matcher lower = LOWERCASE_WORD.matcher(text);
            while (lower.find()) {
                lowercase.add(lower.group());
            }
            Set<String> words = new TreeSet<>();
            for (Mention m : extraction.mentions()) {
                if (!m.isName() || m.type() == null || !renamed(m.type())) {
                    continue;
                }
                Matcher w = NAME_WORD.matcher(m.text());
                while (w.find()) {
                    String word = w.group();
                    if (word.length() >= 2 && word.chars().anyMatch(Character::isUpperCase) && !SHARED_NAME_WORDS.contains(word)
                            && !lowercase.contains(word.toLowerCase(Locale.ROOT)) && text.contains(word)) {
                        words.add(word);
                    }
                }
            }
            return new Seed(article, words);
        }

        private static boolean renamed(EntityType type) {
            EntityType root = type.root();
            return root == EntityType.PERSON || root == EntityType.ORGANIZATION || root == EntityType.PRODUCT;
        }
    }

    public CorpusGenerator(List<Seed> seeds, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed article to generate from");
        }
        this.seeds = List.copyOf(seeds);
        this.seed = seed;
    }

    /** Generated article {@code i}: its id says its number and its seed, {@code 00042-story}. */
    public Article generate(int i) {
        Seed s = seeds.get(i % seeds.size());
        int pass = i / seeds.size();
        String renamed = rename(s, pass);
        String text = reshuffled(renamed, new Random(mix(seed, 1, i)));
        String id = String.format(Locale.ROOT, "%05d-%s", i, s.article().id().replace('/', '_'));
        return new Article(id, id + ".txt", text);
    }

    /** The seed's text with each name word replaced by the made-up word that pass gives it. */
    private String rename(Seed s, int pass) {
        String text = s.article().text();
        if (s.nameWords().isEmpty()) {
            return text;
        }
        Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}])" + Lexicon.alternation(s.nameWords(), "") + "(?![\\p{L}\\p{N}])");
        return words.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                PseudoWords.like(m.group(), new Random(mix(seed, 2 + pass, m.group().hashCode())))));
    }

    /** The paragraphs after the lead in another order; the lead and what comes before it stay first. */
    private static String reshuffled(String text, Random random) {
        String separator = text.contains("\n\n") ? "\n\n" : "\n";
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split(separator.equals("\n\n") ? "\n\\s*\n" : "\n")));
        int lead = 0;
        while (lead < paragraphs.size() && paragraphs.get(lead).split("\\s+").length < LEAD_WORDS) {
            lead++;
        }
        if (lead + 2 < paragraphs.size()) {
            Collections.shuffle(paragraphs.subList(lead + 1, paragraphs.size()), random);
        }
        return String.join(separator, paragraphs);
    }

    private static long mix(long seed, long a, long b) {
        long h = seed * 0x9E3779B97F4A7C15L + a;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + b;
        return h ^ (h >>> 29);
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> shared() {
        Set<String> shared = new TreeSet<>();
        shared.addAll(Lexicon.NOT_NAMES);
        shared.addAll(Lexicon.ORG_SUFFIXES.keySet());
        shared.addAll(Lexicon.ORG_HEADS);
        shared.addAll(Lexicon.DESIGNATORS);
        shared.addAll(Lexicon.TITLES_BEFORE_NAME);
        for (String place : concat(Lexicon.COUNTRIES.keySet(), Lexicon.DEMONYMS.keySet())) {
            shared.addAll(Arrays.asList(place.split(" ")));
        }
        return Set.copyOf(shared);
    }
}
