package org.newskg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The newskg OWL ontology, read from {@code ontology/newskg.ttl} as packaged on the class path. */
public final class Ontology {
    public static final String RESOURCE = "/ontology/newskg.ttl";

    private Ontology() {}

    /** A fresh, modifiable copy of the ontology. */
    public static Model load() {
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("ontology " + RESOURCE + " is not on the class path");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(NKG.ONTOLOGY_IRI).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
