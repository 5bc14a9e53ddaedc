package org.newskg.graph;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Places of nodes within their group by a count, most first, so that a query for the top few of a
 * group reads a few ranks instead of sorting every count of the graph ({@code nkg:mentionRank}:
 * an entity among the entities of its class by mention count; {@code nkg:articleRank}: a fact's
 * statement among the statements of its property by article count). Ties go by IRI, so the same
 * graph always gets the same ranks, whatever order its parts come in. Only the first
 * {@link #RANKED} of each group get a rank, and only those are held while the nodes are added:
 * the triples stay few, and a query that reads every rank of the graph stays fast.
 */
public final class Ranking {
    /** How many nodes of each group get a rank. */
    public static final int RANKED = 1000;

    /** A node to rank: its group, its IRI and its count. */
    public record Entry(String group, String iri, long count) implements Serializable {}

    private static final Comparator<Entry> MOST_FIRST =
            Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::iri);

    private final Property rank;
    /** The first {@link #RANKED} of each group so far, the last of them at the head. */
    private final Map<String, PriorityQueue<Entry>> groups = new TreeMap<>();

    /** A ranking whose places are written with {@code rank}. */
    public Ranking(Property rank) {
        this.rank = rank;
    }

    /** Counts a node in its group; each node is added once. */
    public void add(Entry e) {
        PriorityQueue<Entry> top = groups.computeIfAbsent(e.group(), g -> new PriorityQueue<>(MOST_FIRST.reversed()));
        top.add(e);
        if (top.size() > RANKED) {
            top.poll();
        }
    }

    /** The rank triples ({@code <iri> rank n}, n from 1), group by group, in rank order. */
    public List<Triple> triples() {
        List<Triple> out = new ArrayList<>();
        Node p = rank.asNode();
        groups.values().forEach(members -> {
            List<Entry> top = members.stream().sorted(MOST_FIRST).toList();
            for (int i = 0; i < top.size(); i++) {
                out.add(Triple.create(NodeFactory.createURI(top.get(i).iri()), p,
                        ResourceFactory.createTypedLiteral(i + 1).asNode()));
            }
        });
        return out;
    }
}
