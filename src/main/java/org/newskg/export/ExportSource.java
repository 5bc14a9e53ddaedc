package org.newskg.export;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.newskg.link.WikidataExtract;
import org.newskg.vocab.RelationInventory;

/**
 * What an export is made from: the graph as a Dataset, which part of it to export, and the SPARQL
 * endpoint to name in the VoID description. The views the formats need are computed once, on first
 * use, so one source serves all the parts of one export; it is not meant to be shared between
 * threads. The dataset must not change while an export runs: callers hand over an in-memory copy,
 * or write inside a read transaction.
 */
public final class ExportSource {
    private final Dataset data;
    private final Subgraph subgraph;
    private final String endpointUrl;
    private final RelationInventory inventory;

    private Model merged;
    private PropertyGraph propertyGraph;
    private Dataset rdf;
    private Model voidDescription;
    private Model wikidataExtract;

    /**
     * @param endpointUrl SPARQL endpoint of the data for the VoID description, or null
     */
    public ExportSource(Dataset data, Subgraph subgraph, String endpointUrl, RelationInventory inventory) {
        this.data = data;
        this.subgraph = subgraph;
        this.endpointUrl = endpointUrl;
        this.inventory = inventory;
    }

    /** The whole of {@code data}, without endpoint. */
    public static ExportSource of(Dataset data) {
        return new ExportSource(data, Subgraph.WHOLE, null, RelationInventory.load());
    }

    /** The property-graph view of the selected part. */
    public PropertyGraph propertyGraph() {
        if (propertyGraph == null) {
            propertyGraph = new PropertyGraphBuilder(inventory).build(merged(), subgraph);
        }
        return propertyGraph;
    }

    /** The RDF to export: the whole dataset as it is, or the selected part in the default graph. */
    public Dataset rdf() {
        if (rdf == null) {
            rdf = subgraph.isWhole() ? data : DatasetFactory.wrap(RdfSubgraph.of(merged(), propertyGraph(), inventory));
        }
        return rdf;
    }

    /** The VoID description of {@link #rdf()}. */
    public Model voidDescription() {
        if (voidDescription == null) {
            voidDescription = VoidDescription.describe(RdfExport.tripleView(rdf()), endpointUrl, inventory);
        }
        return voidDescription;
    }

    /**
     * Uses this Wikidata extract (in Wikidata's RDF shape) to leave out of QuickStatements what
     * Wikidata already states, instead of the bundled extract.
     */
    public ExportSource wikidataExtract(Model extract) {
        this.wikidataExtract = extract;
        return this;
    }

    /** The Wikidata extract to compare with: the one given, or the bundled one. */
    public Model wikidataExtract() {
        if (wikidataExtract == null) {
            wikidataExtract = WikidataExtract.bundled();
        }
        return wikidataExtract;
    }

    /** Every triple of the dataset, whatever graph it is in (the property-graph view does not care about graphs), read where it is. */
    private Model merged() {
        if (merged == null) {
            merged = RdfExport.tripleView(data);
        }
        return merged;
    }
}
