package org.newskg.mentions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;

/**
 * Types names from the words around them: "startup X", "X, a senior analyst at", "X chips",
 * "models like X and Y", "says X". Each cue carries a weight; the strongest of the detector's type
 * and the cues wins, a firm cue may say which kind of a coarser type is meant ("a product" → "a
 * model"), and a type given to the head of a list ("firms like X, Y and Z") passes to the other items.
 */
public final class MentionTyper {
    /**
     * @param fullNamesOnly the cue types only names of two words or more
     * @param notAfter      words before the name that keep the cue from typing it, or null
     */
    private record Cue(Pattern pattern, EntityType type, double weight, boolean before, boolean fullNamesOnly, Pattern notAfter) {
        Cue onlyForFullNames() {
            return new Cue(pattern, type, weight, before, true, notAfter);
        }

        Cue unlessAfter(String regexEndingAtName) {
            return new Cue(pattern, type, weight, before, fullNamesOnly, Pattern.compile("(?:" + regexEndingAtName + ")$", Pattern.CASE_INSENSITIVE));
        }
    }

    /** A cue in the words before the name; for a list's head ("benchmarks such as X, Y"), {@link #propagateAlongLists} passes it on. */
    private static Cue before(String regexEndingAtName, EntityType type, double weight) {
        return new Cue(Pattern.compile("(?:" + regexEndingAtName + ")$", Pattern.CASE_INSENSITIVE), type, weight, true, false, null);
    }

    private static Cue after(String regexStartingAfterName, EntityType type, double weight) {
        return new Cue(Pattern.compile("^(?:" + regexStartingAfterName + ")", Pattern.CASE_INSENSITIVE), type, weight, false, false, null);
    }

    private static final String DET = "(?:a|an|the)\\s+";
    /**
     * Words of an apposition before its head noun: modifiers ("small", "Chinese", "Paris-based",
     * "China's"), never a name that could head a clause of its own.
     */
    private static final String APPOSITION = ",\\s+(?:" + DET + "|one of\\s+|among\\s+)?(?:(?:(?-i:\\p{Ll})[\\w’'-]*|\\p{Lu}[\\w.]*-[\\w-]+|\\p{Lu}[\\w.-]*['’]s|AI|"
            + Lexicon.DEMONYM + ")\\s+){0,4}?";
    /**
     * An apposition that names a kind of organization opens with a determiner or a modifier that
     * cannot head a clause ("Acme, a startup", "Acme, China's largest chipmaker", "Acme, Seoul-based
     * lab"): ", remains a private company" is a verb phrase, not an apposition.
     */
    private static final String ORG_APPOSITION = ",\\s+(?:" + DET + "|one of\\s+|among\\s+|(?:\\p{Lu}\\w*\\s+)?\\p{Lu}[\\w.-]*['’]s\\s+|"
            + "\\p{Lu}[\\w.]*-[\\w-]+\\s+|(?:" + Lexicon.DEMONYM + ")\\s+)(?:(?:(?-i:\\p{Ll})[\\w’'-]*|\\p{Lu}[\\w.]*-[\\w-]+|AI|"
            + Lexicon.DEMONYM + ")\\s+){0,4}?";

    /** What opens a description of the name before it: an apposition or a copula ("X, its new chip"; "X is its new chip"). */
    private static final String DESCRIPTION_OPENING = "(?:,|\\s+(?:is|was))";

    private static final List<Cue> CUES = buildCues();

