package org.newskg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes the items of a {@link WikidataTable} in Wikidata's own RDF shape, the shape
 * {@link OfflineSource} reads: {@code wd:Q… a wikibase:Item; rdfs:label, skos:altLabel,
 * schema:description (@en); wdt:P31; wdt:P17}. Only Wikidata's data goes in; the table's roles and
 * gold names are the evaluation's business. Rows are written in table order, so the same table
 * always gives the same file.
 */
public final class WikidataExtract {
    private WikidataExtract() {}

    /** Writes {@code .ttl} (Turtle) or {@code .nt} (N-Triples); returns the number of items. */
    public static int write(WikidataTable table, Path output, String sourceName) throws IOException {
        RDFFormat format = formatFor(output);
        Path dir = output.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException(output + ": folder " + dir + " does not exist");
        }
        Path tmp = output.resolveSibling(output.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            if (format == RDFFormat.TURTLE_BLOCKS) {
                out.write(("# Wikidata items for entity linking, built by `newskg wikidata-extract` from "
                        + sourceName + ".\n# Do not edit: edit the table and build again.\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            stream.prefix("wd", Wikidata.ENTITY);
            stream.prefix("wdt", Wikidata.PROP_DIRECT);
            stream.prefix("wikibase", Wikidata.WIKIBASE);
            stream.prefix("rdfs", RDFS.getURI());
            stream.prefix("skos", SKOS.getURI());
            stream.prefix("schema", Wikidata.SCHEMA);
            for (WikidataTable.Row row : table.rows()) {
                Node item = Wikidata.item(row.qid()).asNode();
                stream.triple(Triple.create(item, RDF.type.asNode(), Wikidata.Item.asNode()));
                stream.triple(Triple.create(item, RDFS.label.asNode(), english(row.label())));
                for (String alias : row.aliases()) {
                    stream.triple(Triple.create(item, SKOS.altLabel.asNode(), english(alias)));
                }
                if (!row.description().isEmpty()) {
                    stream.triple(Triple.create(item, Wikidata.description.asNode(), english(row.description())));
                }
                for (String cls : row.instanceOf()) {
                    stream.triple(Triple.create(item, Wikidata.instanceOf.asNode(), Wikidata.item(cls).asNode()));
                }
                for (String country : row.countries()) {
                    stream.triple(Triple.create(item, Wikidata.country.asNode(), Wikidata.item(country).asNode()));
                }
            }
            stream.finish();
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return table.rows().size();
    }

    /** The extract bundled with newskg ({@link OfflineSource#BUNDLED}) as a model, for querying it. */
    public static Model bundled() {
        try (InputStream in = WikidataExtract.class.getResourceAsStream(OfflineSource.BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the Wikidata extract " + OfflineSource.BUNDLED + " is not on the class path");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Wikidata extract " + OfflineSource.BUNDLED + ": " + e.getMessage(), e);
        }
    }

    /**
     * An extract file as a model, for querying it: any RDF syntax Jena reads from the extension
     * ({@code .ttl}, {@code .nt}, also gzipped). The whole file is held in memory.
     */
    public static Model read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(m);
        } catch (RiotException e) {
            throw new IOException(file + ": not readable as RDF: " + e.getMessage(), e);
        }
        return m;
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static RDFFormat formatFor(Path output) throws IOException {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttl")) {
            return RDFFormat.TURTLE_BLOCKS;
        } else if (name.endsWith(".nt")) {
            return RDFFormat.NTRIPLES;
        }
        throw new IOException(output + ": unknown extension; use .ttl (Turtle) or .nt (N-Triples)");
    }
}
