package org.newskg.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Sentence;

/**
 * Links references to the names they stand for, within one article: definite descriptions ("the
 * company", "the hedge fund", "the new AI model"), a sentence-opening "It" and the possessive
 * "its" before a model. The antecedent is a name of a compatible type in the same or the previous
 * few sentences: one of the exact subtype the noun asks for if there is one, else the most
 * salient (named or referred to most often so far, the first name counting once more), else the
 * nearest.
 */
public final class CoreferenceResolver {
    private static final int WINDOW = 5;
    /** What types a reference: its antecedent. */
    private static final String REFERENCE = "antecedent";
    /** What separates a place from the rest of a description: "the U.K. startup", "the Paris-based firm". */
    private static final Pattern AFTER_PLACE = Pattern.compile("(?:-based)?\\s+");
    /**
     * "the startup", "the little-known AI company", "the U.K. startup", "the Paris-based firm": a
     * place named among the words before the noun ("U.K.", "French", "South Korean") is a mention
     * of its own, and the reference is what follows it.
     */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]his)\\s+(?:(?:new|latest|little-known|small|young|same|AI|artificial intelligence|"
                    + "research|tech|quant|quantitative|reasoning|language|\\p{L}+-based|\\p{Lu}[\\p{L}.]*)\\s+){0,3}"
                    + "(hedge fund|fund|company|firm|startup|start-up|lab|laboratory|business|organization|organisation|chipmaker|"
                    + "group|model|chatbot)\\b");
    /**
     * What closes a name apposed to a description: a comma, semicolon or bracket, or the sentence's
     * end; not a comma before another apposition ("When Doe left the company, Acme, its rival, hired
     * her": the description ends a clause and the name begins the next).
     */
    private static final Pattern APPOSITION_CLOSES = Pattern.compile(
            "\\s*(?:,(?!\\s+(?:a|an|the|its|their|which|who|whose)\\b)|[;)]|[.!?]?[\"”’]?\\s*$)");
    private static final Pattern SUBJECT_IT = Pattern.compile("^(?:[\"“]\\s*)?It\\s+(?!['’]s\\b|is\\b|was\\b|will\\b|would\\b|may\\b|might\\b|could\\b)");
    private static final Pattern REPORTED_IT = Pattern.compile(
            ",?\\s+(?:on\\s+\\w+\\s+)?(?:has\\s+|also\\s+)?(?:said|says|claims|claimed|announced|stated|reported|added|argues|argued|insists|insisted|"
                    + "disclosed|revealed|confirmed)\\s+(?:on\\s+\\w+\\s+)?(?:that\\s+)?(it)\\b(?!['’]s)");
    /**
     * "its Model-2", "its coding tool Quill", "its own AI chip, the Q900", "its Falcon chip", "its chief
     * executive": "its" before a product number, an AI tool or chip noun and a name, a name and a chip
     * noun, or a title stands for an organization.
     */
    private static final Pattern POSSESSIVE_ITS = Pattern.compile("\\b[Ii]ts\\s+(?=(?:[\\w-]+\\s+){0,2}?\\S*\\d"
            + "|(?:[\\w-]+\\s+){0,3}?(?:" + Lexicon.AI_TOOL_NOUN + "|" + Lexicon.CHIP_NOUN + "),?\\s+(?:the\\s+)?\\p{Lu}"
            + "|(?:[\\w-]+\\s+){0,2}?(?!AI\\b)\\p{Lu}[\\w-]*\\s+" + Lexicon.CHIP_NOUN + "\\b"
            + "|(?:co-?founder and\\s+)?(?:" + Lexicon.CEO + "|" + Lexicon.FOUNDER + "|chairman|chairwoman|president)\\b)");

    /** The names and the references found, in text order; references carry their antecedent's index. */
    public List<Mention> resolve(List<Sentence> sentences, List<Mention> names) {
        List<Mention> all = new ArrayList<>(names);
        List<Mention> references = new ArrayList<>();
        for (Sentence s : sentences) {
            findDescriptions(s, names, references);
            findSubjectIt(s, names, references);
            findPossessiveIts(s, names, references);
            findReportedIt(s, names, references);
        }
        all.addAll(references);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // antecedent indices were into `names`; renumber them into the merged list
        Map<Mention, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i), i);
        }
        List<Mention> out = new ArrayList<>(all.size());
        for (Mention m : all) {
            out.add(m.isName() ? m : new Mention(m.sentence(), m.start(), m.end(), m.text(), m.name(), m.type(), m.weight(),
                    m.typedBy(), position.get(names.get(m.antecedent()))));
        }
        return out;
    }

    private void findDescriptions(Sentence s, List<Mention> names, List<Mention> out) {
        Matcher m = DESCRIPTION.matcher(s.text());
        while (m.find()) {
            int descriptionStart = s.start() + m.start();
            int end = s.start() + m.end();
            int start = afterPlaces(s, names, descriptionStart, end);
            if (overlapsName(names, start, end) || followedByName(s, m.end(), names)) {
                continue;
            }
            EntityType wanted = nounType(m.group(1));
            int apposed = apposedName(s, names, descriptionStart, wanted);
            if (apposed < 0) {
                apposed = nameApposedAfter(s, names, end, wanted);
            }
            int antecedent = apposed >= 0 ? apposed : antecedent(names, out, descriptionStart, s.index(), wanted);
            if (antecedent >= 0) {
                out.add(new Mention(s.index(), start, end, s.text().substring(start - s.start(), m.end()), names.get(antecedent).name(),
                        names.get(antecedent).firmType(), 1, REFERENCE, antecedent));
            }
        }
    }

    /**
     * Where a description starts once the places among its first words are left to their own
     * mentions: "startup" of "the U.K. startup", so that the sentence reads "the [place] [reference]".
     */
    private static int afterPlaces(Sentence s, List<Mention> names, int start, int end) {
        int after = start;
        for (Mention n : names) {
            if (n.start() >= start && n.end() < end && n.firmType() != null && n.firmType().isA(EntityType.PLACE)) {
                after = Math.max(after, n.end());
            }
        }
        if (after > start) {
            Matcher rest = AFTER_PLACE.matcher(s.text()).region(after - s.start(), end - s.start());
            after += rest.lookingAt() ? rest.end() - rest.regionStart() : 0;
        }
        return after;
    }

    /** "Acme, the startup founded in ...": a description right after a name and a comma is that name. */
    private static int apposedName(Sentence s, List<Mention> names, int start, EntityType wanted) {
        for (int i = 0; i < names.size(); i++) {
            Mention n = names.get(i);
            if (n.sentence() == s.index() && n.end() < start && canReferTo(wanted, n.firmType())
                    && s.text().substring(n.end() - s.start(), start - s.start()).matches(",\\s+")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "a subsidiary of the new company, Acme, on Monday": a description followed by a comma and a
     * name that {@link #APPOSITION_CLOSES} closes introduces that name, and refers to no earlier one.
     */
    private static int nameApposedAfter(Sentence s, List<Mention> names, int end, EntityType wanted) {
        for (int i = 0; i < names.size(); i++) {
            Mention n = names.get(i);
            if (n.sentence() == s.index() && n.start() == end + 2 && s.text().startsWith(", ", end - s.start())
                    && canReferTo(wanted, n.firmType()) && APPOSITION_CLOSES.matcher(s.text().substring(n.end() - s.start())).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /** "the startup Acme" is an apposition, not a reference: a name follows after one space. */
    private static boolean followedByName(Sentence s, int endInSentence, List<Mention> names) {
        if (endInSentence >= s.text().length() || s.text().charAt(endInSentence) != ' ') {
            return false;
        }
        int nameStart = s.start() + endInSentence + 1;
        return names.stream().anyMatch(n -> n.start() == nameStart);
    }

    private void findSubjectIt(Sentence s, List<Mention> names, List<Mention> out) {
        Matcher m = SUBJECT_IT.matcher(s.text());
        if (!m.find() || s.index() == 0) {
            return;
        }
        // "It" opening a sentence continues the subject of the previous one: its first organization or model
        for (int i = 0; i < names.size(); i++) {
            Mention n = names.get(i);
            if (n.sentence() == s.index() - 1
                    && (n.firmType() == null || n.firmType().isOrganization() || n.firmType() == EntityType.AI_MODEL)) {
                int start = s.start() + m.start() + m.group().indexOf("It");
                out.add(new Mention(s.index(), start, start + 2, "It", n.name(), n.firmType(), 1, REFERENCE, i));
                return;
            }
        }
    }

    /**
     * "Acme said it used ...": the "it" of a report is the organization that reports, whether named
     * or referred to ("The startup on Wednesday said it had raised ...").
     */
    private void findReportedIt(Sentence s, List<Mention> names, List<Mention> out) {
        List<Mention> reporters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).sentence() == s.index()) {
                reporters.add(names.get(i));
            }
        }
        for (Mention r : out) {
            if (r.sentence() == s.index()) {
                reporters.add(r);
            }
        }
        List<Mention> found = new ArrayList<>();
        for (Mention n : reporters) {
            if (!(n.firmType() == null || n.firmType().isOrganization())) {
                continue;
            }
            Matcher m = REPORTED_IT.matcher(s.text()).region(n.end() - s.start(), s.text().length());
            if (m.lookingAt()) {
                int start = s.start() + m.start(1);
                int antecedent = n.isName() ? names.indexOf(n) : n.antecedent();
                found.add(new Mention(s.index(), start, start + 2, m.group(1), n.name(), n.firmType(), 1, REFERENCE, antecedent));
            }
        }
        out.addAll(found);
    }

    private void findPossessiveIts(Sentence s, List<Mention> names, List<Mention> out) {
        Matcher m = POSSESSIVE_ITS.matcher(s.text());
        while (m.find()) {
            int start = s.start() + m.start();
            int subject = nameOpeningTheSentence(s, names, start);
            EntityType subjectType = subject >= 0 ? names.get(subject).firmType() : null;
            boolean organizationSubject = subject >= 0 && (subjectType == null || subjectType.isOrganization());
            if (subject >= 0 && !organizationSubject && subjectType != EntityType.PERSON) {
                // a sentence about a product or a place: whose "its" this is, no organization named before says
                continue;
            }
            int antecedent = organizationSubject ? subject : antecedent(names, out, start, s.index(), EntityType.ORGANIZATION);
            if (antecedent >= 0) {
                out.add(new Mention(s.index(), start, start + 3, s.text().substring(m.start(), m.start() + 3),
                        names.get(antecedent).name(), names.get(antecedent).firmType(), 1, REFERENCE, antecedent));
            }
        }
    }

    /**
     * "Acme, meanwhile, has been touting its coding tool": a possessive "its" belongs to its clause's
     * subject when an organization is that subject, however often the article names another; when a
     * person is ("Jane Doe raised money for its chips"), to the organization the article is about.
     * The first name of the sentence before the "its" is taken for the subject when few words open the
     * sentence before it and no preposition puts it in a phrase of its own ("Led by Acme, ...", "In a
     * deal with Acme, ...").
     */
    private static int nameOpeningTheSentence(Sentence s, List<Mention> names, int before) {
        for (int i = 0; i < names.size(); i++) {
            Mention n = names.get(i);
            if (n.sentence() != s.index()) {
                continue;
            }
            if (n.start() >= before) {
                return -1;
            }
            String opening = s.text().substring(0, n.start() - s.start());
            boolean subject = !IN_PHRASE.matcher(opening).find() && WORD.matcher(opening).results().count() <= MAX_WORDS_BEFORE_SUBJECT;
            return subject ? i : -1;
        }
        return -1;
    }

    /**
     * How many words may open a sentence before its subject ("On Thursday, Acme", "In early 2026 Acme");
     * a name after more stands in a clause of the sentence, not at its head.
     */
    private static final int MAX_WORDS_BEFORE_SUBJECT = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words that put a name after them in a phrase of its own rather than make it a clause's subject. */
    private static final Pattern IN_PHRASE = Pattern.compile(
            "\\b(?:by|from|with|of|to|in|at|for|on|about|like|than|as|and|or|says?|said|that|while|after|before|when)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static EntityType nounType(String noun) {
        return switch (noun) {
            case "hedge fund", "fund" -> EntityType.INVESTMENT_FIRM;
            case "lab", "laboratory" -> EntityType.RESEARCH_LAB;
            case "model", "chatbot" -> EntityType.AI_MODEL;
            case "company", "firm", "startup", "start-up", "business", "chipmaker" -> EntityType.COMPANY;
            default -> EntityType.ORGANIZATION;
        };
    }

    /**
     * Index in {@code names} of the antecedent for a reference at {@code offset}, or -1: among the
     * names it can stand for in the last {@value #WINDOW} sentences, one of the exact subtype the
     * noun asks for if there is one, else the most salient, ties to the nearest. Salience is how
     * often the article has named or referred to it so far, and the first name the reference could
     * stand for counts once more: news names its subject first, and a company named twice in a row
     * late in a story ("available on Acme and ...") is rarely what "the startup" means there.
     */
    private static int antecedent(List<Mention> names, List<Mention> referencesSoFar, int offset, int sentence, EntityType wanted) {
        Map<String, Integer> salience = new HashMap<>();
        for (Mention r : referencesSoFar) {
            salience.merge(r.name(), 1, Integer::sum);
        }
        boolean firstCandidateSeen = false;
        int exact = -1;
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < names.size(); i++) {
            Mention n = names.get(i);
            if (n.start() >= offset) {
                break;
            }
            boolean candidate = canReferTo(wanted, n.firmType());
            int count = salience.merge(n.name(), candidate && !firstCandidateSeen ? 2 : 1, Integer::sum);
            firstCandidateSeen |= candidate;
            if (n.sentence() < sentence - WINDOW || !candidate) {
                continue;
            }
            if (n.firmType() == wanted && wanted != EntityType.ORGANIZATION && wanted != EntityType.COMPANY) {
                exact = i;
            }
            if (count >= bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return exact >= 0 ? exact : best;
    }

    /**
     * An untyped name may be what "the company" refers to (the subject of a story is often named
     * without a cue); a typed one must be of the noun's kind. Universities, media and government
     * bodies are not "the company".
     */
    private static boolean canReferTo(EntityType wanted, EntityType candidate) {
        if (candidate == null) {
            return wanted != EntityType.AI_MODEL;
        }
        if (!candidate.compatibleWith(wanted)) {
            return false;
        }
        boolean institution = candidate == EntityType.UNIVERSITY || candidate == EntityType.MEDIA || candidate == EntityType.GOVERNMENT;
        return !institution || candidate == wanted;
    }

    private static boolean overlapsName(List<Mention> names, int start, int end) {
        for (Mention n : names) {
            if (n.start() < end && start < n.end()) {
                return true;
            }
        }
        return false;
    }
}
