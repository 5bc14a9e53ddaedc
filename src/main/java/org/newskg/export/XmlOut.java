package org.newskg.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over {@link XMLStreamWriter} for the XML exports: indents elements, skips
 * attributes without a value, and drops the characters XML 1.0 cannot carry (control characters
 * can come with the text of an article). Attributes are given as name, value pairs.
 */
final class XmlOut {
    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements yet, to know where to indent its end tag. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XmlOut(OutputStream out) throws XMLStreamException {
        // the JDK's own writer, not whichever a jar on the class path registers: with Spark's, Hadoop's
        // shaded Woodstox, the GraphML and GEXF exports failed with a NullPointerException
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    }

    /** Opens the document element in {@code namespace}, pointing to its schema. */
    void root(String namespace, String name, String schemaUrl, String... attributes) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        xml.writeDefaultNamespace(namespace);
        xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
        xml.writeAttribute(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation", namespace + " " + schemaUrl);
        attributes(attributes);
        open.push(false);
    }

    void start(String name, String... attributes) throws XMLStreamException {
        child();
        xml.writeStartElement(name);
        attributes(attributes);
        open.push(false);
    }

    void empty(String name, String... attributes) throws XMLStreamException {
        child();
        xml.writeEmptyElement(name);
        attributes(attributes);
    }

    /** An element holding only text. */
    void text(String name, String text, String... attributes) throws XMLStreamException {
        child();
        xml.writeStartElement(name);
        attributes(attributes);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    void end() throws XMLStreamException {
        if (open.pop()) {
            newLine();
        }
        xml.writeEndElement();
    }

    /** Ends the document and flushes; the stream stays open for its owner to close. */
    void finish() throws XMLStreamException {
        while (!open.isEmpty()) {
            end();
        }
        xml.writeEndDocument();
        xml.writeCharacters("\n");
        xml.flush();
        xml.close();
    }

    private void child() throws XMLStreamException {
        if (!open.isEmpty() && !open.peek()) {
            open.pop();
            open.push(true);
        }
        newLine();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private void attributes(String... nameValuePairs) throws XMLStreamException {
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            if (nameValuePairs[i + 1] != null) {
                xml.writeAttribute(nameValuePairs[i], clean(nameValuePairs[i + 1]));
            }
        }
    }

    /** The text without the characters XML 1.0 forbids (most control characters, lone surrogates). */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(XmlOut::allowed).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
