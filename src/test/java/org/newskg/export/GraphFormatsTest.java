package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.vocab.NKG;
import org.newskg.vocab.RelationInventory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The property-graph formats, read back with real readers; counts must match the graph. */
class GraphFormatsTest {
    private final Model data = NewsGraph.model();
    private final ExportSource source = ExportSource.of(DatasetFactory.wrap(data));

    @Test
    void graphMlIsValidAndComplete() throws Exception {
        byte[] xml = Readers.export("graphml", source);
        Readers.validate(xml, Readers.GRAPHML_XSD);
        Document doc = Readers.dom(xml);
        assertEquals(NewsGraph.ENTITIES, doc.getElementsByTagNameNS(GraphMlWriter.NS, "node").getLength());
        assertEquals(NewsGraph.RELATION_FACTS, doc.getElementsByTagNameNS(GraphMlWriter.NS, "edge").getLength());

        Map<String, String> keyDomains = new HashMap<>();
        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(GraphMlWriter.NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            keyDomains.put(key.getAttribute("id"), key.getAttribute("for"));
            keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        assertTrue(keyNames.values().containsAll(List.of("iri", "label", "type", "wikidata", "articles", "trainingCost",
                "property", "confidence", "evidenceCount")), keyNames.toString());
        // Every value sits under a key declared for its element, and the IRIs and QID are there.
        NodeList data = doc.getElementsByTagNameNS(GraphMlWriter.NS, "data");
        Set<String> iris = new HashSet<>();
        Set<String> qids = new HashSet<>();
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            String key = d.getAttribute("key");
            assertEquals(((Element) d.getParentNode()).getLocalName(), keyDomains.get(key), "key " + key);
            if (keyNames.get(key).equals("iri")) {
                iris.add(d.getTextContent());
            }
            if (keyNames.get(key).equals("wikidata")) {
                qids.add(d.getTextContent());
            }
        }
        assertEquals(PropertyGraphBuilderTest.iris(source.propertyGraph()), iris);
        assertEquals(Set.of("Q148"), qids);
    }

