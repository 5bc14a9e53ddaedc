package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class QuickStatementsTest {
    private static final String GRAPH = """
            @prefix nkg: <https://w3id.org/newskg/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix e: <https://w3id.org/newskg/entity/> .
            @prefix a: <https://w3id.org/newskg/article/> .

            a:one dcterms:date "2025-01-28"^^xsd:date .
            e:Acme owl:sameAs wd:Q1000001 .
            e:Jane_Roe owl:sameAs wd:Q1000002 .
            e:Widget owl:sameAs wd:Q1000003 .
            e:Ruritania owl:sameAs wd:Q1000004 .

            e:Acme nkg:foundedBy e:Jane_Roe , e:Bob_Unlinked ;
                nkg:country e:Ruritania ;
                nkg:foundingDate "2019"^^xsd:gYear ;
                nkg:assetsUnderManagement 8000000000.0 .
            e:Jane_Roe nkg:ceoOf e:Acme .
            e:Widget nkg:developedBy e:Acme ;
                nkg:releaseDate "2024-05-01"^^xsd:date ;
                nkg:usedChip e:Acme .

            [] rdf:subject e:Acme ; rdf:predicate nkg:foundedBy ; rdf:object e:Jane_Roe ;
               nkg:evidence [ nkg:article a:one ; nkg:hedged false ] , [ nkg:article a:two ; nkg:hedged true ] .
            [] rdf:subject e:Acme ; rdf:predicate nkg:foundedBy ; rdf:object e:Bob_Unlinked ;
               nkg:evidence [ nkg:article a:one ; nkg:hedged false ] .
            [] rdf:subject e:Acme ; rdf:predicate nkg:country ; rdf:object e:Ruritania ;
               nkg:evidence [ nkg:article a:one ; nkg:hedged false ] .
            [] rdf:subject e:Acme ; rdf:predicate nkg:foundingDate ; rdf:object "2019"^^xsd:gYear ;
               nkg:evidence [ nkg:article a:two ; nkg:hedged false ] .
            [] rdf:subject e:Acme ; rdf:predicate nkg:assetsUnderManagement ; rdf:object 8000000000.0 ;
               nkg:evidence [ nkg:article a:two ; nkg:hedged false ] .
            [] rdf:subject e:Jane_Roe ; rdf:predicate nkg:ceoOf ; rdf:object e:Acme ;
               nkg:evidence [ nkg:article a:one ; nkg:hedged false ] , [ nkg:article a:two ; nkg:hedged false ] .
            [] rdf:subject e:Widget ; rdf:predicate nkg:developedBy ; rdf:object e:Acme ;
               nkg:evidence [ nkg:article a:one ; nkg:hedged true ] .
            [] rdf:subject e:Widget ; rdf:predicate nkg:releaseDate ; rdf:object "2024-05-01"^^xsd:date ;
               nkg:evidence [ nkg:article a:one ; nkg:hedged false ] .
            [] rdf:subject e:Widget ; rdf:predicate nkg:usedChip ; rdf:object e:Acme ;
               nkg:evidence [ nkg:article a:one ; nkg:hedged false ] .
            """;

    /** What Wikidata already states, in its own shape. */
    private static final String EXTRACT = """
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            wd:Q1000001 wdt:P17 wd:Q1000004 .
            wd:Q1000003 wdt:P577 "2024-05-01T00:00:00Z"^^xsd:dateTime .
            """;

    /** A QuickStatements v1 command adding a statement with a reference: item, property, value, then source pairs. */
    private static final Pattern ITEM = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern PROPERTY = Pattern.compile("P[1-9][0-9]*");
    private static final Pattern VALUE = Pattern.compile("Q[1-9][0-9]*|[+]\\d{4}-\\d{2}-\\d{2}T00:00:00Z/(9|11)|-?\\d+(\\.\\d+)?U[1-9][0-9]*");
    private static final Pattern SOURCE_PROPERTY = Pattern.compile("S[1-9][0-9]*");
    private static final Pattern SOURCE_VALUE = Pattern.compile("\"[^\"\\t]+\"|[+]\\d{4}-\\d{2}-\\d{2}T00:00:00Z/11");

    /** One parsed command: the statement and its reference as property=value pairs. */
    private record Command(String item, String property, String value, List<String> reference) {}

    @Test
    void writesFactsWikidataLacksWithTheirArticlesAsReferences() {
        List<Command> commands = parse(export(GRAPH, EXTRACT));
        String one = "\"https://w3id.org/newskg/article/one\"";
        String two = "\"https://w3id.org/newskg/article/two\"";
        String retrieved = "S813=+2025-02-01T00:00:00Z/11";
        Set<Command> expected = Set.of(
                // foundedBy, from the one article that states it without hedging; the unlinked co-founder is left out
                new Command("Q1000001", "P112", "Q1000002", List.of("S854=" + one, "S577=+2025-01-28T00:00:00Z/11", retrieved)),
                // ceoOf is the inverse of chiefExecutive (P169): the organization is the subject in Wikidata
                new Command("Q1000001", "P169", "Q1000002", List.of("S854=" + one, "S577=+2025-01-28T00:00:00Z/11", retrieved)),
                new Command("Q1000001", "P169", "Q1000002", List.of("S854=" + two, retrieved)),
                // a year and an amount of dollars
                new Command("Q1000001", "P571", "+2019-00-00T00:00:00Z/9", List.of("S854=" + two, retrieved)),
                new Command("Q1000001", "P4103", "8000000000U4917", List.of("S854=" + two, retrieved)));
        // country and release date are in the extract; developedBy is only hedged; usedChip has no Wikidata property
        assertEquals(expected, Set.copyOf(commands));
        assertEquals(expected.size(), commands.size(), "no command twice");
    }

    @Test
    void writesNothingForAGraphWithoutLinks() {
        String unlinked = GRAPH.lines().filter(l -> !l.contains("owl:sameAs")).reduce("", (a, b) -> a + b + "\n");
        assertEquals("", export(unlinked, EXTRACT));
    }

    private static String export(String graph, String extract) {
        ExportSource source = ExportSource.of(DatasetFactory.wrap(turtle(graph))).wikidataExtract(turtle(extract));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuickStatements.write(source, LocalDate.of(2025, 2, 1), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Model turtle(String text) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, Lang.TURTLE).parse(m);
        return m;
    }

    /** Parses QuickStatements v1 lines, checking each field's syntax. */
    private static List<Command> parse(String text) {
        List<Command> commands = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertTrue(f.length >= 5 && f.length % 2 == 1, "item, property, value and source pairs: " + line);
            assertTrue(ITEM.matcher(f[0]).matches(), line);
            assertTrue(PROPERTY.matcher(f[1]).matches(), line);
            assertTrue(VALUE.matcher(f[2]).matches(), line);
            List<String> reference = new ArrayList<>();
            for (int i = 3; i < f.length; i += 2) {
                assertTrue(SOURCE_PROPERTY.matcher(f[i]).matches(), line);
                assertTrue(SOURCE_VALUE.matcher(f[i + 1]).matches(), line);
                reference.add(f[i] + "=" + f[i + 1]);
            }
            commands.add(new Command(f[0], f[1], f[2], reference));
        }
        assertTrue(text.isEmpty() || text.endsWith("\n"), "lines end with a newline");
        return commands;
    }
}
