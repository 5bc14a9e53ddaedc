package org.newskg.export;

import java.util.HashMap;
import java.util.Map;

/** Short ids for formats whose ids cannot be IRIs: {@code n<i>} for the i-th node, {@code e<i>} for the i-th edge. */
final class Ids {
    private final Map<String, String> nodeIds = new HashMap<>();

    Ids(PropertyGraph graph) {
        for (PropertyGraph.Node n : graph.nodes()) {
            nodeIds.put(n.iri(), "n" + nodeIds.size());
        }
    }

    String node(String iri) {
        return nodeIds.get(iri);
    }

    static String edge(int index) {
        return "e" + index;
    }
}
