package org.newskg.model;

import java.util.List;
import org.apache.jena.rdf.model.Property;

/**
 * A fact of the knowledge graph with all the sentences that state it.
 *
 * @param subject    key of the subject entity
 * @param property   the ontology property
 * @param object     object entity or value
 * @param evidence   every sentence that states it, in article and sentence order
 * @param confidence combined confidence: the chance that at least one reading is right
 */
public record Fact(String subject, Property property, FactObject object, List<Evidence> evidence, double confidence) {
    public Fact {
        evidence = List.copyOf(evidence);
    }

    /** Combines independent readings: 1 - product of (1 - confidence). */
    public static double combine(List<Evidence> evidence) {
        double miss = 1.0;
        for (Evidence e : evidence) {
            miss *= 1.0 - e.confidence();
        }
        return 1.0 - miss;
    }
}
