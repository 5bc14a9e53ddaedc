package org.newskg.link;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The IRIs of Wikidata's RDF shape that linking reads and writes. */
public final class Wikidata {
    /** Items: {@code wd:Q42}. */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** Direct ("truthy") statements: {@code wdt:P31}. */
    public static final String PROP_DIRECT = "http://www.wikidata.org/prop/direct/";
    /** Wikidata writes descriptions with schema.org's http namespace. */
    public static final String SCHEMA = "http://schema.org/";
    public static final String WIKIBASE = "http://wikiba.se/ontology#";

    public static final Property instanceOf = ResourceFactory.createProperty(PROP_DIRECT + "P31");
    public static final Property country = ResourceFactory.createProperty(PROP_DIRECT + "P17");
    public static final Property description = ResourceFactory.createProperty(SCHEMA + "description");
    public static final Property sitelinks = ResourceFactory.createProperty(WIKIBASE + "sitelinks");
    public static final Resource Item = ResourceFactory.createResource(WIKIBASE + "Item");

    private Wikidata() {}

    public static Resource item(String qid) {
        return ResourceFactory.createResource(ENTITY + qid);
    }

    /** Whether a string is an item id such as {@code Q42}. */
    public static boolean isQid(String s) {
        return s.matches("Q[1-9][0-9]*");
    }
}
