package org.newskg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.ontology.OntModel;
import org.apache.jena.ontology.OntModelSpec;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The ontology file, the {@link NKG} constants and the gold relation inventory agree, and the ontology is consistent. */
class OntologyTest {
    private final Model ontology = Ontology.load();

    @Test
    void nkgConstantsAndOntologyDeclareTheSameTerms() throws IllegalAccessException {
        Set<String> inCode = new TreeSet<>();
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
                inCode.add(r.getURI());
            }
        }
        Set<String> inOntology = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NKG.NS)) {
                inOntology.add(s.getURI());
            }
        });
        assertEquals(inOntology, inCode);
    }

    @Test
    void everyInventoryPropertyIsDefinedWithLabelCommentDomainAndRange() throws Exception {
        String readme = Files.readString(Path.of("gold", "README.md"));
        Matcher m = Pattern.compile("(?m)^\\| (\\w+) \\| .* \\| .* \\| .* \\|$").matcher(readme);
        int count = 0;
        while (m.find()) {
            if (m.group(1).equals("property")) {
                continue;
            }
            Resource p = ontology.getResource(NKG.NS + m.group(1));
            assertTrue(ontology.contains(p, RDF.type, OWL.ObjectProperty) || ontology.contains(p, RDF.type, OWL.DatatypeProperty), p + " is declared");
            assertTrue(p.hasProperty(RDFS.label) && p.hasProperty(RDFS.comment), p + " has label and comment");
            assertTrue(p.hasProperty(RDFS.domain) && p.hasProperty(RDFS.range), p + " has domain and range");
            count++;
        }
        assertEquals(19, count, "relation inventory rows in gold/README.md");
    }

    @Test
    void ontologyIsConsistentUnderOwlRules() {
        OntModel reasoned = ModelFactory.createOntologyModel(OntModelSpec.OWL_MEM_MICRO_RULE_INF, ontology);
        ValidityReport report = reasoned.validate();
        assertTrue(report.isValid(), () -> {
            StringBuilder sb = new StringBuilder();
            report.getReports().forEachRemaining(r -> sb.append(r).append('\n'));
            return sb.toString();
        });
    }
}
