package org.newskg.eval;

import java.util.List;

/**
 * One row of {@code entities.tsv}.
 *
 * @param name     canonical name, which {@code triples.tsv} uses to refer to the entity
 * @param type     gold type
 * @param aliases  surface forms that stand for the entity in a graph label
 * @param wikidata Wikidata QID, or empty when not verified
 */
public record GoldEntity(String name, GoldType type, List<String> aliases, String wikidata) {
    public GoldEntity {
        aliases = List.copyOf(aliases);
    }
}
