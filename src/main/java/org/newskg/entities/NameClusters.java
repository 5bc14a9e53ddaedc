package org.newskg.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The name keys of a corpus partitioned into entities. A cluster is named by its representative:
 * of its keys, the one named first in the corpus.
 */
final class NameClusters {
    private final Map<String, NameRecord> records = new LinkedHashMap<>();
    private final UnionFind<String> sets = new UnionFind<>();

    /** Every key of the corpus in a cluster of its own; the records of distinct keys, in any order. */
    NameClusters(Collection<NameRecord> corpus) {
        List<NameRecord> inOrder = new ArrayList<>(corpus);
        inOrder.sort(Comparator.comparingLong(NameRecord::article).thenComparingInt(NameRecord::mention));
        for (NameRecord r : inOrder) {
            if (records.putIfAbsent(r.key(), r) != null) {
                throw new IllegalArgumentException("two records of key " + r.key());
            }
            sets.add(r.key());
        }
    }

    /** The records, in the order their keys are first named in the corpus. */
    Collection<NameRecord> records() {
        return records.values();
    }

    NameRecord record(String key) {
        return records.get(key);
    }

    /** The cluster a key belongs to, named by its representative key. */
    String clusterOf(String key) {
        return sets.find(key);
    }

    void merge(String a, String b) {
        sets.union(a, b);
    }

    /** Each cluster's records, clusters in the order of their first mention. */
    Map<String, List<NameRecord>> members() {
        Map<String, List<NameRecord>> members = new LinkedHashMap<>();
        for (NameRecord r : records.values()) {
            members.computeIfAbsent(sets.find(r.key()), k -> new ArrayList<>()).add(r);
        }
        return members;
    }
}
