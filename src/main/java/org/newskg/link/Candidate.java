package org.newskg.link;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A Wikidata item that might be the entity, with what ranking needs to know about it. Both
 * candidate sources fill it from Wikidata's own data, so they rank the same way.
 *
 * @param qid          the item's id, such as {@code Q42}
 * @param label        English label
 * @param aliases      English aliases
 * @param description  English description, empty when there is none
 * @param instanceOf   classes the item is an instance of ({@code wdt:P31})
 * @param countries    its countries ({@code wdt:P17})
 * @param relatedItems other items its statements point to (developer, founder, parent ...)
 * @param sitelinks    how many Wikipedia and sister-project pages it has, where known: a
 *                     measure of how well known it is
 */
public record Candidate(String qid, String label, List<String> aliases, String description,
                        Set<String> instanceOf, Set<String> countries, Set<String> relatedItems,
                        OptionalInt sitelinks) {
    public Candidate {
        aliases = List.copyOf(aliases);
        instanceOf = Set.copyOf(instanceOf);
        countries = Set.copyOf(countries);
        relatedItems = Set.copyOf(relatedItems);
    }
}
