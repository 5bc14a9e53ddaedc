package org.newskg.relations;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.newskg.model.FactObject;

/** Reads amounts of money and dates as news copy writes them into normalised literals. */
public final class Values {
    private static final Pattern MONEY = Pattern.compile(
            "(?:US)?\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(million|billion|trillion|thousand|mn|bn|[MBKmbk])?\\b",
            Pattern.CASE_INSENSITIVE);

    private Values() {}

    /** "$5.6 million" → 5600000, "$8B" → 8000000000; empty when no dollar amount is there. */
    public static Optional<BigDecimal> usDollars(String text) {
        Matcher m = MONEY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(",", ""));
        String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        BigDecimal factor = switch (scale) {
            case "thousand", "k" -> BigDecimal.valueOf(1_000L);
            case "million", "mn", "m" -> BigDecimal.valueOf(1_000_000L);
            case "billion", "bn", "b" -> BigDecimal.valueOf(1_000_000_000L);
            case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
        return Optional.of(amount.multiply(factor).stripTrailingZeros());
    }

    /** An amount of US dollars as an xsd:decimal literal. */
    public static Optional<FactObject.Value> dollarLiteral(String text) {
        return usDollars(text).map(d -> new FactObject.Value(d.toPlainString(), XSDDatatype.XSDdecimal));
    }

    /** A year of the last five centuries. */
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d{2}|20\\d{2})\\b");

    /** A four-digit year as an xsd:gYear literal. */
    public static Optional<FactObject.Value> yearLiteral(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Optional.of(new FactObject.Value(m.group(1), XSDDatatype.XSDgYear)) : Optional.empty();
    }
}
