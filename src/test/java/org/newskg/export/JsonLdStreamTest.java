package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.vocab.NKG;

class JsonLdStreamTest {
    private static final Node ACME = NodeFactory.createURI(NKG.DATA + "entity/Acme");
    private static final Node ROE = NodeFactory.createURI(NKG.DATA + "entity/Jane_Roe");

    @Test
    void whatIsStreamedReadsBackAsTheSameDataset() {
        DatasetGraph data = DatasetGraphFactory.create();
        Node named = NodeFactory.createURI(NKG.DATA + "void");
        Node evidence = NodeFactory.createBlankNode("e1");
        data.add(Quad.defaultGraphIRI, ACME, RDF.Nodes.type, NKG.Company.asNode());
        data.add(Quad.defaultGraphIRI, ACME, RDFS.label.asNode(), NodeFactory.createLiteralString("Acme \"Robots\"\n"));
        data.add(Quad.defaultGraphIRI, ACME, RDFS.label.asNode(), NodeFactory.createLiteralLang("Acmé", "fr"));
        data.add(Quad.defaultGraphIRI, ACME, NKG.foundedBy.asNode(), ROE);
        data.add(Quad.defaultGraphIRI, ACME, NKG.foundingDate.asNode(), NodeFactory.createLiteralDT("2021-04-01", XSDDatatype.XSDdate));
        data.add(Quad.defaultGraphIRI, evidence, NKG.article.asNode(), NodeFactory.createURI(NKG.DATA + "article/a1"));
        data.add(Quad.defaultGraphIRI, ROE, RDF.Nodes.type, NKG.Person.asNode());
        data.add(named, ACME, NKG.mentionCount.asNode(), NodeFactory.createLiteralDT("3", XSDDatatype.XSDint));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdStream stream = new JsonLdStream(out);
        stream.start();
        StreamRDFOps.sendDatasetToStream(data, stream);
        stream.finish();
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("[") && !json.contains("@context"), "expanded form: " + json);

        DatasetGraph read = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD).parse(read);
        assertTrue(IsoMatcher.isomorphic(data, read), "read back:\n" + read + "\nwritten:\n" + json);
    }

    @Test
    void aSubjectWhoseTriplesArriveApartIsStillOneResource() {
        DatasetGraph data = DatasetGraphFactory.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdStream stream = new JsonLdStream(out);
        stream.start();
        stream.triple(Triple.create(ACME, RDFS.label.asNode(), NodeFactory.createLiteralString("Acme")));
        stream.triple(Triple.create(ROE, RDFS.label.asNode(), NodeFactory.createLiteralString("Jane Roe")));
        stream.triple(Triple.create(ACME, NKG.foundedBy.asNode(), ROE));
        stream.finish();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD).parse(data);
        assertEquals(3, data.getDefaultGraph().size());
        assertTrue(data.getDefaultGraph().contains(ACME, NKG.foundedBy.asNode(), ROE));
    }
}
