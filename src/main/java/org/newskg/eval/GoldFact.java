package org.newskg.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;

/**
 * One row of {@code triples.tsv}.
 *
 * @param subject  canonical name of the subject entity
 * @param relation the property
 * @param object   canonical name of the object entity, or the normalised value (dollars, YYYY or YYYY-MM-DD)
 * @param required true when an article states the fact plainly; optional facts are neither rewarded nor punished
 * @param docs     article file stems that state the fact
 * @param note     the evidence, quoted
 */
public record GoldFact(String subject, Relation relation, String object, boolean required, List<String> docs, String note) {
    static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A date, possibly with a time or time zone after it (xsd:date, xsd:dateTime). */
    private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!\\d).*");

    public GoldFact {
        docs = List.copyOf(docs);
    }

    /**
     * The same fact annotated on another row (usually for another article): stated by the articles of
     * both, required when either row says so.
     */
    GoldFact mergedWith(GoldFact other) {
        List<String> allDocs = new java.util.ArrayList<>(docs);
        other.docs.stream().filter(d -> !allDocs.contains(d)).forEach(allDocs::add);
        String notes = note.isEmpty() ? other.note : other.note.isEmpty() ? note : note + "; " + other.note;
        return new GoldFact(subject, relation, object, required || other.required, allDocs, notes);
    }

    /** Whether a predicted literal states this fact's value. */
    public boolean valueMatches(Literal literal) {
        String lexical = literal.getLexicalForm().strip();
        return switch (relation.objectKind()) {
            case ENTITY -> false;
            case MONEY -> sameNumber(lexical);
            case TIME -> YEAR.matcher(object).matches() ? lexical.startsWith(object) : sameDate(lexical);
        };
    }

    private boolean sameNumber(String lexical) {
        try {
            return new BigDecimal(lexical).compareTo(new BigDecimal(object)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean sameDate(String lexical) {
        if (!DATE_PREFIX.matcher(lexical).matches()) {
            return false;
        }
        try {
            return LocalDate.parse(lexical.substring(0, 10)).equals(LocalDate.parse(object));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** "Acme foundedBy Jane Roe", for reports. */
    public String describe() {
        return subject + " " + relation.localName() + " " + object;
    }
}
