package org.newskg.export;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newskg.vocab.NKG;
import org.newskg.vocab.Ontology;

/**
 * Facts Wikidata lacks, as QuickStatements v1 commands: for every fact whose property the ontology
 * aligns to a Wikidata property ({@code owl:equivalentProperty wdt:P…}, or the inverse of one),
 * whose subject is linked ({@code owl:sameAs wd:Q…}) and whose object is a linked entity, a date or
 * an amount, and which the Wikidata extract does not already state, one line per article that
 * states it without hedging:
 *
 * <pre>Q1&#9;P112&#9;Q2&#9;S854&#9;"https://w3id.org/newskg/article/…"&#9;S577&#9;+2025-01-20T00:00:00Z/11&#9;S813&#9;+2025-02-01T00:00:00Z/11</pre>
 *
 * <p>The reference is the article: {@code S854} (reference URL) is the article's IRI in the graph,
 * because the articles newskg reads are text files that do not carry the address they were fetched
 * from; {@code S577} (publication date) is the article's date where its page states one, and
 * {@code S813} (retrieved) is the day of the export. Hedged evidence ("reportedly", "may have") is
 * no ground for a Wikidata statement, so facts only stated with hedging are left out.
 */
public final class QuickStatements {
    /** newskg's amounts are US dollars (the ontology says so of each money property): Wikidata's item Q4917. */
    private static final String US_DOLLAR = "4917";
    private static final String PROP_DIRECT = "http://www.wikidata.org/prop/direct/";

    /** A Wikidata property of a newskg property; {@code inverse} when subject and object swap. */
    private record Alignment(String property, boolean inverse) {}

    private QuickStatements() {}

    /** Writes the commands for the source's graph, with {@code retrieved} as the retrieved date. */
    public static void write(ExportSource source, LocalDate retrieved, OutputStream out) {
        Model data = RdfExport.tripleView(source.rdf());
        Model extract = source.wikidataExtract();
        TreeSet<String> lines = new TreeSet<>();
        alignments(Ontology.load()).forEach((property, a) -> data.listStatements(null, property, (RDFNode) null).forEachRemaining(fact -> {
            RDFNode subjectNode = a.inverse() ? fact.getObject() : fact.getSubject();
            RDFNode objectNode = a.inverse() ? fact.getSubject() : fact.getObject();
            Optional<String> subject = item(data, subjectNode);
            Optional<String> value = subject.isEmpty() ? Optional.empty() : value(data, objectNode);
            if (value.isEmpty() || stated(extract, subject.get(), a.property(), objectNode, data)) {
                return;
            }
            for (Resource article : unhedgedArticles(data, fact)) {
                lines.add(String.join("\t", subject.get(), a.property(), value.get(), reference(article, retrieved)));
            }
        }));
        PrintWriter w = new PrintWriter(out, false, StandardCharsets.UTF_8);
        lines.forEach(line -> w.print(line + "\n"));
        w.flush();
    }

    /** newskg property -> Wikidata property, from the ontology's equivalences and inverses. */
    private static Map<Property, Alignment> alignments(Model ontology) {
        Map<Property, Alignment> out = new HashMap<>();
        ontology.listStatements(null, OWL.equivalentProperty, (RDFNode) null).forEach(s -> {
            if (s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(PROP_DIRECT)) {
                String pid = s.getObject().asResource().getURI().substring(PROP_DIRECT.length());
                Property p = ontology.createProperty(s.getSubject().getURI());
                out.put(p, new Alignment(pid, false));
                ontology.listStatements(null, OWL.inverseOf, p).forEach(inv ->
                        out.putIfAbsent(ontology.createProperty(inv.getSubject().getURI()), new Alignment(pid, true)));
                ontology.listObjectsOfProperty(p, OWL.inverseOf).forEach(inv ->
                        out.putIfAbsent(ontology.createProperty(inv.asResource().getURI()), new Alignment(pid, true)));
            }
        });
        return out;
    }

