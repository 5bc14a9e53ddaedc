package org.newskg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.model.EntityType;

/**
 * What the linker knows about one entity: its names, its type and its context in the graph.
 *
 * @param label     canonical name
 * @param altLabels other names the articles use
 * @param type      the entity's type
 * @param context   what surrounds it in the graph
 */
public record LinkQuery(String label, List<String> altLabels, EntityType type, Context context) {
    public LinkQuery {
        altLabels = List.copyOf(altLabels);
    }

    /** A query with no context. */
    public static LinkQuery of(String label, EntityType type, String... altLabels) {
        return new LinkQuery(label, List.of(altLabels), type, Context.NONE);
    }

    public LinkQuery withContext(Context c) {
        return new LinkQuery(label, altLabels, type, c);
    }

    /**
     * The names to look up. A person's one-word other names are left out when the label is a
     * full name: "Altman" next to "Sam Altman" is a short form of it, and would only bring in
     * everybody else called Altman.
     */
    public List<String> searchNames() {
        List<String> names = new ArrayList<>();
        names.add(label);
        boolean fullName = Names.tokens(label).size() > 1;
        for (String alt : altLabels) {
            boolean surnameOfFullName = type.isA(EntityType.PERSON) && fullName && Names.tokens(alt).size() <= 1;
            if (!surnameOfFullName && !names.contains(alt)) {
                names.add(alt);
            }
        }
        return names;
    }

    /** A person known only by one word, typically a bare surname: a weak name on its own. */
    public boolean bareName() {
        return type.isA(EntityType.PERSON) && searchNames().stream().allMatch(n -> Names.tokens(n).size() <= 1);
    }

    /**
     * The entity's surroundings.
     *
     * @param countryItems     items of the countries the graph gives it ({@code nkg:country}), once linked
     * @param relatedNames     labels of the entities it shares a fact with
     * @param relatedItems     items of those entities, once linked
     * @param cooccurringNames labels of other entities of the same articles (weaker than a fact)
     * @param cooccurringItems items of those entities, once linked
     */
    public record Context(Set<String> countryItems, Set<String> relatedNames, Set<String> relatedItems,
                          Set<String> cooccurringNames, Set<String> cooccurringItems) {
        public static final Context NONE = new Context(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

        public Context {
            countryItems = Set.copyOf(countryItems);
            relatedNames = Set.copyOf(relatedNames);
            relatedItems = Set.copyOf(relatedItems);
            cooccurringNames = Set.copyOf(cooccurringNames);
            cooccurringItems = Set.copyOf(cooccurringItems);
        }
    }
}
