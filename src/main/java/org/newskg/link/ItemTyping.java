package org.newskg.link;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.model.EntityType;
import org.newskg.vocab.Ontology;

/**
 * Tells what kind of thing a Wikidata item is: from its classes ({@code wdt:P31}) where they are
 * known, else from the head noun of its description ("American technology <b>company</b> that
 * designs GPUs", "edible <b>fruit</b> of the apple tree").
 */
public final class ItemTyping {
    /** How well an item's kind fits the kind wanted, and the evidence for it. */
    public enum Fit {
        /** One of its classes is of the wanted kind. */
        CLASS,
        /** It has no known class, and its description names the wanted kind. */
        DESCRIPTION,
        /** Nothing tells what it is. */
        UNKNOWN,
        /** It is something else. */
        MISMATCH
    }

    /**
     * Wikidata classes beyond those the ontology aligns its own classes to ({@code rdfs:seeAlso
     * wd:…}, read from the ontology): the common ones for companies, institutions, places,
     * software and living things.
     */
    private static final Map<String, ItemKind> KNOWN_CLASSES = Map.ofEntries(
            Map.entry("Q783794", ItemKind.ORGANIZATION),   // company
            Map.entry("Q891723", ItemKind.ORGANIZATION),   // public company
            Map.entry("Q6881511", ItemKind.ORGANIZATION),  // enterprise
            Map.entry("Q163740", ItemKind.ORGANIZATION),   // nonprofit organization
            Map.entry("Q31855", ItemKind.ORGANIZATION),    // research institute
            Map.entry("Q1664720", ItemKind.ORGANIZATION),  // institute
            Map.entry("Q327333", ItemKind.ORGANIZATION),   // government agency
            Map.entry("Q875538", ItemKind.ORGANIZATION),   // public university
            Map.entry("Q902104", ItemKind.ORGANIZATION),   // private university
            Map.entry("Q7397", ItemKind.AI_MODEL),         // software
            Map.entry("Q3624078", ItemKind.PLACE),         // sovereign state
            Map.entry("Q5119", ItemKind.PLACE),            // capital city
            Map.entry("Q4022", ItemKind.PLACE),            // river
            Map.entry("Q16521", ItemKind.OTHER),           // taxon
            Map.entry("Q8928", ItemKind.OTHER));           // constellation

    /**
     * Head nouns of descriptions, by kind. Multi-word entries are matched as phrases. The last
     * head noun before the description's first preposition or clause wins: "machine learning
     * platform company" is a company, "chatbot app by X" an app.
     */
    private static final Map<ItemKind, List<String>> HEAD_NOUNS = Map.of(
            ItemKind.PERSON, List.of("person", "human", "politician", "businessman", "businesswoman", "businessperson",
                    "entrepreneur", "engineer", "scientist", "researcher", "executive", "investor", "capitalist",
                    "inventor", "president", "actor", "actress", "writer", "journalist", "economist", "professor",
                    "founder", "programmer", "physicist", "mathematician", "analyst", "banker", "lawyer", "diplomat",
                    "official", "chairman", "chairwoman", "philanthropist", "activist", "author", "artist",
                    "musician", "singer", "athlete", "footballer", "player", "son", "daughter"),
            ItemKind.ORGANIZATION, List.of("company", "corporation", "organization", "organisation", "business",
                    "enterprise", "firm", "conglomerate", "startup", "start up", "university", "college", "school",
                    "academy", "institute", "laboratory", "lab", "agency", "ministry", "government", "foundation",
                    "nonprofit", "association", "society", "fund", "bank", "manufacturer", "publisher", "newspaper",
                    "magazine", "broadcaster", "subsidiary", "division", "consortium", "council", "commission",
                    "department", "regulator", "think tank"),
            ItemKind.AI_MODEL, List.of("model", "language model", "chatbot", "neural network", "software"),
            ItemKind.CHIP, List.of("chip", "microchip", "processor", "microprocessor", "gpu", "graphics processing unit",
                    "accelerator", "integrated circuit"),
            ItemKind.PLACE, List.of("country", "state", "city", "town", "village", "capital", "province", "region",
                    "river", "lake", "mountain", "island", "continent", "county", "municipality", "district",
                    "prefecture", "metropolis", "territory"),
            ItemKind.BENCHMARK, List.of("benchmark", "dataset", "data set", "test suite"),
            ItemKind.TECHNIQUE, List.of("technique", "method", "algorithm", "field", "paradigm", "approach",
                    "architecture", "concept"),
            ItemKind.OTHER, List.of("fruit", "vegetable", "plant", "tree", "animal", "species", "genus", "mammal",
                    "camelid", "bird", "fish", "insect", "constellation", "star", "planet", "galaxy", "asteroid",
                    "mineral", "film", "album", "song", "novel", "book", "episode", "series", "video game", "game",
                    "painting", "app", "application", "product", "service", "website", "search engine", "browser",
                    "device", "smartphone", "brand", "platform"));

