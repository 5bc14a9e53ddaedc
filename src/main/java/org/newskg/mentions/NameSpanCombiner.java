package org.newskg.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;

/**
 * Merges the spans of several {@link MentionDetector}s into one list of names without overlaps,
 * by one rule: of spans that overlap, the most probable is kept (the longer on a tie, then the
 * earlier), except that a product's name with its maker in front ("Acme X100") is kept whole over
 * the maker's name inside it, which recognizers tend to stop at, and a name with a country inside
 * ("Bank of China") is kept whole over the country; a span is compared with those
 * already kept, most probable first. Spans of exactly the
 * same extent agree on the name, and the kept one takes the better type of the two: the more
 * specific of compatible types (a chip over a product), else the one with more weight. Each detector states
 * its probabilities on the same scale (see each detector), so that, for instance, a lexicon's
 * technique name outranks a run of capitalized words that happens to cover it.
 */
public final class NameSpanCombiner {
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Comparator<NameSpan> PREFERENCE = Comparator.comparingDouble(NameSpan::probability).reversed()
            .thenComparing(Comparator.comparingInt((NameSpan s) -> s.end() - s.start()).reversed())
            .thenComparingInt(NameSpan::start);

    /** "Acme X100" over "Acme": a product's name that begins with the other span and goes on to a product number. */
    private static boolean isProductNamedWith(NameSpan product, NameSpan maker) {
        return product.type() != null && product.type().isA(EntityType.PRODUCT) && product.start() == maker.start()
                && product.end() > maker.end() && HAS_DIGIT.matcher(product.text().substring(maker.end() - product.start())).find();
    }

    /**
     * "Bank of China", "University of British Columbia" over "China", "British": a country the
     * lexicon knows, inside a longer name that begins before it, is a word of that name.
     */
    private static boolean isCountryInsideName(NameSpan name, NameSpan country) {
        return country.type() == EntityType.COUNTRY && name.start() < country.start() && country.end() <= name.end();
    }

    private static int indexOfSameExtent(List<NameSpan> kept, NameSpan c) {
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).start() == c.start() && kept.get(i).end() == c.end()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Two detectors found the same name: the one with the better type gives the name and the type
     * (the more specific of two compatible types, a chip over a product, else the more strongly
     * supported one, also of two alike; a lexicon's canonical name comes with its type), at the
     * higher probability.
     */
    private static NameSpan typedByBoth(NameSpan kept, NameSpan other) {
        if (other.type() == null || kept.type() != null && !prefers(other, kept)) {
            return kept;
        }
        return new NameSpan(other.sentence(), other.start(), other.end(), other.text(), other.name(), other.type(),
                other.weight(), Math.max(kept.probability(), other.probability()), other.detector());
    }

    private static boolean prefers(NameSpan other, NameSpan kept) {
        if (other.type() == kept.type()) {
            return other.weight() > kept.weight();
        }
        if (other.type().compatibleWith(kept.type())) {
            return other.type() != kept.type() && other.type().isA(kept.type());
        }
        return other.weight() > kept.weight();
    }

    /** One span for every name, in text order. */
    public List<NameSpan> combine(List<List<NameSpan>> byDetector) {
        List<NameSpan> candidates = new ArrayList<>();
        byDetector.forEach(candidates::addAll);
        candidates.sort(PREFERENCE);
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan c : candidates) {
            int agreeing = indexOfSameExtent(kept, c);
            List<NameSpan> overlapping = kept.stream().filter(c::overlaps).toList();
            if (agreeing >= 0) {
                kept.set(agreeing, typedByBoth(kept.get(agreeing), c));
            } else if (overlapping.isEmpty()) {
                kept.add(c);
            } else if (overlapping.stream().allMatch(k -> isProductNamedWith(c, k) || isCountryInsideName(c, k))) {
                kept.removeAll(overlapping);
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(NameSpan::start));
        return kept;
    }
}
