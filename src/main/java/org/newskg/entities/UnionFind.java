package org.newskg.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Disjoint sets with path compression; the representative of a set is its earliest added element. */
final class UnionFind<T> {
    private final Map<T, T> parent = new HashMap<>();
    private final Map<T, Integer> order = new HashMap<>();
    private final List<T> elements = new ArrayList<>();

    void add(T x) {
        if (parent.putIfAbsent(x, x) == null) {
            order.put(x, elements.size());
            elements.add(x);
        }
    }

    T find(T x) {
        T p = parent.get(x);
        if (p == null) {
            throw new IllegalArgumentException("not in any set: " + x);
        }
        if (p.equals(x)) {
            return x;
        }
        T root = find(p);
        parent.put(x, root);
        return root;
    }

    void union(T a, T b) {
        T ra = find(a);
        T rb = find(b);
        if (!ra.equals(rb)) {
            if (order.get(ra) <= order.get(rb)) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    List<T> elements() {
        return elements;
    }
}
