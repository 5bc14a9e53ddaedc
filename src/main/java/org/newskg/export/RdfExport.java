package org.newskg.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.newskg.vocab.NKG;

/**
 * The RDF exports: the graph with its provenance (statements, evidence, articles) and its VoID
 * description. Triple formats (Turtle, JSON-LD) get one graph; quad formats (TriG, N-Quads) keep
 * the graphs of the data and put the VoID description in a named graph of its own.
 */
public final class RdfExport {
    /** The named graph of the VoID description in TriG and N-Quads exports. */
    public static final String VOID_GRAPH = NKG.DATA + "void";

    /** Prefixes every RDF export declares; for JSON-LD they make its compact {@code @context}. */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("nkg", NKG.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("foaf", FOAF.getURI())
            .lock();

    private RdfExport() {}

    /** Turtle, JSON-LD and other triple formats: every triple of the data, and the VoID description. */
    public static void writeTriples(ExportSource source, RDFFormat format, OutputStream out) {
        Model all = allTriples(source.rdf()).add(source.voidDescription());
        all.setNsPrefixes(PREFIXES);
        if (RDFWriterRegistry.getWriterGraphFactory(format) != null) {
            RDFDataMgr.write(out, all, format);
        } else {
            // Jena's JSON-LD 1.1 writer writes datasets only; a dataset of one default graph is the same document.
            RDFDataMgr.write(out, DatasetFactory.wrap(all), format);
        }
    }

    /** TriG, N-Quads: the data's graphs as they are, and the VoID description in {@link #VOID_GRAPH}. */
    public static void writeQuads(ExportSource source, RDFFormat format, OutputStream out) {
        DatasetGraph data = source.rdf().asDatasetGraph();
        DatasetGraph quads = DatasetGraphFactory.create();
        data.find().forEachRemaining(quads::add);
        source.voidDescription().getGraph().find().forEachRemaining(t -> quads.add(NodeFactory.createURI(VOID_GRAPH), t.getSubject(), t.getPredicate(), t.getObject()));
        quads.prefixes().putAll(data.prefixes());
        quads.prefixes().putAll(PREFIXES.getNsPrefixMap());
        RDFDataMgr.write(out, quads, format);
    }

    /** The VoID description alone, in Turtle. */
    public static void writeVoid(ExportSource source, OutputStream out) {
        RDFDataMgr.write(out, source.voidDescription(), RDFFormat.TURTLE_PRETTY);
    }

    /**
     * Every triple of the dataset, whatever graph it is in, as a view that copies nothing: the
     * default graph itself when there is no named graph, else a union of the graphs. Only for
     * reading, inside the dataset's read transaction.
     */
    static Model tripleView(Dataset data) {
        List<Graph> graphs = new ArrayList<>();
        graphs.add(data.asDatasetGraph().getDefaultGraph());
        data.asDatasetGraph().listGraphNodes().forEachRemaining(name -> graphs.add(data.asDatasetGraph().getGraph(name)));
        Graph all = graphs.size() == 1 ? graphs.get(0) : new MultiUnion(graphs.iterator());
        return ModelFactory.createModelForGraph(all);
    }

    /** Every triple of the dataset in one model of its own, whatever graph it is in, with the dataset's prefixes. */
    static Model allTriples(Dataset data) {
        Model all = ModelFactory.createDefaultModel();
        all.setNsPrefixes(data.getPrefixMapping());
        all.add(data.getDefaultModel());
        data.listModelNames().forEachRemaining(name -> all.add(data.getNamedModel(name)));
        return all;
    }
}
