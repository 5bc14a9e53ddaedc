package org.newskg.nlp;

/**
 * A named entity an {@link EntityRecognizer} found: a span of the text it was given, the label of
 * its tag set, and how sure it is.
 *
 * @param start       start offset in the text given to the recognizer
 * @param end         end offset (exclusive)
 * @param label       the recognizer's label (OntoNotes for NLP4J: PERSON, ORG, GPE, NORP, PRODUCT, DATE, MONEY, ...)
 * @param probability the recognizer's confidence in the span and label, 0..1
 */
public record RecognizedEntity(int start, int end, String label, double probability) {}
