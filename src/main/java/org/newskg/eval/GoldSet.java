package org.newskg.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The hand-made reference: gold entities with their aliases and gold facts, read from a folder
 * holding {@code entities.tsv} and {@code triples.tsv} (format in {@code gold/README.md}).
 */
public final class GoldSet {
    public static final String ENTITIES_FILE = "entities.tsv";
    public static final String TRIPLES_FILE = "triples.tsv";
    private static final List<String> ENTITIES_HEADER = List.of("entity", "type", "aliases", "wikidata");
    private static final List<String> TRIPLES_HEADER = List.of("subject", "predicate", "object", "status", "docs", "note");
    private static final Pattern QID = Pattern.compile("Q\\d+");

    private final List<GoldEntity> entities;
    private final List<GoldFact> facts;
    private final Map<String, GoldEntity> byName;

    private GoldSet(List<GoldEntity> entities, List<GoldFact> facts) {
        this.entities = List.copyOf(entities);
        this.facts = List.copyOf(facts);
        this.byName = this.entities.stream().collect(Collectors.toUnmodifiableMap(GoldEntity::name, e -> e));
    }

    /** Reads {@code entities.tsv} and {@code triples.tsv} from {@code dir}; a bad row fails with its file and line. */
    public static GoldSet read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": gold folder not found");
        }
        List<GoldEntity> entities = new ArrayList<>();
        Map<String, GoldEntity> byName = new HashMap<>();
        for (Row row : rows(dir.resolve(ENTITIES_FILE), ENTITIES_HEADER, 3)) {
            GoldEntity e = entity(row);
            if (byName.putIfAbsent(e.name(), e) != null) {
                throw row.error("entity '" + e.name() + "' is listed twice");
            }
            entities.add(e);
        }
        // A fact annotated again for another article is one fact stated by both: its rows are merged.
        Map<String, GoldFact> facts = new LinkedHashMap<>();
        for (Row row : rows(dir.resolve(TRIPLES_FILE), TRIPLES_HEADER, 4)) {
            GoldFact f = fact(row, byName);
            facts.merge(f.describe(), f, GoldFact::mergedWith);
        }
        return new GoldSet(entities, new ArrayList<>(facts.values()));
    }

    public List<GoldEntity> entities() {
        return entities;
    }

    public List<GoldFact> facts() {
        return facts;
    }

    public Optional<GoldEntity> entity(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public long requiredFacts() {
        return facts.stream().filter(GoldFact::required).count();
    }

    private static GoldEntity entity(Row row) throws IOException {
        String name = row.nonEmpty(0, "entity");
        String typeName = row.nonEmpty(1, "type");
        GoldType type = GoldType.byName(typeName).orElseThrow(() -> row.error("unknown type '" + typeName
                + "'; expected one of " + Arrays.toString(GoldType.values())));
        List<String> aliases = row.list(2, "\\|");
        if (aliases.isEmpty()) {
            // an entity annotated without its surface forms is written as its canonical name
            aliases = List.of(name);
        }
        String wikidata = row.cell(3);
        if (!wikidata.isEmpty() && !QID.matcher(wikidata).matches()) {
            throw row.error("wikidata '" + wikidata + "' is not a QID like Q42");
        }
        return new GoldEntity(name, type, aliases, wikidata);
    }

    private static GoldFact fact(Row row, Map<String, GoldEntity> entities) throws IOException {
        String subject = row.nonEmpty(0, "subject");
        if (!entities.containsKey(subject)) {
            throw row.error("subject '" + subject + "' is not an entity of " + ENTITIES_FILE);
        }
        String predicate = row.nonEmpty(1, "predicate");
        Relation relation = Relation.byLocalName(predicate).orElseThrow(() -> row.error("predicate '" + predicate
                + "' is not in the relation inventory"));
        String object = row.nonEmpty(2, "object");
        String objectProblem = switch (relation.objectKind()) {
            case ENTITY -> entities.containsKey(object) ? null : "object '" + object + "' is not an entity of " + ENTITIES_FILE;
            case MONEY -> isAmount(object) ? null : "object '" + object + "' of " + predicate + " is not an amount like 5600000";
            case TIME -> isYearOrDate(object) ? null : "object '" + object + "' of " + predicate + " is not a year YYYY or a date YYYY-MM-DD";
        };
        if (objectProblem != null) {
            throw row.error(objectProblem);
        }
        String status = row.nonEmpty(3, "status");
        if (!status.equals("required") && !status.equals("optional")) {
            throw row.error("status '" + status + "' is neither required nor optional");
        }
        return new GoldFact(subject, relation, object, status.equals("required"), row.list(4, ","), row.cell(5));
    }

    private static boolean isAmount(String s) {
        try {
            return new BigDecimal(s).signum() >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isYearOrDate(String s) {
        if (GoldFact.YEAR.matcher(s).matches()) {
            return true;
        }
        try {
            return GoldFact.DATE.matcher(s).matches() && LocalDate.parse(s) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The data rows of a TSV file after checking its header; blank lines are skipped. */
    private static List<Row> rows(Path file, List<String> header, int minColumns) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": file not found");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        }
        if (lines.isEmpty() || !Arrays.asList(lines.get(0).replace("\uFEFF", "").split("\t", -1)).equals(header)) {
            throw new IOException(file + " line 1: expected the header " + String.join("<tab>", header));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Row row = new Row(file, i + 1, lines.get(i).split("\t", -1));
            if (row.cells().length < minColumns || row.cells().length > header.size()) {
                throw row.error(row.cells().length + " tab-separated columns, expected "
                        + (minColumns == header.size() ? "" : minColumns + " to ") + header.size() + " (" + String.join(", ", header) + ")");
            }
            rows.add(row);
        }
        return rows;
    }

    private record Row(Path file, int line, String[] cells) {
        String cell(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }

        String nonEmpty(int i, String column) throws IOException {
            String value = cell(i);
            if (value.isEmpty()) {
                throw error("empty " + column);
            }
            return value;
        }

        List<String> list(int i, String separator) {
            return Arrays.stream(cell(i).split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        IOException error(String reason) {
            return new IOException(file + " line " + line + ": " + reason);
        }
    }
}
