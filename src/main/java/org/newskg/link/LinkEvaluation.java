package org.newskg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.newskg.model.Entity;
import org.newskg.vocab.Iris;

/**
 * Linking precision and recall against the verified table ({@code wikidata/entities.tsv}).
 *
 * <p>A link is right when its item is a target of the table whose names include the entity's
 * label; a link to a look-alike, to a target of another name, or to an item the table does not
 * have is wrong (an unverified link counts against precision: the table is the only check there
 * is). Recall counts the table's targets with a gold entity that occurs among the entities (an
 * entity's label is the gold name or one of the target's names), and how many of them some such
 * entity links to.
 *
 * @param links          links made
 * @param rightLinks     links to the right item
 * @param lookalikeLinks links to a look-alike item
 * @param targets        targets whose gold entity occurs among the entities
 * @param targetsLinked  of those, targets linked by a matching entity
 * @param wrong          one line per wrong link: entity, item, why
 * @param missed         one line per target not linked: gold name, item
 */
public record LinkEvaluation(int links, int rightLinks, int lookalikeLinks, int targets, int targetsLinked,
                             List<String> wrong, List<String> missed) {
    public LinkEvaluation {
        wrong = List.copyOf(wrong);
        missed = List.copyOf(missed);
    }

    public static LinkEvaluation evaluate(WikidataTable table, Collection<Entity> entities, Map<String, LinkDecision> decisions) {
        return evaluate(table, entities,
                key -> Optional.ofNullable(decisions.get(key)).flatMap(LinkDecision::qid));
    }

    /** The links a graph states ({@code entity owl:sameAs wd:Q…}), whoever made them. */
    public static LinkEvaluation evaluate(WikidataTable table, Model graph) {
        return evaluate(table, GraphEntities.read(graph).entities(), key -> graph
                .listObjectsOfProperty(graph.createResource(Iris.entity(key)), OWL.sameAs).toList().stream()
                .filter(o -> o.isURIResource() && o.asResource().getURI().startsWith(Wikidata.ENTITY))
                .map(o -> o.asResource().getURI().substring(Wikidata.ENTITY.length()))
                .filter(Wikidata::isQid)
                .sorted()
                .findFirst());
    }

    private static LinkEvaluation evaluate(WikidataTable table, Collection<Entity> entities,
                                           Function<String, Optional<String>> linkOf) {
        int links = 0;
        int right = 0;
        int lookalikes = 0;
        List<String> wrong = new ArrayList<>();
        for (Entity e : entities) {
            Optional<String> qid = linkOf.apply(e.key());
            if (qid.isEmpty()) {
                continue;
            }
            links++;
            Optional<WikidataTable.Row> row = table.row(qid.get());
            if (row.isPresent() && row.get().target() && named(row.get().names(), e.label())) {
                right++;
            } else {
                String why = row.isEmpty() ? "not in the table"
                        : row.get().target() ? "a target named " + row.get().label() : "a look-alike";
                if (row.isPresent() && !row.get().target()) {
                    lookalikes++;
                }
                wrong.add(e.label() + " -> " + qid.get() + ": " + why);
            }
        }
        int targets = 0;
        int linked = 0;
        List<String> missed = new ArrayList<>();
        for (WikidataTable.Row row : table.rows()) {
            if (!row.target() || row.goldEntity().isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>(row.names());
            names.add(row.goldEntity());
            List<Entity> matching = entities.stream().filter(e -> named(names, e.label())).toList();
            if (matching.isEmpty()) {
                continue;
            }
            targets++;
            boolean found = matching.stream().anyMatch(e -> linkOf.apply(e.key()).filter(row.qid()::equals).isPresent());
            if (found) {
                linked++;
            } else {
                missed.add(row.goldEntity() + " (" + row.qid() + ")");
            }
        }
        return new LinkEvaluation(links, right, lookalikes, targets, linked, wrong, missed);
    }

    /** Right links / links; 1 when nothing is linked (no link is wrong). */
    public double precision() {
        return links == 0 ? 1.0 : (double) rightLinks / links;
    }

    /** Linked targets / targets that occur; 1 when none occurs. */
    public double recall() {
        return targets == 0 ? 1.0 : (double) targetsLinked / targets;
    }

    /** One line: precision and recall with their counts. */
    public String summary() {
        return String.format(Locale.ROOT,
                "precision %.3f (%d/%d links right, %d to look-alikes), recall %.3f (%d/%d targets linked)",
                precision(), rightLinks, links, lookalikeLinks, recall(), targetsLinked, targets);
    }

    private static boolean named(List<String> names, String label) {
        String key = Names.key(label);
        return names.stream().anyMatch(n -> Names.key(n).equals(key));
    }
}
