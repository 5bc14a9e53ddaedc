package org.newskg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-checked table of Wikidata items ({@code wikidata/entities.tsv}): the items the
 * corpus's entities must link to ({@code target}) and items with the same names that must never be
 * chosen ({@code lookalike}). Columns are found by their header names.
 */
public record WikidataTable(List<Row> rows) {
    public WikidataTable {
        rows = List.copyOf(rows);
    }

    /**
     * One item.
     *
     * @param qid         the item
     * @param label       Wikidata's English label
     * @param aliases     other names
     * @param description English description
     * @param instanceOf  {@code wdt:P31} classes, where confirmed
     * @param countries   {@code wdt:P17}, where confirmed
     * @param target      a right answer (true) or a look-alike (false)
     * @param goldEntity  for targets, the canonical name of the gold entity; empty when none
     */
    public record Row(String qid, String label, List<String> aliases, String description, List<String> instanceOf,
                      List<String> countries, boolean target, String goldEntity) {
        /** Label and aliases. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(label);
            names.addAll(aliases);
            return names;
        }
    }

    private static final List<String> COLUMNS = List.of("qid", "label", "aliases", "description", "instance_of",
            "country", "role", "gold_entity");

    /** Reads the table; a malformed line is an exception naming the file, the line and the reason. */
    public static WikidataTable read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(file + ": empty, expected a header line " + String.join("\t", COLUMNS));
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        Map<String, Integer> column = new HashMap<>();
        for (String c : COLUMNS) {
            if (!header.contains(c)) {
                throw new IOException(file + ": line 1: missing column '" + c + "'");
            }
            column.put(c, header.indexOf(c));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ": line " + (i + 1) + ": ";
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.size()) {
                throw new IOException(where + cells.length + " columns, expected " + header.size());
            }
            String qid = cells[column.get("qid")].strip();
            if (!Wikidata.isQid(qid)) {
                throw new IOException(where + "'" + qid + "' is not a Wikidata item id (Q followed by digits)");
            }
            if (!seen.add(qid)) {
                throw new IOException(where + qid + " appears twice");
            }
            String label = cells[column.get("label")].strip();
            if (label.isEmpty()) {
                throw new IOException(where + qid + " has no label");
            }
            String role = cells[column.get("role")].strip();
            if (!role.equals("target") && !role.equals("lookalike")) {
                throw new IOException(where + "role '" + role + "' is neither 'target' nor 'lookalike'");
            }
            rows.add(new Row(qid, label, list(cells[column.get("aliases")]), cells[column.get("description")].strip(),
                    qids(where, "instance_of", cells[column.get("instance_of")]),
                    qids(where, "country", cells[column.get("country")]),
                    role.equals("target"), cells[column.get("gold_entity")].strip()));
        }
        return new WikidataTable(rows);
    }

    public Optional<Row> row(String qid) {
        return rows.stream().filter(r -> r.qid().equals(qid)).findFirst();
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static List<String> qids(String where, String columnName, String cell) throws IOException {
        List<String> out = list(cell);
        for (String q : out) {
            if (!Wikidata.isQid(q)) {
                throw new IOException(where + columnName + " '" + q + "' is not a Wikidata item id");
            }
        }
        return out;
    }
}