    private static List<Cue> buildCues() {
        List<Cue> cues = new ArrayList<>();
        // Shapes and nouns of models and chips.
        cues.add(after("\\s+(?:(?:large |small |open |open-source |open-weight |reasoning |language |base |AI |flagship |new )*)"
                + Lexicon.MODEL_NOUN + "\\b", EntityType.AI_MODEL, 2));
        // "a model called X", "the models, dubbed X", "its first AI model Wednesday morning, called X"
        cues.add(before(Lexicon.MODEL_NOUN + "(?:\\s+[\\w-]+){0,3}?,?\\s+(?:called|named|known as|dubbed)\\s+", EntityType.AI_MODEL, 2));
        // "X, a version fine-tuned to follow instructions"; "X, a smaller variant of Y"
        cues.add(after(",\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:version|variant)\\s+(?:of|fine-tuned|trained|tuned|optimized|distilled)\\b",
                EntityType.AI_MODEL, 2));
        // "its model Quill", "the new reasoning model Quill" (in the singular: "the other models Acme offers" names no model)
        cues.add(before("\\b(?:its|their|the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:model|LLM|chatbot|" + Lexicon.AI_TOOL_NOUN + ")\\s+", EntityType.AI_MODEL, 2));
        // "its latest model, Quill", "the company's viral AI coding tool, Quill Code": after a possessive the comma
        // opens an apposition ("In testing the model, Acme found" is not one)
        cues.add(before("\\b(?:its|their|[\\w.-]+['’]s)\\s+(?:[\\w-]+\\s+){0,3}?(?:model|LLM|chatbot|" + Lexicon.AI_TOOL_NOUN + "),\\s+",
                EntityType.AI_MODEL, 2));
        // "X, an open-weight model"; "X, a Model-1-based model"; "X, the agentic coding tool from Acme"; in the singular:
        // "According to Acme, the models outperform ..." opens a clause, it describes no name
        cues.add(after(",\\s+(?:a|an|the|its)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:" + Lexicon.MODEL_NOUN + "|" + Lexicon.AI_TOOL_NOUN + ")(?<![sS])\\b(?!['’])",
                EntityType.AI_MODEL, 2));
        // what a maker makes is a product, of a kind the rest of the text may tell: "Quill maker Acme",
        // "Acme, the maker of Quill", "the creator of Quill", "the company behind Quill" (not "Quill creator
        // Jane Doe": a name before "creator" is more often the company she founded)
        cues.add(after("\\s*-?\\s*(?:maker|developer)\\s+(?-i:\\p{Lu})", EntityType.PRODUCT, 2));
        cues.add(before("\\b(?:(?:maker|developer|creator)s?\\s+of|(?:company|startup|firm|lab)\\s+behind)\\s+(?:the\\s+)?(?:popular\\s+|viral\\s+)?",
                EntityType.PRODUCT, 2));
        cues.add(before(Lexicon.MODEL_NOUN + ",?\\s+(?:like|such as|including)\\s+(?:[\\w’'-]+\\s+){0,1}", EntityType.AI_MODEL, 1.5));
        cues.add(after("\\s+(?:computer |AI |graphics |data center )?" + Lexicon.CHIP_NOUN + "\\b", EntityType.CHIP, 2.5));
        // "X, the company's next-generation graphics processing unit"; "X, its newest AI chip, which ..."; "X is Acme's
        // first custom CPU design"; "X, a family of chips shipping in May" (not "Acme is the maker of GPUs"): stronger
        // than the apposition of an organization, whose nouns include "unit"; the chip noun heads the apposition ("X, a
        // semiconductor analyst" is a person, "X, a consultancy that advises chip investors" a firm)
        cues.add(after(DESCRIPTION_OPENING + "\\s+(?:a|an|the|its|[\\w.-]+['’]s)\\s+(?:(?!(?:of|for|with|in|on|to)\\s)[\\w’'-]+\\s+|"
                + "(?:family|line|series|generation)\\s+of\\s+){0,3}?" + Lexicon.CHIP_NOUN + "(?:\\s+(?:design|family|line|series))?"
                + "(?=\\s*(?:[,.;:)—–]|$)|\\s+(?:that|which|for|with|from|in|on|and|is|was|will|shipping|expected|due|designed|built|made)\\b)",
                EntityType.CHIP, 3.5));
        cues.add(before(Lexicon.CHIP_NOUN + ",?\\s+(?:from \\S+\\s+)?(?:called|named|like|such as|including)\\s+(?:\\S+['’]s\\s+)?", EntityType.CHIP, 2.5));
        cues.add(before("benchmarks?,?\\s+(?:like |such as |including |called )?", EntityType.BENCHMARK, 2.5));
        cues.add(after("\\s+(?:benchmark|test|exam)\\b", EntityType.BENCHMARK, 1.5));
        // "scored 90% on X"; "beats Model-1 on X"
        cues.add(before("\\b(?:scored|scores|scoring|accuracy|beats|beat|outperforms|outperformed|surpasses|surpassed|outscores|outscored|tops|topped)"
                + "\\s+[^.;]{0,60}?\\bon\\s+(?:the\\s+)?", EntityType.BENCHMARK, 1.5));
        // People: titles, appositions, speech.
        // (not "X, the creator of Y": companies create products)
        cues.add(after(APPOSITION + "(?:and\\s+)?(?:" + Lexicon.CEO + "|" + Lexicon.FOUNDER + "|" + Lexicon.JOB_TITLE + ")\\b(?!\\s*(?:model|chip))(?<!creators?)",
                EntityType.PERSON, 3));
        // "X, who": X is a person, unless X is where something is ("a lab in Boston, who" is about the one before)
        cues.add(after(",\\s+who\\b", EntityType.PERSON, 2).unlessAfter("\\b(?:in|near)\\s+"));
        cues.add(before("\\b(?:" + Lexicon.CEO + "|" + Lexicon.FOUNDER + "|" + Lexicon.JOB_TITLE + "),\\s+", EntityType.PERSON, 2.5));
        cues.add(before("\\b(?:" + Lexicon.CEO + "|" + Lexicon.FOUNDER + "|" + Lexicon.JOB_TITLE + "|President|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?|Senator|Secretary)\\s+",
                EntityType.PERSON, 3));
        // the speaker stands after "says", but after "told" stands the listener (often a publication)
        // companies say things too: speech alone types only a full name ("Jane Doe said", not "Acme said")
        cues.add(before("(?!told|tells|informed)" + Lexicon.SAY + ",?\\s+", EntityType.PERSON, 1.5).onlyForFullNames());
        cues.add(after(",?\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+|then\\s+)?" + Lexicon.SAY + "\\b", EntityType.PERSON, 0.75).onlyForFullNames());
        cues.add(after("\\s+(?:said|says)\\s+(?:he|she)\\b", EntityType.PERSON, 3));
        // Organizations: nouns, appositions, ownership, employers.
        cues.add(before("\\b" + Lexicon.ORG_NOUN + "\\s+(?:called\\s+|named\\s+)?", EntityType.ORGANIZATION, 3.5));
        // "the startup, Acme"; not "Prior to joining Zentrix Labs, Jane Roe ...", where the noun ends a name
        cues.add(before("\\b(?-i:(?=\\p{Ll}))" + Lexicon.ORG_NOUN + ",\\s+", EntityType.ORGANIZATION, 2));
        // ", the company said" closes a quote or report; it is not an apposition to the name before it
        // nor is "X, the company's new chip": the noun is the possessor of the head that follows
        cues.add(after(ORG_APPOSITION + Lexicon.ORG_NOUN + "\\b(?!\\s+(?:" + Lexicon.SAY + ")\\b|['’]s?\\s)", EntityType.ORGANIZATION, 3));
        cues.add(before("\\b(?:firms|companies|startups|giants|rivals|labs|makers|players|corporations)\\s+(?:like|such as|including)\\s+",
                EntityType.COMPANY, 2));
        // Investors of a funding round: "a round led by X", "with participation from X, Y and Z", "investors including X"
        cues.add(before("\\b(?:round|funding|financing|investment|raise|series [a-z])\\s+(?:was\\s+)?(?:co-?)?led\\s+by\\s+(?:existing\\s+investors?\\s+)?",
                EntityType.INVESTMENT_FIRM, 3));
        cues.add(before("\\b(?:participation|investments?|backing|money)\\s+(?:from|by)\\s+(?:existing\\s+|new\\s+|other\\s+)?(?:investors?\\s+)?(?:including\\s+|such as\\s+|like\\s+)?",
                EntityType.INVESTMENT_FIRM, 3));
        cues.add(before("\\b(?:investors|backers|venture firms|VCs)\\s+(?:like|such as|including)\\s+", EntityType.INVESTMENT_FIRM, 2.5));
        cues.add(before("\\b(?:round|raise|financing),?\\s+(?:along\\s+)?with\\s+(?:participation\\s+from\\s+)?", EntityType.INVESTMENT_FIRM, 2.5));
        cues.add(after("\\s+(?:is|was|are|were)\\s+(?:co-?)?lead(?:ing|s)?\\s+(?:the|this|its)\\s+(?:\\S+\\s+){0,2}?(?:round|financing|investment)\\b",
                EntityType.INVESTMENT_FIRM, 3));
        cues.add(after("\\s+(?:co-?)?led\\s+(?:the|this|its)\\s+(?:\\S+\\s+){0,2}?(?:round|financing|investment)\\b", EntityType.INVESTMENT_FIRM, 3));
        // the words between are modifiers ("analyst at the Chinese research firm X"), never another name
        cues.add(before("\\b(?:" + Lexicon.CEO + "|" + Lexicon.FOUNDER + "|" + Lexicon.JOB_TITLE + ")(?<!creators?)\\s+(?:at|of|for|with)\\s+(?:the\\s+)?"
                + "(?:(?:(?-i:\\p{Ll})[\\w-]*|AI|" + Lexicon.DEMONYM + ")\\s+){0,4}?",
                EntityType.ORGANIZATION, 2.5));
        cues.add(after("\\s+(?:\\([A-Z.]+\\)\\s+)?(?:" + Lexicon.CEO + "|founder|co-?founder|chairman|president|spokesperson|spokesman|analysts?)\\s+\\p{Lu}",
                EntityType.ORGANIZATION, 2.5));
        cues.add(after("['’]s?\\s+(?:" + Lexicon.CEO + "|founders?|co-?founders?|chairman|engineers|researchers|shares|stock|parent|subsidiary|"
                + "app|website|chatbot|employees|staff|spokesperson|spokesman|investors|headquarters)\\b", EntityType.ORGANIZATION, 2));
        cues.add(after("['’]s?\\s+(?:[\\w-]+\\s+){0,3}?" + Lexicon.MODEL_NOUN + "\\b", EntityType.ORGANIZATION, 1));
        // a ticker in brackets, not an officer's title ("Jane Doe (CTO)")
        cues.add(after("\\s+\\((?!C[EFTOSPIM]O\\))[A-Z]{2,5}\\)", EntityType.COMPANY, 2));
        cues.add(before("\\b(?:told|according to|reported by|sent out by)\\s+(?:the\\s+)?", EntityType.MEDIA, 0.5));
        return cues;
    }

