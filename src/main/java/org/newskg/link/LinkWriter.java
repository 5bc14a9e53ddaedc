package org.newskg.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.vocab.Iris;
import org.newskg.vocab.NKG;

/**
 * Adds links to a graph the way facts are written: the plain triple
 * {@code entity owl:sameAs wd:Q…}, so that queries can join on it, and a reified
 * {@code rdf:Statement} for it carrying the link's {@code nkg:confidence} and the method that made
 * it ({@code nkg:extractedBy <rule/link-alias>}, an {@code nkg:ExtractionRule}). Unlinked entities
 * get nothing.
 */
public final class LinkWriter {
    private LinkWriter() {}

    /** Writes the links among {@code decisions} (entity key -> decision) into {@code m}. */
    public static void write(Model m, Map<String, LinkDecision> decisions) {
        m.setNsPrefix("owl", OWL.getURI());
        m.setNsPrefix("wd", Wikidata.ENTITY);
        Set<LinkMethod> used = EnumSet.noneOf(LinkMethod.class);
        decisions.forEach((key, decision) -> decision.chosen().ifPresent(chosen -> {
            Resource entity = m.createResource(Iris.entity(key));
            Resource item = m.createResource(Wikidata.ENTITY + chosen.qid());
            m.add(entity, OWL.sameAs, item);
            m.createResource(Iris.statement(entity.getURI(), OWL.sameAs.getURI(), item.getURI()), RDF.Statement)
                    .addProperty(RDF.subject, entity)
                    .addProperty(RDF.predicate, OWL.sameAs)
                    .addProperty(RDF.object, item)
                    .addLiteral(NKG.confidence, m.createTypedLiteral(BigDecimal.valueOf(chosen.score()).setScale(3, RoundingMode.HALF_UP)))
                    .addProperty(NKG.extractedBy, m.createResource(Iris.rule(decision.method().ruleName())));
            used.add(decision.method());
        }));
        for (LinkMethod method : used) {
            m.createResource(Iris.rule(method.ruleName()), NKG.ExtractionRule).addProperty(RDFS.label, method.ruleName());
        }
    }
}
