package org.newskg.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.mentions.Lexicon;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.EntityType;
import org.newskg.model.Names;

/**
 * Decides which name mentions of the corpus stand for one entity. Names are one entity when they
 * are the same up to case, punctuation and plural ("Jane OkaFor", "Q900s"), when one is the other
 * with its maker in front ("Acme X1" and "X1"), with a designator left off ("Acme Holdings"), or a
 * one-letter typo of a long name; once types are known, a person's first or last name alone joins
 * the one person of the corpus who has it. Names that differ otherwise ("X1" and "X1-Zero",
 * "Orca" and "Orca 3.1") stay apart.
 */
final class NameClusterer {
    /** Names shorter than this differ by a letter too often to be one name ("Grok" and "Groq"). */
    private static final int MIN_TYPO_LENGTH = 7;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** Clusters by name alone: keys, maker prefixes, designators and typos. */
    NameClusters cluster(List<ArticleExtraction> articles) {
        NameClusters clusters = new NameClusters(articles);
        Map<String, List<MentionRef>> byKey = byKey(clusters);
        byKey.values().forEach(refs -> refs.forEach(r -> clusters.merge(refs.get(0), r)));
        mergeMakerPrefixes(clusters, byKey);
        mergeDesignators(clusters, byKey);
        mergeTypos(byKey, clusters);
        return clusters;
    }

    /**
     * "Okafor" is "Jane Okafor" when exactly one person of the corpus has that first or last name,
     * and the single name is not firmly typed as anything but a person.
     */
    void mergePartialPersonNames(NameClusters clusters, TypeVotes votes) {
        Map<String, List<MentionRef>> byKey = byKey(clusters);
        Map<String, List<MentionRef>> personsByPart = new HashMap<>();
        for (List<MentionRef> refs : byKey.values()) {
            String name = clusters.mention(refs.get(0)).name();
            if (name.contains(" ") && votes.rootType(clusters.clusterOf(refs.get(0))) == EntityType.PERSON) {
                String[] parts = name.split(" ");
                for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                    personsByPart.computeIfAbsent(Names.key(part), k -> new ArrayList<>()).add(refs.get(0));
                }
            }
        }
        for (Map.Entry<String, List<MentionRef>> e : byKey.entrySet()) {
            List<MentionRef> candidates = personsByPart.get(e.getKey());
            MentionRef single = e.getValue().get(0);
            if (candidates == null || clusters.mention(single).name().contains(" ")) {
                continue;
            }
            EntityType own = votes.firmRootType(clusters.clusterOf(single));
            if (own != null && own != EntityType.PERSON) {
                continue;
            }
            Set<MentionRef> distinct = new HashSet<>();
            candidates.forEach(c -> distinct.add(clusters.clusterOf(c)));
            if (distinct.size() == 1) {
                clusters.merge(single, candidates.get(0));
            }
        }
    }

    private static Map<String, List<MentionRef>> byKey(NameClusters clusters) {
        Map<String, List<MentionRef>> byKey = new LinkedHashMap<>();
        for (MentionRef ref : clusters.names()) {
            byKey.computeIfAbsent(Names.key(clusters.mention(ref).name()), k -> new ArrayList<>()).add(ref);
        }
        return byKey;
    }

    /** "Acme X1" is "X1" when the corpus also names Acme on its own (the maker relation is read by a relation reader). */
    private static void mergeMakerPrefixes(NameClusters clusters, Map<String, List<MentionRef>> byKey) {
        for (List<MentionRef> refs : byKey.values()) {
            for (MentionRef ref : refs) {
                String name = clusters.mention(ref).name();
                int cut = Names.makerBreak(name);
                if (cut < 0) {
                    continue;
                }
                String product = name.substring(cut + 1);
                List<MentionRef> same = byKey.get(Names.key(product));
                if (product.matches(".*\\d.*") && byKey.containsKey(Names.key(name.substring(0, cut))) && same != null) {
                    clusters.merge(ref, same.get(0));
                }
            }
        }
    }

    private static void mergeDesignators(NameClusters clusters, Map<String, List<MentionRef>> byKey) {
        for (List<MentionRef> refs : byKey.values()) {
            String name = clusters.mention(refs.get(0)).name();
            String shortName = Lexicon.withoutDesignator(name);
            if (!shortName.equals(name)) {
                List<MentionRef> shorter = byKey.get(Names.key(shortName));
                if (shorter != null) {
                    clusters.merge(refs.get(0), shorter.get(0));
                }
            }
        }
    }

    /** "Acme Labz" for "Acme Labs": one substituted letter in a long, purely alphabetic name. */
    private static void mergeTypos(Map<String, List<MentionRef>> byKey, NameClusters clusters) {
        // only keys of the same first letter and length can be one substitution apart: compare within those groups
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String key : byKey.keySet()) {
            if (key.length() >= MIN_TYPO_LENGTH && LETTERS.matcher(key).matches()) {
                groups.computeIfAbsent(key.charAt(0) + "/" + key.length(), g -> new ArrayList<>()).add(key);
            }
        }
        for (List<String> keys : groups.values()) {
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    if (substitutions(keys.get(i), keys.get(j)) == 1) {
                        clusters.merge(byKey.get(keys.get(i)).get(0), byKey.get(keys.get(j)).get(0));
                    }
                }
            }
        }
    }

    private static int substitutions(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }
}
