package org.newskg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * IRIs of the newskg ontology ({@code ontology/newskg.ttl}), in the style of Jena's own
 * vocabulary classes. {@code OntologyVocabularyTest} checks that this class and the Turtle file
 * name the same terms.
 */
public final class NKG {
    public static final String NS = "https://w3id.org/newskg/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/newskg/ontology";
    /** Base of the IRIs the extractor mints for entities, articles, facts and evidence. */
    public static final String DATA = "https://w3id.org/newskg/";

    private NKG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Agent = resource("Agent");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Company = resource("Company");
    public static final Resource ResearchLab = resource("ResearchLab");
    public static final Resource InvestmentFirm = resource("InvestmentFirm");
    public static final Resource University = resource("University");
    public static final Resource MediaOrganization = resource("MediaOrganization");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Product = resource("Product");
    public static final Resource AIModel = resource("AIModel");
    public static final Resource Chip = resource("Chip");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource City = resource("City");
    public static final Resource Benchmark = resource("Benchmark");
    public static final Resource Technique = resource("Technique");
    public static final Resource Article = resource("Article");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource ExtractionRule = resource("ExtractionRule");

    // Relations between entities
    public static final Property foundedBy = property("foundedBy");
    public static final Property spunOutOf = property("spunOutOf");
    public static final Property parentOrganization = property("parentOrganization");
    public static final Property usedChip = property("usedChip");
    public static final Property manufacturedBy = property("manufacturedBy");
    public static final Property developedBy = property("developedBy");
    public static final Property ceoOf = property("ceoOf");
    public static final Property chiefExecutive = property("chiefExecutive");
    public static final Property employedBy = property("employedBy");
    public static final Property country = property("country");
    public static final Property outperforms = property("outperforms");
    public static final Property evaluatedOn = property("evaluatedOn");
    public static final Property usesModel = property("usesModel");
    public static final Property investedIn = property("investedIn");
    public static final Property basedOn = property("basedOn");
    public static final Property usesTechnique = property("usesTechnique");

    // Values
    public static final Property trainingCost = property("trainingCost");
    public static final Property foundingDate = property("foundingDate");
    public static final Property assetsUnderManagement = property("assetsUnderManagement");
    public static final Property releaseDate = property("releaseDate");

    // Provenance
    public static final Property confidence = property("confidence");
    public static final Property evidence = property("evidence");
    public static final Property evidenceCount = property("evidenceCount");
    public static final Property articleCount = property("articleCount");
    public static final Property articleRank = property("articleRank");
    public static final Property article = property("article");
    public static final Property sentenceText = property("sentenceText");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property beginOffset = property("beginOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property extractedBy = property("extractedBy");
    public static final Property reader = property("reader");
    public static final Property assertedBy = property("assertedBy");
    public static final Property hedged = property("hedged");
    public static final Property sourceFile = property("sourceFile");
    public static final Property text = property("text");
    public static final Property mentionCount = property("mentionCount");
    public static final Property mentionRank = property("mentionRank");
    public static final Property mentionedIn = property("mentionedIn");
}
