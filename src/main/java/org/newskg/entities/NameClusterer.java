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
import org.newskg.model.EntityType;
import org.newskg.model.Names;

/**
 * Decides which name keys of the corpus stand for one entity. Names are one entity when they
 * are the same up to case, punctuation and plural ("Jane OkaFor", "Q900s"): they have one key,
 * one {@link NameRecord}. Keys are one entity when one name is the other
 * with its maker in front ("Acme X1" and "X1"), with a designator left off ("Acme Holdings"), or a
 * one-letter typo of a long name; once types are known, a person's first or last name alone joins
 * the one person of the corpus who has it. Names that differ otherwise ("X1" and "X1-Zero",
 * "Orca" and "Orca 3.1") stay apart.
 */
final class NameClusterer {
    /** Names shorter than this differ by a letter too often to be one name ("Grok" and "Groq"). */
    private static final int MIN_TYPO_LENGTH = 7;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

    /** Clusters by name alone: maker prefixes, designators and typos. */
    NameClusters cluster(List<NameRecord> corpus) {
        NameClusters clusters = new NameClusters(corpus);
        mergeMakerPrefixes(clusters);
        mergeDesignators(clusters);
        mergeTypos(clusters);
        return clusters;
    }

    /**
     * "Okafor" is "Jane Okafor" when exactly one person of the corpus has that first or last name,
     * and the single name is not firmly typed as anything but a person.
     */
    void mergePartialPersonNames(NameClusters clusters, TypeVotes votes) {
        Map<String, List<String>> personsByPart = new HashMap<>();
        for (NameRecord r : clusters.records()) {
            String name = r.firstName();
            if (name.contains(" ") && votes.rootType(clusters.clusterOf(r.key())) == EntityType.PERSON) {
                String[] parts = name.split(" ");
                for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                    personsByPart.computeIfAbsent(Names.key(part), k -> new ArrayList<>()).add(r.key());
                }
            }
        }
        for (NameRecord r : clusters.records()) {
            List<String> candidates = personsByPart.get(r.key());
            if (candidates == null || r.firstName().contains(" ")) {
                continue;
            }
            EntityType own = votes.firmRootType(clusters.clusterOf(r.key()));
            if (own != null && own != EntityType.PERSON) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            candidates.forEach(c -> distinct.add(clusters.clusterOf(c)));
            if (distinct.size() == 1) {
                clusters.merge(r.key(), candidates.get(0));
            }
        }
    }

    /** "Acme X1" is "X1" when the corpus also names Acme on its own (the maker relation is read by a relation reader). */
    private static void mergeMakerPrefixes(NameClusters clusters) {
        for (NameRecord r : clusters.records()) {
            for (String name : r.forms().keySet()) {
                int cut = Names.makerBreak(name);
                if (cut < 0) {
                    continue;
                }
                String product = name.substring(cut + 1);
                NameRecord same = clusters.record(Names.key(product));
                if (DIGIT.matcher(product).matches() && clusters.record(Names.key(name.substring(0, cut))) != null && same != null) {
                    clusters.merge(r.key(), same.key());
                }
            }
        }
    }

    private static void mergeDesignators(NameClusters clusters) {
        for (NameRecord r : clusters.records()) {
            String name = r.firstName();
            String shortName = Lexicon.withoutDesignator(name);
            if (!shortName.equals(name)) {
                NameRecord shorter = clusters.record(Names.key(shortName));
                if (shorter != null) {
                    clusters.merge(r.key(), shorter.key());
                }
            }
        }
    }

    /** "Acme Labz" for "Acme Labs": one substituted letter in a long, purely alphabetic name. */
    private static void mergeTypos(NameClusters clusters) {
        // only keys of the same first letter and length can be one substitution apart: compare within those groups
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (NameRecord r : clusters.records()) {
            String key = r.key();
            if (key.length() >= MIN_TYPO_LENGTH && LETTERS.matcher(key).matches()) {
                groups.computeIfAbsent(key.charAt(0) + "/" + key.length(), g -> new ArrayList<>()).add(key);
            }
        }
        for (List<String> keys : groups.values()) {
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    if (substitutions(keys.get(i), keys.get(j)) == 1) {
                        clusters.merge(keys.get(i), keys.get(j));
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
