package org.newskg.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
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
 * carries its text, so that the sentences of its evidence can be read in their place. The first
 * entities of each class by mention count carry their place ({@code nkg:mentionRank}), and the
 * first statements of each property by article count theirs ({@code nkg:articleRank}): see
 * {@link Ranking}.
 */
public final class GraphWriter {
    /** A rule of a relation reader, written once however many facts it read. */
    private record Rule(String reader, String name) {}

    /** The whole graph: {@link #writePart} and the ranks of its entities and facts. */
    public Model write(KnowledgeGraph kg) {
        Model m = writePart(kg);
        ranks(kg.entities().stream().map(GraphWriter::mentionEntry).toList(),
                kg.facts().stream().map(GraphWriter::articleEntry).toList())
                .forEach(m.getGraph()::add);
        return m;
    }

    /**
     * The triples of the articles, entities and facts of {@code kg} but the ranks, which need the
     * whole graph: for a part of one (the Spark job's partitions), whose ranks {@link #ranks}
     * writes from the entries of all the parts.
     */
    public Model writePart(KnowledgeGraph kg) {
        Model m = ModelFactory.createDefaultModel();
        prefixes(m);
        kg.articles().forEach(a -> article(m, a));
        kg.entities().forEach(e -> entity(m, e));
        Map<String, Rule> rules = new TreeMap<>();
        for (Fact f : kg.facts()) {
            statement(m, f);
            evidence(m, f, rules);
        }
        rules(m, rules);
        return m;
    }

    /** What {@link #ranks} needs of an entity: its class, IRI and mention count. */
    public static Ranking.Entry mentionEntry(Entity e) {
        return new Ranking.Entry(e.type().rdfClass().getURI(), Iris.entity(e.key()), e.mentionCount());
    }

    /** What {@link #ranks} needs of a fact: its property, its statement's IRI and its article count. */
    public static Ranking.Entry articleEntry(Fact f) {
        return new Ranking.Entry(f.property().getURI(), statementIri(f), articleCount(f));
    }

    /** The rank triples of a whole graph, from the entries of all its entities and all its facts. */
    public static List<Triple> ranks(Iterable<Ranking.Entry> entities, Iterable<Ranking.Entry> facts) {
        Ranking mentions = new Ranking(NKG.mentionRank);
        entities.forEach(mentions::add);
        Ranking articles = new Ranking(NKG.articleRank);
        facts.forEach(articles::add);
        List<Triple> out = new ArrayList<>(mentions.triples());
        out.addAll(articles.triples());
        return out;
    }

    private static void prefixes(Model m) {
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
    }

