package org.newskg.relations.patterns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.newskg.model.FactObject;
import org.newskg.relations.ValueContext;
import org.newskg.vocab.NKG;

/**
 * When a model was publicly released. A date without a year is placed in the year of the
 * article's publication, and only when the article's date is known.
 */
public final class ReleaseDate extends RelationDefinition {
    private static final String DATE = "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}(?:,\\s+(?:19|20)\\d{2})?";

    public ReleaseDate() {
        super(NKG.releaseDate);
        // "Model-1, released on January 20, 2025"; "Acme released Model-1 on January 20"
        pattern("released-on", 0.8, "{MODEL:s},?\\s+(?:which\\s+|that\\s+)?(?:was\\s+)?(?:released|launched|unveiled)\\s+on\\s+(?<v>" + DATE + ")");
        pattern("org-released-on", 0.8, "(?:released|launched|unveiled)\\s+{MODEL:s}\\s+on\\s+(?<v>" + DATE + ")");
    }

    @Override
    public FactObject.Value value(String captured, ValueContext context) {
        String text = captured.replaceAll("\\s+", " ");
        try {
            if (text.matches(".*\\d{4}$")) {
                return literal(LocalDate.parse(text.replace(",", ""), DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH)));
            }
            if (context.published().isEmpty()) {
                return null;
            }
            int year = context.published().get().getYear();
            return literal(LocalDate.parse(text + " " + year, DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static FactObject.Value literal(LocalDate date) {
        return new FactObject.Value(date.toString(), XSDDatatype.XSDdate);
    }
}
