package org.newskg.model;

import org.apache.jena.rdf.model.Property;

/**
 * One reading of a relation in one sentence, between mentions of one article: the raw material of
 * a {@link Fact} before entity resolution.
 *
 * @param subject    index of the subject mention in the article's mention list
 * @param property   the ontology property
 * @param object     index of the object mention, or -1 when {@code value} is set
 * @param value      the literal object of a value property, or null
 * @param sentence   index of the sentence
 * @param reader     name of the {@code RelationReader} that read it (with its model's version)
 * @param rule       name of the rule or model output that read it
 * @param assertedBy index of the mention that asserts it (a quoted or cited source), or -1 for the article
 * @param hedged     whether the sentence hedges it
 * @param confidence the rule's confidence, 0..1
 */
public record Reading(int subject, Property property, int object, FactObject.Value value, int sentence,
                      String reader, String rule, int assertedBy, boolean hedged, double confidence) {}