    private static void article(Model m, KnowledgeGraph.Source a) {
        Resource r = m.createResource(Iris.article(a.id()), NKG.Article)
                .addProperty(NKG.sourceFile, a.sourceFile())
                .addProperty(RDFS.label, a.title().orElse(a.sourceFile()))
                .addProperty(NKG.text, a.text());
        a.title().ifPresent(t -> r.addProperty(DCTerms.title, t));
        a.published().ifPresent(d -> r.addProperty(DCTerms.date, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    }

    private static void entity(Model m, Entity e) {
        Resource r = m.createResource(Iris.entity(e.key()), e.type().rdfClass())
                .addProperty(RDFS.label, e.label())
                .addLiteral(NKG.mentionCount, m.createTypedLiteral(e.mentionCount()));
        e.altLabels().forEach(alt -> r.addProperty(SKOS.altLabel, alt));
        e.articleIds().forEach(id -> r.addProperty(NKG.mentionedIn, m.createResource(Iris.article(id))));
    }

    /** The fact's triple, and its statement with what is said of all its evidence: confidence and counts. */
    private static void statement(Model m, Fact f) {
        Resource subject = m.createResource(Iris.entity(f.subject()));
        RDFNode object = object(m, f.object());
        m.add(subject, f.property(), object);
        m.createResource(statementIri(f), RDF.Statement)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, f.property())
                .addProperty(RDF.object, object)
                .addLiteral(NKG.confidence, decimal(m, f.confidence()))
                .addLiteral(NKG.evidenceCount, m.createTypedLiteral(f.evidence().size()))
                .addLiteral(NKG.articleCount, m.createTypedLiteral(articleCount(f)));
    }

    /** How many distinct articles the fact's evidence comes from. */
    private static int articleCount(Fact f) {
        return (int) f.evidence().stream().map(Evidence::articleId).distinct().count();
    }

    /** A node for each evidence of the fact, tied to the fact's statement; the rules that read them go into {@code rules}. */
    private static void evidence(Model m, Fact f, Map<String, Rule> rules) {
        String statementIri = statementIri(f);
        Resource statement = m.createResource(statementIri);
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

    private static String statementIri(Fact f) {
        String objectKey = f.object() instanceof FactObject.EntityRef ref ? Iris.entity(ref.key()) : ((FactObject.Value) f.object()).lexical();
        return Iris.statement(Iris.entity(f.subject()), f.property().getURI(), objectKey);
    }

    private static void rules(Model m, Map<String, Rule> rules) {
        rules.forEach((iri, rule) -> m.createResource(iri, NKG.ExtractionRule)
                .addProperty(RDFS.label, rule.name())
                .addProperty(NKG.reader, rule.reader()));
    }

    /**
     * Writes the triples {@link #write} makes of a graph, part by part as they become known, to a
     * {@link StreamRDF}, for a graph too large to hold: each article's evidence as the article is
     * read ({@link #evidence}), the facts' statements once all their evidence is counted
     * ({@link #fact}), and the rules of all that evidence at the end ({@link #finish}). What is
     * written of an entity, article or evidence depends on it alone, and the parts come out as
     * the same set of triples as the whole graph.
     */
    public static final class Parts {
        private final StreamRDF out;
        /** Where each part is made with the model code of the whole graph, then sent on and cleared. */
        private final Model scratch = ModelFactory.createDefaultModel();
        private final Map<String, Rule> rules = new TreeMap<>();
        /** What the ranks are made of; {@link Ranking} holds only the first of each group. */
        private final Ranking mentions = new Ranking(NKG.mentionRank);
        private final Ranking articles = new Ranking(NKG.articleRank);
        private long triples;

        /** Starts the stream and gives it the graph's prefixes. */
        public Parts(StreamRDF out) {
            this.out = out;
            out.start();
            prefixes(scratch);
            scratch.getNsPrefixMap().forEach(out::prefix);
        }

        public void article(KnowledgeGraph.Source a) {
            GraphWriter.article(scratch, a);
            flush();
        }

        public void entity(Entity e) {
            GraphWriter.entity(scratch, e);
            mentions.add(mentionEntry(e));
            flush();
        }

        /** The evidence of one article's part of a fact ({@code entities.EntityResolver#facts}). */
        public void evidence(Fact part) {
            GraphWriter.evidence(scratch, part, rules);
            flush();
        }

        /**
         * A fact's triple and statement, without its evidence: its confidence and counts are read
         * from its evidence list, whose sentences and offsets need not be there.
         */
        public void fact(Fact merged) {
            statement(scratch, merged);
            articles.add(articleEntry(merged));
            flush();
        }

        /** Other triples of the graph, with their prefixes (the links to Wikidata). */
        public void add(Model more) {
            more.getNsPrefixMap().forEach(out::prefix);
            send(more);
        }

        /**
         * Writes the rules of the evidence written and the ranks of the entities and facts written
         * (each of them written once), ends the stream, and says how many triples went out.
         */
        public long finish() {
            rules(scratch, rules);
            flush();
            mentions.triples().forEach(this::send);
            articles.triples().forEach(this::send);
            out.finish();
            return triples;
        }

        private void flush() {
            send(scratch);
            scratch.removeAll();
        }

        private void send(Model m) {
            m.getGraph().find().forEachRemaining(this::send);
        }

        private void send(Triple t) {
            out.triple(t);
            triples++;
        }
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