    @Test
    void gexfIsValidAndComplete() throws Exception {
        byte[] xml = Readers.export("gexf", source);
        Readers.validate(xml, Readers.GEXF_XSD);
        Document doc = Readers.dom(xml);
        NodeList nodes = doc.getElementsByTagNameNS(GexfWriter.NS, "node");
        NodeList edges = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertEquals(NewsGraph.ENTITIES, nodes.getLength());
        assertEquals(NewsGraph.RELATION_FACTS, edges.getLength());
        assertEquals(Integer.toString(NewsGraph.ENTITIES), ((Element) doc.getElementsByTagNameNS(GexfWriter.NS, "nodes").item(0)).getAttribute("count"));
        Set<String> nodeIds = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(nodeIds.contains(e.getAttribute("source")) && nodeIds.contains(e.getAttribute("target")));
        }
        Set<String> declared = new HashSet<>();
        NodeList attributes = doc.getElementsByTagNameNS(GexfWriter.NS, "attribute");
        for (int i = 0; i < attributes.getLength(); i++) {
            declared.add(((Element) attributes.item(i).getParentNode()).getAttribute("class") + ":" + ((Element) attributes.item(i)).getAttribute("id"));
        }
        NodeList values = doc.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            String owner = v.getParentNode().getParentNode().getLocalName();
            assertTrue(declared.contains(owner + ":" + v.getAttribute("for")), owner + ":" + v.getAttribute("for"));
        }
    }

    @Test
    void xmlExportsDropCharactersXmlCannotCarry() throws Exception {
        data.createResource(NKG.DATA + "entity/Odd", NKG.Person).addProperty(RDFS.label, "Odd\u0001Name\uD800");
        ExportSource odd = ExportSource.of(DatasetFactory.wrap(data));
        Readers.validate(Readers.export("graphml", odd), Readers.GRAPHML_XSD);
        byte[] gexf = Readers.export("gexf", odd);
        Readers.validate(gexf, Readers.GEXF_XSD);
        assertTrue(new String(gexf, java.nio.charset.StandardCharsets.UTF_8).contains("label=\"OddName\""));
    }

    @Test
    void cytoscapeJsonHasElementsWithData() throws Exception {
        JsonObject json = Readers.json(Readers.export("cyjs", source));
        JsonArray nodes = json.getAsJsonObject("elements").getAsJsonArray("nodes");
        JsonArray edges = json.getAsJsonObject("elements").getAsJsonArray("edges");
        assertEquals(NewsGraph.ENTITIES, nodes.size());
        assertEquals(NewsGraph.RELATION_FACTS, edges.size());
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonElement n : nodes) {
            JsonObject d = n.getAsJsonObject().getAsJsonObject("data");
            byId.put(d.get("id").getAsString(), d);
        }
        assertEquals("Q148", byId.get(NewsGraph.CHINA).get("wikidata").getAsString());
        assertEquals(2, byId.get(NewsGraph.DEEPSEEK).get("articles").getAsInt());
        assertEquals("Company", byId.get(NewsGraph.DEEPSEEK).get("type").getAsString());
        for (JsonElement e : edges) {
            JsonObject d = e.getAsJsonObject().getAsJsonObject("data");
            assertTrue(byId.containsKey(d.get("source").getAsString()) && byId.containsKey(d.get("target").getAsString()));
            assertTrue(d.get("confidence").getAsJsonPrimitive().isNumber());
            if (d.get("property").getAsString().equals(NKG.foundedBy.getURI())) {
                assertEquals("founded by", d.get("label").getAsString());
                assertEquals(2, d.get("evidenceCount").getAsInt());
            }
        }
    }

    @Test
    void csvTablesUseGephiColumnNames() throws Exception {
        ExportFormat csv = ExportFormats.require("csv");
        byte[] nodes = Readers.export(csv.parts().get(0), source);
        byte[] edges = Readers.export(csv.parts().get(1), source);
        assertEquals(List.of("Id", "Label", "type", "wikidata", "articles"), Readers.csvHeader(nodes).subList(0, 5));
        assertEquals(List.of("Source", "Target", "Type", "Label", "property", "confidence", "evidenceCount", "statement"), Readers.csvHeader(edges));
        List<CSVRecord> nodeRows = Readers.csv(nodes);
        List<CSVRecord> edgeRows = Readers.csv(edges);
        assertEquals(NewsGraph.ENTITIES, nodeRows.size());
        assertEquals(NewsGraph.RELATION_FACTS, edgeRows.size());
        Set<String> ids = new HashSet<>();
        nodeRows.forEach(r -> ids.add(r.get("Id")));
        for (CSVRecord r : edgeRows) {
            assertTrue(ids.contains(r.get("Source")) && ids.contains(r.get("Target")));
            assertEquals("Directed", r.get("Type"));
        }
        CSVRecord china = nodeRows.stream().filter(r -> r.get("Id").equals(NewsGraph.CHINA)).findFirst().orElseThrow();
        assertEquals("Q148", china.get("wikidata"));
        assertEquals("", china.get("trainingCost"));
    }

    @Test
    void emptyGraphStillMakesValidFiles() throws Exception {
        ExportSource empty = ExportSource.of(DatasetFactory.create());
        Readers.validate(Readers.export("graphml", empty), Readers.GRAPHML_XSD);
        Readers.validate(Readers.export("gexf", empty), Readers.GEXF_XSD);
        assertEquals(0, Readers.json(Readers.export("cyjs", empty)).getAsJsonObject("elements").getAsJsonArray("nodes").size());
    }

    @Test
    void subgraphOptionsReachTheWriters() throws Exception {
        ExportSource around = new ExportSource(DatasetFactory.wrap(data), PropertyGraphBuilderTest.around("DeepSeek-R1", 1), null, RelationInventory.load());
        Document doc = Readers.dom(Readers.export("graphml", around));
        assertEquals(2, doc.getElementsByTagNameNS(GraphMlWriter.NS, "node").getLength());
        assertEquals(1, doc.getElementsByTagNameNS(GraphMlWriter.NS, "edge").getLength());
        assertTrue(data.contains(null, RDF.type, NKG.Article), "the articles are in the data but never nodes");
    }
}