    /**
     * The names of an article as mentions, each typed by the strongest of its detector's type and
     * the context cues around it.
     *
     * @param spans the names, in text order, without overlaps ({@link NameSpanCombiner})
     */
    public List<Mention> type(List<Sentence> sentences, List<NameSpan> spans) {
        List<Mention> out = new ArrayList<>(spans.size());
        int next = 0;
        for (Sentence s : sentences) {
            List<Mention> inSentence = new ArrayList<>();
            while (next < spans.size() && spans.get(next).sentence() == s.index()) {
                inSentence.add(spans.get(next++).toMention());
            }
            out.addAll(type(s, inSentence));
        }
        return alongTheArticle(sentences, out);
    }

    /**
     * The mentions, each untyped (or only guessed) one given the type the article firmly gives its
     * name elsewhere ("released a model called Quill. ... Quill is a mixture-of-experts system"): a
     * writer does not repeat what a name is at every mention. A name typed firmly as two kinds that
     * cannot be one entity stays untyped where nothing says which. A lone word that is the first or
     * last name of one person of the article is that person, unless an article makes it a modifier
     * ("a Trump supporter"): a person's name takes none.
     */
    private static List<Mention> alongTheArticle(List<Sentence> sentences, List<Mention> mentions) {
        Map<String, Mention> strongest = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (Mention m : mentions) {
            EntityType type = m.firmType();
            if (type == null) {
                continue;
            }
            Mention known = strongest.get(m.name());
            if (known != null && !known.type().compatibleWith(type)) {
                conflicting.add(m.name());
            } else if (known == null || m.weight() > known.weight()) {
                strongest.put(m.name(), m);
            }
        }
        strongest.keySet().removeAll(conflicting);
        Map<String, Set<String>> peopleByWord = peopleByFirstOrLastName(strongest.values());
        Map<Integer, Sentence> sentenceByIndex = new HashMap<>();
        sentences.forEach(s -> sentenceByIndex.put(s.index(), s));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention known = strongest.get(m.name());
            // a detector's guess below Mention.FIRM_WEIGHT gives way as no type would
            boolean takesTheArticlesType = m.firmType() == null && known != null;
            boolean namesOnePerson = m.firmType() == null && known == null && !conflicting.contains(m.name())
                    && peopleByWord.getOrDefault(m.name(), Set.of()).size() == 1
                    && !afterArticle(sentenceByIndex.get(m.sentence()), m);
            out.add(takesTheArticlesType ? m.typed(known.type(), Mention.FIRM_WEIGHT, SAME_NAME)
                    : namesOnePerson ? m.typed(EntityType.PERSON, Mention.FIRM_WEIGHT, PART_OF_PERSONS_NAME) : m);
        }
        return out;
    }

    private static boolean afterArticle(Sentence s, Mention m) {
        return s != null && ARTICLE_BEFORE.matcher(s.text().substring(0, m.start() - s.start())).find();
    }

    /**
     * The first and the last word of each person's name of two words or more, with the names they
     * are part of: "Maniatis now serves as ..." after "Tom Maniatis" is that person, whatever a
     * recognizer guesses of a lone word; a word two people share says neither.
     */
    private static Map<String, Set<String>> peopleByFirstOrLastName(Collection<Mention> firmlyTyped) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Mention m : firmlyTyped) {
            String[] words = m.name().split("\\s+");
            if (m.type() == EntityType.PERSON && words.length > 1) {
                out.computeIfAbsent(words[0], k -> new HashSet<>()).add(m.name());
                out.computeIfAbsent(words[words.length - 1], k -> new HashSet<>()).add(m.name());
            }
        }
        return out;
    }

    /** The mentions of one sentence, typed. */
    List<Mention> type(Sentence s, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        String text = s.text();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.COUNTRY || m.type() == EntityType.TECHNIQUE) {
                out.add(m);
                continue;
            }
            String left = text.substring(Math.max(0, m.start() - s.start() - 80), m.start() - s.start());
            String right = text.substring(m.start() - s.start() + m.text().length());
            EntityType best = m.type();
            double bestWeight = m.weight();
            String source = m.typedBy();
            boolean possessor = POSSESSOR.matcher(right).find();
            for (Cue cue : CUES) {
                if (possessor && isProductOrBenchmark(cue.type()) || cue.fullNamesOnly() && !m.name().contains(" ")
                        || cue.notAfter() != null && cue.notAfter().matcher(left).find()) {
                    continue;
                }
                Matcher matcher = cue.pattern().matcher(cue.before() ? left : right);
                // a cue wins when it is stronger, or when, firm itself, it only says which kind of the type already
                // given is meant ("a product" → "a model")
                boolean refines = best != null && cue.type() != best && cue.type().isA(best) && cue.weight() >= Mention.FIRM_WEIGHT;
                // a cue after the name begins with ^: lookingAt finds its one match without trying every later position
                boolean found = cue.before() ? matcher.find() : matcher.lookingAt();
                if (found && (cue.weight() > bestWeight || refines)) {
                    best = refine(cue.type(), matcher.group());
                    bestWeight = Math.max(bestWeight, cue.weight());
                    source = Mention.CONTEXT;
                    if (best == EntityType.CHIP && !DESCRIBED_AFTER.matcher(matcher.group()).lookingAt() && !m.name().matches(".*\\d.*")
                            && !PRODUCT_DETERMINER.matcher(left).find()) {
                        // "Acme chips": a name without a product number right before "chips" (not in an apposition or after "is")
                        // is the maker, unless a determiner makes it the product line ("its Orbit chip", "the Orbit chips")
                        best = EntityType.COMPANY;
                        bestWeight = 1;
                    }
                }
            }
            EntityType bySuffix = bySuffix(m.name(), best);
            if (bySuffix != best) {
                best = bySuffix;
                source = NAME_SUFFIX;
            }
            if (BENCHMARK_NAME.matcher(m.name()).find() && best != EntityType.BENCHMARK && (best == null || bestWeight < BENCHMARK_NAME_WEIGHT)) {
                best = EntityType.BENCHMARK;
                bestWeight = BENCHMARK_NAME_WEIGHT;
                source = NAME_SUFFIX;
            }
            // a detector's weight stands as it gave it: below Mention.FIRM_WEIGHT its type is only a guess
            double weight = best == null ? 0 : source.equals(m.typedBy()) ? bestWeight : Math.max(bestWeight, 1);
            out.add(m.typed(best, weight, source));
        }
        propagateAlongLists(text, s.start(), out);
        return out;
    }

    private static final Pattern POSSESSOR = Pattern.compile("^['’]s?\\s");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:[Aa]n?|[Tt]he)\\s+$");
    private static final Pattern DESCRIBED_AFTER = Pattern.compile("^" + DESCRIPTION_OPENING + "\\s");
    /** Words before a name that make "X chip" the product rather than its maker. */
    private static final Pattern PRODUCT_DETERMINER = Pattern.compile(
            "\\b(?:its|their|the|this|that|one|each|current|latest|new|next-generation|named|called|dubbed|['’]s)\\s+$", Pattern.CASE_INSENSITIVE);
    /** {@link Mention#typedBy} of a type read from the name's last or first word ("Ventures", "University of"). */
    static final String NAME_SUFFIX = "name-suffix";
    /** {@link Mention#typedBy} of a type given by the same name's type elsewhere in the article. */
    static final String SAME_NAME = "same-name";
    /** {@link Mention#typedBy} of a person's type given to the first or last word of a person's name of the article. */
    static final String PART_OF_PERSONS_NAME = "part-of-persons-name";
    /**
     * How benchmarks are named: a word or word part "Bench", "-bench", "Eval", "QA" at the end, or
     * before a variant ("CodeBench", "SWE-bench Lite", "MathEval", "FactQA-Hard"); not "Workbench".
     */
    private static final Pattern BENCHMARK_NAME = Pattern.compile("(?:Bench|Eval|-bench|QA)(?:[-\\s][\\p{L}\\p{N}.]+)?$");
    private static final double BENCHMARK_NAME_WEIGHT = 2;

    private static boolean isProductOrBenchmark(EntityType t) {
        return t != null && (t.isA(EntityType.PRODUCT) || t == EntityType.BENCHMARK);
    }

    /** The organization noun of a cue tells the subclass: "hedge fund" an investment firm, "lab" a research lab. */
    private static EntityType refine(EntityType type, String cueText) {
        if (type != EntityType.ORGANIZATION) {
            return type;
        }
        String lower = cueText.toLowerCase(java.util.Locale.ROOT);
        EntityType best = EntityType.ORGANIZATION;
        int bestLength = 0;
        for (OrgNoun noun : ORG_NOUNS) {
            if (noun.word().length() > bestLength && noun.pattern().matcher(lower).find()) {
                best = noun.type();
                bestLength = noun.word().length();
            }
        }
        return best;
    }

    /** An organization noun of {@link Lexicon#ORG_NOUNS}, its type, and the regex that finds it (or its plural) as a word. */
    private record OrgNoun(String word, EntityType type, Pattern pattern) {}

    /**
     * {@link Lexicon#ORG_NOUNS} with their regexes compiled once, not for each cue that matches, in the
     * map's order: of two nouns of one length, the first in that order wins.
     */
    private static final List<OrgNoun> ORG_NOUNS = Lexicon.ORG_NOUNS.entrySet().stream()
            .map(e -> new OrgNoun(e.getKey(), EntityType.valueOf(e.getValue()), Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "(?:s|es)?\\b")))
            .toList();

    /** Names ending in "Ventures", "University", "Inc." are organizations of that kind whatever else the context says. */
    private static EntityType bySuffix(String name, EntityType current) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return current;
        }
        String first = name.substring(0, name.indexOf(' '));
        String last = name.substring(space + 1);
        String suffixType = Lexicon.ORG_SUFFIXES.get(last);
        if (suffixType == null && Lexicon.ORG_HEADS.contains(first)) {
            suffixType = first.equals("University") || first.equals("College") || first.equals("Academy") || first.equals("School")
                    ? "UNIVERSITY" : "ORGANIZATION";
            if (current == EntityType.PLACE) {
                // "University of British Columbia", "Bank of Japan": a recognizer reads the place in the name
                return EntityType.valueOf(suffixType);
            }
        }
        if (suffixType == null) {
            return current;
        }
        if (current != null && current != EntityType.ORGANIZATION && current.isOrganization()) {
            return current;
        }
        return current == null || current.isOrganization() || current == EntityType.PERSON ? EntityType.valueOf(suffixType) : current;
    }

    /** Lists pass on the types of products and benchmarks, and of investors ("led by A, with B, C and D"). */
    private static boolean listPasses(Mention item) {
        return isProductOrBenchmark(item.type()) || item.type() == EntityType.INVESTMENT_FIRM && Mention.CONTEXT.equals(item.typedBy());
    }

    /**
     * An item takes the list's type when it has none, when its own is a weaker one of the same kind,
     * or when only a detector typed it, more weakly than the list does: a recognizer's "person" for
     * the third of "benchmarks A, B and C" yields to the list.
     */
    private static boolean weakerThanList(Mention cur, Mention list) {
        if (cur.type() == null) {
            return true;
        }
        double passed = Math.min(list.weight(), 2);
        boolean typedByDetector = !Mention.CONTEXT.equals(cur.typedBy()) && !NAME_SUFFIX.equals(cur.typedBy());
        // investors are people as often as firms: a list of investors leaves a firm "person" alone
        boolean investorWhoIsAPerson = list.type() == EntityType.INVESTMENT_FIRM && cur.firmType() == EntityType.PERSON;
        return cur.weight() < list.weight() && cur.type().compatibleWith(list.type())
                || typedByDetector && cur.weight() < passed && !investorWhoIsAPerson;
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("^(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)$");

    /**
     * "benchmarks LOGIC-200, QUIZ, and CodeEval Pro": the type of a list's item passes to the untyped
     * items after it. Possessors inside a list ("Acme's Nimbus-2, Zentek's Orca") are skipped, and a
     * possessor of a model or chip is taken for an organization.
     */
    private static void propagateAlongLists(String text, int offset, List<Mention> mentions) {
        Mention previousItem = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention cur = mentions.get(i);
            String after = text.substring(Math.min(text.length(), cur.start() - offset + cur.text().length()));
            boolean possessor = POSSESSOR.matcher(after).find();
            if (possessor) {
                Mention owned = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
                if (cur.type() == null && owned != null && owned.type() != null && isProductOrBenchmark(owned.type())
                        && owned.start() - cur.end() <= 30) {
                    mentions.set(i, cur.typed(EntityType.ORGANIZATION, 1, Mention.CONTEXT));
                }
                continue;
            }
            if (previousItem != null && previousItem.type() != null && listPasses(previousItem) && weakerThanList(cur, previousItem)) {
                int gapStart = previousItem.end() - offset;
                int gapEnd = cur.start() - offset;
                String gap = gapStart <= gapEnd ? text.substring(gapStart, gapEnd) : "";
                String withoutPossessor = gap.replaceFirst("\\S+['’]s?\\s+$", "");
                if (LIST_SEPARATOR.matcher(withoutPossessor).matches() || LIST_SEPARATOR.matcher(gap).matches()) {
                    cur = cur.typed(previousItem.type(), Math.min(previousItem.weight(), 2), Mention.CONTEXT);
                    mentions.set(i, cur);
                }
            }
            previousItem = cur;
        }
    }
}
