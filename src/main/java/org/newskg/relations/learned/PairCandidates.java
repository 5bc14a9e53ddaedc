package org.newskg.relations.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.newskg.vocab.NKG;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.model.Signature;
import org.newskg.relations.ArticleSentence;

/**
 * The ordered pairs of mentions of a sentence that could state a relation: two mentions of
 * different entities, not overlapping, whose kinds (person, organization, place, ...) fit the
 * relation's domain and range. A mention the earlier stages left untyped may stand at one end,
 * not at both: the classifier sees "NONE" as its type and entity resolution checks the signature
 * again once the entity's type is known.
 */
final class PairCandidates {
    /** A candidate pair: indices into the article's mention list. */
    record Pair(int subject, int object) {}

    /** A candidate pair of a subject mention and a year the sentence states. */
    record YearPair(int subject, Mention year) {}

    /** Years of the last five centuries, as news and biographies write them. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,$€£])(1[5-9]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\d)");

    /** The value properties the learned reader reads, all of them years. */
    static final Set<Property> YEAR_VALUED = Set.of(NKG.foundingDate);

    private PairCandidates() {}

    static List<Pair> of(ArticleSentence s, Signature signature) {
        List<Pair> out = new ArrayList<>();
        List<Mention> mentions = s.mentions();
        for (int i = s.first(); i < s.end(); i++) {
            EntityType ti = PairFeatures.typeOf(mentions, i);
            if (!fits(signature.domain(), ti)) {
                continue;
            }
            for (int j = s.first(); j < s.end(); j++) {
                EntityType tj = PairFeatures.typeOf(mentions, j);
                if (i == j || (ti == null && tj == null) || !fits(signature.range(), tj)
                        || overlap(mentions.get(i), mentions.get(j)) || sameName(mentions, i, j)) {
                    continue;
                }
                out.add(new Pair(i, j));
            }
        }
        return out;
    }


    /** The pairs of a mention fitting the property's domain and a year of the sentence outside every name. */
    static List<YearPair> years(ArticleSentence s, Signature signature) {
        List<YearPair> out = new ArrayList<>();
        String text = s.sentence().text();
        int base = s.sentence().start();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            Mention year = new Mention(s.sentence().index(), base + m.start(), base + m.end(), m.group(), m.group(), null, 0, null, -1);
            if (s.inSentence().stream().anyMatch(n -> overlap(n, year))) {
                continue;
            }
            for (int i = s.first(); i < s.end(); i++) {
                EntityType t = PairFeatures.typeOf(s.mentions(), i);
                if (t != null && fits(signature.domain(), t)) {
                    out.add(new YearPair(i, year));
                }
            }
        }
        return out;
    }

    private static boolean fits(Set<EntityType> allowed, EntityType t) {
        if (allowed.isEmpty()) {
            return false;
        }
        if (t == null) {
            return true;
        }
        // a loop, not a stream: this runs for every mention of every sentence, for every property
        for (EntityType a : allowed) {
            if (a.root() == t.root()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean sameName(List<Mention> mentions, int i, int j) {
        return Names.key(named(mentions, i).name()).equals(Names.key(named(mentions, j).name()));
    }

    private static Mention named(List<Mention> mentions, int index) {
        Mention m = mentions.get(index);
        return m.isName() ? m : mentions.get(m.antecedent());
    }
}
