package org.newskg.relations.patterns;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.mentions.Lexicon;
import org.newskg.model.FactObject;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.model.Sentence;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.RelationReader;

/**
 * Reads relations in each sentence of an article: the sentence is rewritten with every mention as
 * a typed slot marker, and every {@link RelationDefinition}'s patterns run over it. A match whose
 * words negate or restrict the relation ("not", "never", "cut off from", "restrictions on") is
 * dropped; who asserts the sentence and whether it is hedged go with every reading.
 */
public final class PatternReader implements RelationReader {
    /** Every relation of the inventory, each with its patterns. */
    public static final List<RelationDefinition> RELATIONS = List.of(
            new FoundedBy(), new SpunOutOf(), new ParentOrganization(), new UsedChip(), new ManufacturedBy(),
            new DevelopedBy(), new CeoOf(), new EmployedBy(), new Country(), new Outperforms(), new EvaluatedOn(),
            new UsesModel(), new InvestedIn(), new BasedOn(), new UsesTechnique(), new TrainingCost(), new FoundingDate(),
            new AssetsUnderManagement(), new ReleaseDate());

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|n['’]t|never|no longer|denied|denies|deny|without|instead of|rather than|cut(?:ting)? (?:\\w+ ){0,3}off|"
                    + "restrict\\w*|ban(?:s|ned)?|barred|prevent\\w*|export controls?|sanction\\w*|wrongly|incorrectly|earlier version)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * An apposition or relative clause between a name and its verb ("Acme, a startup backed by Beta,
     * raised ..."; "Model-2, released on Monday, beats ..."). Patterns also run on the sentence with
     * it removed, so that they need not allow for it. It must end at a comma before a lower-case
     * word, which keeps lists of names ("Acme, the lab, Beta and Gamma") out.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "(⟦\\d+:[A-Z_]+⟧),\\s+(?:(?:a|an|the|who|whose|which|one of|now|formerly|also)\\s|\\p{Ll}+ed\\s)[^;\"]{0,150}?,\\s+(?=\\p{Ll})");
    private static final Pattern BARE_POSSESSIVE = Pattern.compile("['’]\\s");
    /** A correction note ("An earlier version of this story wrongly said ...") restates the error it corrects. */
    private static final Pattern CORRECTION = Pattern.compile(
            "\\b(?:earlier|previous) version of this\\b|\\b(?:wrongly|incorrectly|erroneously|mistakenly) (?:said|stated|reported|described|identified|named)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The name this reader gives its readings. */
    public static final String NAME = "patterns";

    private final Attribution attribution = new Attribution();
    private final List<RelationDefinition> relations;

    public PatternReader() {
        this(RELATIONS);
    }

    public PatternReader(List<RelationDefinition> relations) {
        this.relations = List.copyOf(relations);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reading> read(ArticleSentence input) {
        Sentence s = input.sentence();
        if (input.first() == input.end() && !s.text().contains("$")) {
            return List.of();
        }
        String abstracted = abstracted(s, input.mentions(), input.first(), input.end());
        SourceOf source = new SourceOf(abstracted);
        Set<String> mentionTypes = new HashSet<>();
        for (Mention m : input.inSentence()) {
            mentionTypes.add(m.firmType() == null ? "UNK" : m.firmType().name());
        }
        // the same reading from both variants of the sentence counts once
        Set<Reading> found = new LinkedHashSet<>();
        readVariant(abstracted, mentionTypes, source, input, found);
        // an apposition follows a slot and a comma: most sentences have none, and the regex need not look
        String withoutAppositions = abstracted.contains("⟧,") ? APPOSITION.matcher(abstracted).replaceAll("$1 ") : abstracted;
        if (!withoutAppositions.equals(abstracted)) {
            readVariant(withoutAppositions, mentionTypes, source, input, found);
        }
        // asked last, as most sentences give no reading to take back
        if (found.isEmpty() || CORRECTION.matcher(abstracted).find()) {
            return List.of();
        }
        return List.copyOf(found);
    }

    /** Who asserts a sentence and whether it hedges ({@link Attribution}), worked out on its first match: most sentences match no pattern. */
    private final class SourceOf {
        private final String abstracted;
        private Attribution.Result result;

        SourceOf(String abstracted) {
            this.abstracted = abstracted;
        }

        Attribution.Result get() {
            if (result == null) {
                result = attribution.of(abstracted);
            }
            return result;
        }
    }

    private void readVariant(String abstracted, Set<String> mentionTypes, SourceOf sourceOf, ArticleSentence input,
            Set<Reading> out) {
        Sentence s = input.sentence();
        String folded = RequiredText.folded(abstracted);
        for (RelationDefinition relation : relations) {
            for (RelationDefinition.Rule rule : relation.rules()) {
                if (!rule.pattern().canMatch(mentionTypes) || !rule.pattern().mayMatch(folded)) {
                    continue;
                }
                for (SentencePattern.Match match : rule.pattern().matches(abstracted)) {
                    if (NEGATION.matcher(match.matchedText()).find()) {
                        continue;
                    }
                    Attribution.Result source = sourceOf.get();
                    double confidence = source.hedged() ? rule.confidence() * 0.8 : rule.confidence();
                    for (int subject : side(rule, match, "s", input)) {
                        if (match.group("v") != null) {
                            FactObject.Value value = relation.value(match.group("v"), input.context());
                            if (value != null) {
                                out.add(new Reading(subject, relation.property(), -1, value, s.index(), NAME, rule.name(),
                                        source.assertedBy(), source.hedged(), confidence));
                            }
                            continue;
                        }
                        for (int object : side(rule, match, "o", input)) {
                            if (object != subject && !input.mentions().get(object).name().equals(input.mentions().get(subject).name())) {
                                out.add(new Reading(subject, relation.property(), object, null, s.index(), NAME, rule.name(),
                                        source.assertedBy(), source.hedged(), confidence));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The mentions a match gives for the subject ({@code s}) or object ({@code o}); for a party the
     * pattern leaves unsaid, the article's subject as the rule allows.
     */
    private static List<Integer> side(RelationDefinition.Rule rule, SentencePattern.Match match, String group, ArticleSentence input) {
        if (rule.unsaid() == RelationDefinition.UnsaidParty.NONE || rule.pattern().captures(group)) {
            return match.mentions(group);
        }
        if (input.topic() < 0) {
            return List.of();
        }
        if (rule.unsaid() == RelationDefinition.UnsaidParty.RECENT_ARTICLE_SUBJECT) {
            List<Integer> said = match.mentions(group.equals("s") ? "o" : "s");
            if (said.isEmpty() || !subjectNamedJustBefore(input, said.get(0))) {
                return List.of();
            }
        }
        return List.of(input.topic());
    }

    /**
     * Whether the article's subject is named ("Acme Corporation", "Acme Intelligence" or "Acme") or
     * referred to before mention {@code index}, in its sentence or the one before.
     */
    private static boolean subjectNamedJustBefore(ArticleSentence input, int index) {
        List<Mention> mentions = input.mentions();
        String subject = mentions.get(input.topic()).name();
        int sentence = mentions.get(index).sentence();
        for (int i = index - 1; i >= 0 && mentions.get(i).sentence() >= sentence - 1; i--) {
            if (Lexicon.mayBeOneOrganization(mentions.get(i).name(), subject)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence with mentions [first, last) replaced by {@code ⟦index:TYPE⟧}; "its" becomes a possessive slot. */
    static String abstracted(Sentence s, List<Mention> mentions, int first, int last) {
        StringBuilder sb = new StringBuilder(s.text().length() + 16);
        int at = s.start();
        for (int i = first; i < last; i++) {
            Mention m = mentions.get(i);
            if (m.start() < at) {
                continue;
            }
            sb.append(s.text(), at - s.start(), m.start() - s.start());
            sb.append('⟦').append(i).append(':').append(m.firmType() == null ? "UNK" : m.firmType().name()).append('⟧');
            at = m.end();
            if (!m.isName() && m.text().equalsIgnoreCase("its")) {
                sb.append("'s");
            } else if (m.text().endsWith("s") && BARE_POSSESSIVE.matcher(s.text()).region(at - s.start(), s.text().length()).lookingAt()) {
                // "Acme Robotics' model": written as "'s" so that patterns need only one possessive form
                sb.append("'s");
                at++;
            }
        }
        sb.append(s.text(), at - s.start(), s.text().length());
        return sb.toString().replace('’', '\'').replace('“', '"').replace('”', '"');
    }
}
