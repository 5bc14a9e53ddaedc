package org.newskg.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.model.Entity;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.vocab.Iris;
import org.newskg.vocab.NKG;

/**
 * Writes a {@link KnowledgeGraph} as RDF. Each fact is written twice: as the plain triple, so that
 * {@code ?s nkg:foundedBy ?o} just works, and as a reified {@code rdf:Statement} that carries the
 * fact's confidence and one {@link NKG#Evidence} node per sentence stating it (article, sentence
 * text, offsets into the source file, rule, who asserts it, whether it is hedged). Each article
 * carries its text, so that the sentences of its evidence can be read in their place.
 */
public final class GraphWriter {
    /** A rule of a relation reader, written once however many facts it read. */
    private record Rule(String reader, String name) {}

    public Model write(KnowledgeGraph kg) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("nkg", NKG.NS);
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("skos", SKOS.getURI());
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("entity", NKG.DATA + "entity/");
        m.setNsPrefix("article", NKG.DATA + "article/");
        m.setNsPrefix("fact", NKG.DATA + "fact/");
        m.setNsPrefix("evidence", NKG.DATA + "evidence/");
        m.setNsPrefix("rule", NKG.DATA + "rule/");

        for (KnowledgeGraph.Source a : kg.articles()) {
            Resource r = m.createResource(Iris.article(a.id()), NKG.Article)
                    .addProperty(NKG.sourceFile, a.sourceFile())
                    .addProperty(RDFS.label, a.title().orElse(a.sourceFile()))
                    .addProperty(NKG.text, a.text());
            a.title().ifPresent(t -> r.addProperty(DCTerms.title, t));
            a.published().ifPresent(d -> r.addProperty(DCTerms.date, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        }
        for (Entity e : kg.entities()) {
            Resource r = m.createResource(Iris.entity(e.key()), e.type().rdfClass())
                    .addProperty(RDFS.label, e.label())
                    .addLiteral(NKG.mentionCount, m.createTypedLiteral(e.mentionCount()));
            e.altLabels().forEach(alt -> r.addProperty(SKOS.altLabel, alt));
            e.articleIds().forEach(id -> r.addProperty(NKG.mentionedIn, m.createResource(Iris.article(id))));
        }
        Map<String, Rule> rules = new TreeMap<>();
        for (Fact f : kg.facts()) {
            Resource subject = m.createResource(Iris.entity(f.subject()));
            RDFNode object = object(m, f.object());
            m.add(subject, f.property(), object);

            String objectKey = object.isLiteral() ? object.asLiteral().getLexicalForm() : object.asResource().getURI();
            String statementIri = Iris.statement(subject.getURI(), f.property().getURI(), objectKey);
            Resource statement = m.createResource(statementIri, RDF.Statement)
                    .addProperty(RDF.subject, subject)
                    .addProperty(RDF.predicate, f.property())
                    .addProperty(RDF.object, object)
                    .addLiteral(NKG.confidence, decimal(m, f.confidence()))
                    .addLiteral(NKG.evidenceCount, m.createTypedLiteral(f.evidence().size()))
                    .addLiteral(NKG.articleCount, m.createTypedLiteral((int) f.evidence().stream().map(Evidence::articleId).distinct().count()));
            for (Evidence ev : f.evidence()) {
                String ruleIri = Iris.rule(ev.reader(), ev.rule());
                rules.put(ruleIri, new Rule(ev.reader(), ev.rule()));
                Resource evidence = m.createResource(Iris.evidence(statementIri, ev.articleId(), ev.sentenceIndex()), NKG.Evidence)
                        .addProperty(NKG.article, m.createResource(Iris.article(ev.articleId())))
                        .addProperty(NKG.sentenceText, ev.sentenceText())
                        .addLiteral(NKG.sentenceIndex, m.createTypedLiteral(ev.sentenceIndex()))
                        .addLiteral(NKG.beginOffset, m.createTypedLiteral(ev.begin()))
                        .addLiteral(NKG.endOffset, m.createTypedLiteral(ev.end()))
                        .addProperty(NKG.extractedBy, m.createResource(ruleIri))
                        .addProperty(NKG.assertedBy, m.createResource(ev.assertedBy() == null
                                ? Iris.article(ev.articleId()) : Iris.entity(ev.assertedBy())))
                        .addLiteral(NKG.hedged, m.createTypedLiteral(ev.hedged()))
                        .addLiteral(NKG.confidence, decimal(m, ev.confidence()));
                statement.addProperty(NKG.evidence, evidence);
            }
        }
        rules.forEach((iri, rule) -> m.createResource(iri, NKG.ExtractionRule)
                .addProperty(RDFS.label, rule.name())
                .addProperty(NKG.reader, rule.reader()));
        return m;
    }

    private static RDFNode object(Model m, FactObject o) {
        if (o instanceof FactObject.EntityRef ref) {
            return m.createResource(Iris.entity(ref.key()));
        }
        FactObject.Value v = (FactObject.Value) o;
        return m.createTypedLiteral(v.lexical(), v.datatype());
    }

    private static Literal decimal(Model m, double value) {
        return m.createTypedLiteral(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP));
    }
}
