package org.newskg.vocab;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;

/** Picks one label of a resource that has several, the same way every time. */
public final class Labels {
    private static final Comparator<Literal> PREFERENCE = Comparator
            .comparing((Literal l) -> !isEnglishOrUntagged(l))
            .thenComparing(Literal::getLexicalForm);

    private Labels() {}

    /** The resource's rdfs:label: English or untagged before other languages, then alphabetical. */
    public static Optional<String> preferred(Resource r) {
        return r.listProperties(RDFS.label).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .min(PREFERENCE)
                .map(Literal::getLexicalForm);
    }

    private static boolean isEnglishOrUntagged(Literal l) {
        String lang = l.getLanguage().toLowerCase(Locale.ROOT);
        return lang.isEmpty() || lang.equals("en") || lang.startsWith("en-");
    }
}