    /** The QID an entity is linked to; empty when it is not linked (or linked to several items). */
    private static Optional<String> item(Model data, RDFNode node) {
        if (!node.isURIResource()) {
            return Optional.empty();
        }
        List<String> qids = new ArrayList<>();
        data.listObjectsOfProperty(node.asResource(), OWL.sameAs).forEach(o -> Wikidata.qid(o).ifPresent(qids::add));
        return qids.size() == 1 ? Optional.of(qids.get(0)) : Optional.empty();
    }

    /** The QuickStatements value of a fact's object: an item, a date or an amount in dollars. */
    private static Optional<String> value(Model data, RDFNode object) {
        if (!object.isLiteral()) {
            return item(data, object);
        }
        Literal l = object.asLiteral();
        String type = l.getDatatypeURI();
        if (XSDDatatype.XSDgYear.getURI().equals(type) && l.getLexicalForm().matches("\\d{4}")) {
            return Optional.of("+" + l.getLexicalForm() + "-00-00T00:00:00Z/9");
        }
        if (XSDDatatype.XSDdate.getURI().equals(type) && l.getLexicalForm().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(day(l.getLexicalForm()));
        }
        if (XSDDatatype.XSDdecimal.getURI().equals(type) || XSDDatatype.XSDinteger.getURI().equals(type)) {
            return Optional.of(new BigDecimal(l.getLexicalForm()).stripTrailingZeros().toPlainString() + "U" + US_DOLLAR);
        }
        return Optional.empty();
    }

    /** Whether the extract states the fact: the same item, the same day or year, the same amount. */
    private static boolean stated(Model extract, String subject, String property, RDFNode object, Model data) {
        Resource item = extract.createResource(Wikidata.ENTITY_NS + subject);
        Property p = extract.createProperty(PROP_DIRECT + property);
        for (RDFNode known : extract.listObjectsOfProperty(item, p).toList()) {
            if (!object.isLiteral()) {
                if (item(data, object).map(q -> known.isURIResource() && known.asResource().getURI().equals(Wikidata.ENTITY_NS + q)).orElse(false)) {
                    return true;
                }
            } else if (known.isLiteral() && sameValue(object.asLiteral(), known.asLiteral())) {
                return true;
            }
        }
        return false;
    }

    /** Wikidata writes dates as xsd:dateTime ("2023-07-17T00:00:00Z", a year as its first of January). */
    private static boolean sameValue(Literal ours, Literal theirs) {
        String lexical = ours.getLexicalForm();
        String known = theirs.getLexicalForm().replaceFirst("^\\+", "");
        if (XSDDatatype.XSDgYear.getURI().equals(ours.getDatatypeURI()) || XSDDatatype.XSDdate.getURI().equals(ours.getDatatypeURI())) {
            return known.startsWith(lexical);
        }
        try {
            return new BigDecimal(lexical).compareTo(new BigDecimal(known)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The articles whose evidence states the fact without hedging. */
    private static TreeSet<Resource> unhedgedArticles(Model data, Statement fact) {
        TreeSet<Resource> articles = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        data.listSubjectsWithProperty(RDF.subject, fact.getSubject()).forEach(st -> {
            if (st.hasProperty(RDF.predicate, fact.getPredicate()) && st.hasProperty(RDF.object, fact.getObject())) {
                st.listProperties(NKG.evidence).forEach(e -> {
                    Resource evidence = e.getResource();
                    Statement hedged = evidence.getProperty(NKG.hedged);
                    Statement article = evidence.getProperty(NKG.article);
                    if (article != null && article.getObject().isURIResource() && (hedged == null || !hedged.getBoolean())) {
                        articles.add(article.getResource());
                    }
                });
            }
        });
        return articles;
    }

    private static String reference(Resource article, LocalDate retrieved) {
        List<String> parts = new ArrayList<>(List.of("S854", "\"" + article.getURI() + "\""));
        Statement published = article.getProperty(DCTerms.date);
        if (published != null && published.getObject().isLiteral()
                && published.getLiteral().getLexicalForm().matches("\\d{4}-\\d{2}-\\d{2}")) {
            parts.add("S577");
            parts.add(day(published.getLiteral().getLexicalForm()));
        }
        parts.add("S813");
        parts.add(day(retrieved.toString()));
        return String.join("\t", parts);
    }

    private static String day(String isoDate) {
        return "+" + isoDate + "T00:00:00Z/11";
    }
}
