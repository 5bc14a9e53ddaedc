package org.newskg.export;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;

/** How the graph links to Wikidata: {@code owl:sameAs <http://www.wikidata.org/entity/Q…>}. */
public final class Wikidata {
    /** Namespace of Wikidata's entity IRIs, the concept IRIs that owl:sameAs links point to. */
    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";
    /** Wikidata's home page, which names it as a dataset in VoID. */
    static final String HOME_PAGE = "https://www.wikidata.org/";

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private Wikidata() {}

    /** The QID of a Wikidata item IRI; empty for any other node. */
    static Optional<String> qid(RDFNode node) {
        if (!node.isURIResource()) {
            return Optional.empty();
        }
        String iri = node.asResource().getURI();
        if (!iri.startsWith(ENTITY_NS)) {
            return Optional.empty();
        }
        String id = iri.substring(ENTITY_NS.length());
        return QID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
