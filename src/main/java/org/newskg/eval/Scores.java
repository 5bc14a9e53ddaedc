package org.newskg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring a graph against the gold set.
 *
 * @param byProperty     counts per property of the relation inventory, in inventory order
 * @param overall        micro-averaged counts over all properties
 * @param predictions    triples whose predicate is in the relation inventory
 * @param ignored        predictions that match only optional facts
 * @param typing         how the gold entities found in the graph are typed
 * @param falsePositives predictions that match no gold fact, in inventory order
 * @param misses         required gold facts the graph does not state, in gold file order
 */
public record Scores(Map<Relation, Score> byProperty, Score overall, int predictions, int ignored,
                     EntityTyping typing, List<FalsePositive> falsePositives, List<Miss> misses) {
    public Scores {
        byProperty = Collections.unmodifiableMap(new EnumMap<>(byProperty));
        falsePositives = List.copyOf(falsePositives);
        misses = List.copyOf(misses);
    }

    public Score of(Relation relation) {
        return byProperty.getOrDefault(relation, Score.ZERO);
    }

    /**
     * A prediction that matches no gold fact, with each node shown by its label and, in brackets,
     * the gold entity it was read as: {@code [= Name]}, {@code [not in gold]} or
     * {@code [ambiguous: A | B]} when its altLabels fit several gold entities.
     */
    public record FalsePositive(String subject, Relation relation, String object) {
        public String describe() {
            return subject + " " + relation.localName() + " " + object;
        }
    }

    /** A required gold fact the graph does not state, and whether its entities are in the graph at all. */
    public record Miss(GoldFact fact, Cause cause) {
        public enum Cause {
            NOT_EXTRACTED("its entities are in the graph"),
            SUBJECT_NOT_FOUND("subject not in the graph"),
            OBJECT_NOT_FOUND("object not in the graph"),
            NEITHER_FOUND("subject and object not in the graph");

            private final String text;

            Cause(String text) {
                this.text = text;
            }

            public String text() {
                return text;
            }
        }
    }

    /**
     * Entity typing over the gold entities.
     *
     * @param goldEntities   entities in the gold set
     * @param found          gold entities some graph node stands for
     * @param correctlyTyped found entities with a node typed with the gold class or a subclass of it
     * @param wronglyTyped   found entities none of whose nodes has such a type
     * @param missing        canonical names of the gold entities no node stands for
     */
    public record EntityTyping(int goldEntities, int found, int correctlyTyped, List<WrongType> wronglyTyped, List<String> missing) {
        public EntityTyping {
            wronglyTyped = List.copyOf(wronglyTyped);
            missing = List.copyOf(missing);
        }

        /** Correctly typed / found; 0 when nothing was found. */
        public double accuracy() {
            return found == 0 ? 0 : (double) correctlyTyped / found;
        }
    }

    /**
     * A found gold entity without the right type.
     *
     * @param entity     canonical name
     * @param goldType   type in the gold set
     * @param graphTypes the rdf:types of its nodes, as prefixed names
     */
    public record WrongType(String entity, GoldType goldType, List<String> graphTypes) {
        public WrongType {
            graphTypes = List.copyOf(graphTypes);
        }
    }
}
