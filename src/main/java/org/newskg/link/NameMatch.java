package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The best way one of an entity's names meets a candidate's names.
 *
 * @param kind         exact label, alias or fuzzy
 * @param entityName   the entity's name that matched
 * @param itemName     the item's label or alias it matched
 * @param throughLabel whether the entity's name is its label rather than another name
 * @param similarity   1 for exact matches, the fuzzy similarity otherwise
 */
record NameMatch(MatchKind kind, String entityName, String itemName, boolean throughLabel, double similarity) {

    private static final Comparator<NameMatch> STRONGEST_FIRST = Comparator.comparing(NameMatch::kind)
            .thenComparing(NameMatch::throughLabel, Comparator.reverseOrder())
            .thenComparing(NameMatch::similarity, Comparator.reverseOrder());

    static Optional<NameMatch> best(LinkQuery q, Candidate c) {
        NameMatch best = null;
        for (String name : q.searchNames()) {
            NameMatch m = match(name, name.equals(q.label()), c);
            if (m != null && (best == null || STRONGEST_FIRST.compare(m, best) < 0)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    private static NameMatch match(String name, boolean throughLabel, Candidate c) {
        String key = Names.key(name);
        if (key.equals(Names.key(c.label()))) {
            return new NameMatch(MatchKind.EXACT_LABEL, name, c.label(), throughLabel, 1);
        }
        for (String alias : c.aliases()) {
            if (key.equals(Names.key(alias))) {
                return new NameMatch(MatchKind.ALIAS, name, alias, throughLabel, 1);
            }
        }
        NameMatch fuzzy = null;
        List<String> itemNames = new ArrayList<>();
        itemNames.add(c.label());
        itemNames.addAll(c.aliases());
        for (String itemName : itemNames) {
            double sim = Names.fuzzySimilarity(name, itemName);
            if (sim > 0 && (fuzzy == null || sim > fuzzy.similarity())) {
                fuzzy = new NameMatch(MatchKind.FUZZY, name, itemName, throughLabel, sim);
            }
        }
        return fuzzy;
    }

    String describe() {
        String how = switch (kind) {
            case EXACT_LABEL -> "label";
            case ALIAS -> "alias";
            case FUZZY -> String.format(Locale.ROOT, "fuzzy %.2f", similarity);
        };
        return how + " \"" + itemName + "\"" + (throughLabel ? "" : " via \"" + entityName + "\"");
    }
}
