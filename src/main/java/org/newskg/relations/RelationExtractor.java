package org.newskg.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.mentions.Mention;
import org.newskg.nlp.Sentence;
import org.newskg.relations.patterns.AssetsUnderManagement;
import org.newskg.relations.patterns.BasedOn;
import org.newskg.relations.patterns.CeoOf;
import org.newskg.relations.patterns.Country;
import org.newskg.relations.patterns.DevelopedBy;
import org.newskg.relations.patterns.EmployedBy;
import org.newskg.relations.patterns.EvaluatedOn;
import org.newskg.relations.patterns.FoundedBy;
import org.newskg.relations.patterns.FoundingDate;
import org.newskg.relations.patterns.InvestedIn;
import org.newskg.relations.patterns.ManufacturedBy;
import org.newskg.relations.patterns.Outperforms;
import org.newskg.relations.patterns.ParentOrganization;
import org.newskg.relations.patterns.ReleaseDate;
import org.newskg.relations.patterns.SpunOutOf;
import org.newskg.relations.patterns.TrainingCost;
import org.newskg.relations.patterns.UsedChip;
import org.newskg.relations.patterns.UsesModel;
import org.newskg.relations.patterns.UsesTechnique;

/**
 * Reads relations in each sentence of an article: the sentence is rewritten with every mention as
 * a typed slot marker, and every {@link RelationDefinition}'s patterns run over it. A match whose
 * words negate or restrict the relation ("not", "never", "cut off from", "restrictions on") is
 * dropped; who asserts the sentence and whether it is hedged go with every reading.
 */
public final class RelationExtractor {
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

    /** A correction note ("An earlier version of this story wrongly said ...") restates the error it corrects. */
    private static final Pattern CORRECTION = Pattern.compile(
            "\\b(?:earlier|previous) version of this\\b|\\b(?:wrongly|incorrectly|erroneously|mistakenly) (?:said|stated|reported|described|identified|named)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Attribution attribution = new Attribution();
    private final List<RelationDefinition> relations;

    public RelationExtractor() {
        this(RELATIONS);
    }

    public RelationExtractor(List<RelationDefinition> relations) {
        this.relations = List.copyOf(relations);
    }

    /** All readings of all relations in the article. */
    public List<Reading> read(List<Sentence> sentences, List<Mention> mentions, ValueContext context) {
        List<Reading> readings = new ArrayList<>();
        int first = 0;
        for (Sentence s : sentences) {
            int last = first;
            while (last < mentions.size() && mentions.get(last).sentence() == s.index()) {
                last++;
            }
            if (last > first || s.text().contains("$")) {
                readSentence(s, mentions, first, last, context, readings);
            }
            first = last;
        }
        return readings;
    }

    private void readSentence(Sentence s, List<Mention> mentions, int first, int last, ValueContext context, List<Reading> out) {
        String abstracted = abstracted(s, mentions, first, last);
        if (CORRECTION.matcher(abstracted).find()) {
            return;
        }
        Attribution.Result source = attribution.of(abstracted);
        Set<String> mentionTypes = new HashSet<>();
        for (int i = first; i < last; i++) {
            mentionTypes.add(mentions.get(i).type() == null ? "UNK" : mentions.get(i).type().name());
        }
        for (RelationDefinition relation : relations) {
            for (RelationDefinition.Rule rule : relation.rules()) {
                if (!rule.pattern().canMatch(mentionTypes)) {
                    continue;
                }
                for (SentencePattern.Match match : rule.pattern().matches(abstracted)) {
                    if (NEGATION.matcher(match.matchedText()).find()) {
                        continue;
                    }
                    double confidence = source.hedged() ? rule.confidence() * 0.8 : rule.confidence();
                    for (int subject : match.mentions("s")) {
                        if (match.group("v") != null) {
                            FactObject.Value value = relation.value(match.group("v"), context);
                            if (value != null) {
                                out.add(new Reading(subject, relation.property(), -1, value, s.index(), rule.name(),
                                        source.assertedBy(), source.hedged(), confidence));
                            }
                            continue;
                        }
                        for (int object : match.mentions("o")) {
                            if (object != subject) {
                                out.add(new Reading(subject, relation.property(), object, null, s.index(), rule.name(),
                                        source.assertedBy(), source.hedged(), confidence));
                            }
                        }
                    }
                }
            }
        }
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
            sb.append('⟦').append(i).append(':').append(m.type() == null ? "UNK" : m.type().name()).append('⟧');
            if (!m.isName() && m.text().equalsIgnoreCase("its")) {
                sb.append("'s");
            }
            at = m.end();
        }
        sb.append(s.text(), at - s.start(), s.text().length());
        return sb.toString().replace('’', '\'').replace('“', '"').replace('”', '"');
    }
}
