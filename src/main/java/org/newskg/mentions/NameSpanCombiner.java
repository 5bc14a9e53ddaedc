package org.newskg.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.model.NameSpan;

/**
 * Merges the spans of several {@link MentionDetector}s into one list of names without overlaps,
 * by one rule: of spans that overlap, the most probable is kept (the longer on a tie, then the
 * earlier); a span is compared with those already kept, most probable first. Each detector states
 * its probabilities on the same scale (see each detector), so that, for instance, a lexicon's
 * technique name outranks a run of capitalized words that happens to cover it.
 */
public final class NameSpanCombiner {
    private static final Comparator<NameSpan> PREFERENCE = Comparator.comparingDouble(NameSpan::probability).reversed()
            .thenComparing(Comparator.comparingInt((NameSpan s) -> s.end() - s.start()).reversed())
            .thenComparingInt(NameSpan::start);

    /** One span for every name, in text order. */
    public List<NameSpan> combine(List<List<NameSpan>> byDetector) {
        List<NameSpan> candidates = new ArrayList<>();
        byDetector.forEach(candidates::addAll);
        candidates.sort(PREFERENCE);
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan c : candidates) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(NameSpan::start));
        return kept;
    }
}
