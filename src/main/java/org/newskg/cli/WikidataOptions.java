package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.newskg.link.EntityLinker;
import org.newskg.link.ItemTyping;
import org.newskg.link.OfflineSource;
import org.newskg.link.WikidataExtract;
import org.newskg.model.EntityType;
import picocli.CommandLine.Option;

/**
 * {@code --wikidata FILE}: the Wikidata extract that offline linking reads and the server serves
 * at {@code /wikidata}, so that the links and the federated queries see the same items.
 */
final class WikidataOptions {
    @Option(names = "--wikidata", paramLabel = "FILE",
            description = "Wikidata extract in Wikidata's RDF shape (Turtle or N-Triples, such as a filtered dump), "
                    + "for offline linking and the /wikidata dataset. Default: the bundled extract.")
    Path extract;

    private OfflineSource source;

    /** The extract for offline linking, read once. */
    private OfflineSource source() throws IOException {
        if (source == null) {
            source = extract != null ? OfflineSource.load(extract) : OfflineSource.bundled();
        }
        return source;
    }

    /** A linker on the extract. */
    EntityLinker offlineLinker() throws IOException {
        return new EntityLinker(source());
    }

    /**
     * The names of a user's extract ({@code --wikidata FILE}) with the kind of thing each names, to
     * find and type mentions by; none for the bundled extract, which holds the bundled corpus's
     * entities.
     */
    Map<String, EntityType> knownNames() throws IOException {
        return extract != null ? source().knownNames(ItemTyping.standard()) : Map.of();
    }

    /** The extract as RDF, read into memory. */
    Model model() throws IOException {
        return extract != null ? WikidataExtract.read(extract) : WikidataExtract.bundled();
    }

    /** The extract as an in-memory dataset to serve. */
    Dataset dataset() throws IOException {
        Dataset dataset = DatasetFactory.createTxnMem();
        Model m = model();
        dataset.executeWrite(() -> dataset.getDefaultModel().add(m).setNsPrefixes(m.getNsPrefixMap()));
        return dataset;
    }
}