    /** Words that end a description's head: what follows them qualifies it ("company that designs GPUs"). */
    private static final Set<String> HEAD_ENDS = Set.of("of", "by", "in", "for", "from", "behind", "at", "with", "on",
            "to", "that", "which", "who", "developed", "created", "made", "owned", "based", "founded",
            "headquartered", "used", "not");

    private final Map<String, ItemKind> classes;

    private ItemTyping(Map<String, ItemKind> classes) {
        this.classes = classes;
    }

    /** Classes aligned in the ontology plus the common ones above. */
    public static ItemTyping standard() {
        Map<String, ItemKind> classes = new HashMap<>(KNOWN_CLASSES);
        Model ontology = Ontology.load();
        for (EntityType type : EntityType.values()) {
            ItemKind kind = ItemKind.of(type);
            ontology.listObjectsOfProperty(type.rdfClass(), RDFS.seeAlso).forEach((RDFNode o) -> {
                if (o.isURIResource() && o.asResource().getURI().startsWith(Wikidata.ENTITY)) {
                    classes.put(o.asResource().getURI().substring(Wikidata.ENTITY.length()), kind);
                }
            });
        }
        return new ItemTyping(Map.copyOf(classes));
    }

    /**
     * How the item fits the wanted kind. Known classes decide when there are any (an item can be
     * of several kinds, a company and a website); an item whose classes are all unknown here, or
     * which has none, is judged by its description.
     */
    public Fit fit(Candidate c, ItemKind wanted) {
        Set<ItemKind> fromClasses = kindsOfClasses(c);
        if (!fromClasses.isEmpty()) {
            return fromClasses.stream().anyMatch(k -> k.fits(wanted)) ? Fit.CLASS : Fit.MISMATCH;
        }
        ItemKind described = headKind(c.description());
        if (described == ItemKind.UNKNOWN) {
            return Fit.UNKNOWN;
        }
        return described.fits(wanted) ? Fit.DESCRIPTION : Fit.MISMATCH;
    }

    /**
     * What kind of thing an item is: the kind of its known classes when they agree, else the kind
     * its description names; UNKNOWN when classes disagree or nothing tells.
     */
    public ItemKind kindOf(Candidate c) {
        Set<ItemKind> fromClasses = kindsOfClasses(c);
        if (fromClasses.size() == 1) {
            return fromClasses.iterator().next();
        }
        return fromClasses.isEmpty() ? headKind(c.description()) : ItemKind.UNKNOWN;
    }

    /** The kinds of the item's known classes ({@code wdt:P31}); empty when none is known here. */
    private Set<ItemKind> kindsOfClasses(Candidate c) {
        Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
        for (String cls : c.instanceOf()) {
            ItemKind k = classes.get(cls);
            if (k != null) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    /** The kind the description's head noun names, or UNKNOWN. */
    static ItemKind headKind(String description) {
        String head = description;
        int cut = indexOfAny(head, ",;(");
        if (cut >= 0) {
            head = head.substring(0, cut);
        }
        List<String> words = Names.tokens(head);
        int end = 0;
        while (end < words.size() && !HEAD_ENDS.contains(words.get(end))) {
            end++;
        }
        String phrase = " " + String.join(" ", words.subList(0, end)) + " ";
        ItemKind kind = ItemKind.UNKNOWN;
        int lastEnd = -1;
        for (Map.Entry<ItemKind, List<String>> e : HEAD_NOUNS.entrySet()) {
            for (String noun : e.getValue()) {
                int at = phrase.lastIndexOf(" " + noun + " ");
                int nounEnd = at < 0 ? -1 : at + noun.length() + 1;
                if (nounEnd > lastEnd) {
                    lastEnd = nounEnd;
                    kind = e.getKey();
                }
            }
        }
        return kind;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
