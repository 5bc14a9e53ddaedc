package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.EntityType;
import org.newskg.vocab.NKG;

/** One test per kind of ambiguity, on the bundled extract and on entities and sentences made up here. */
class EntityLinkerTest {
    private static EntityLinker linker;

    @BeforeAll
    static void load() {
        linker = EntityLinker.offline();
    }

    private static Optional<String> qid(Map<String, LinkDecision> decisions, String key) {
        return decisions.get(key).qid();
    }

    @Test
    void appleTheCompanyIsNotTheFruit() {
        Map<String, LinkDecision> d = linker.decide(new TestGraphs()
                .entity("Apple", "Apple", EntityType.COMPANY)
                .entity("United_States", "United States", EntityType.COUNTRY, "US")
                .fact("Apple", NKG.country, "United_States", "Apple, the phone maker, booked most of its sales in the US.")
                .build());
        assertEquals(Optional.of("Q312"), qid(d, "Apple"));
        assertEquals(Optional.of("Q30"), qid(d, "United_States"));
        assertTrue(d.get("Apple").chosen().get().explanation().contains("same country"), d.get("Apple").toString());
        // The fruit has the name as its very label, and still scores nothing for a company.
        ScoredCandidate fruit = d.get("Apple").runnerUp().orElseThrow();
        assertEquals("Q89", fruit.qid());
        assertEquals(0.0, fruit.score());

        // Without any context the type alone decides.
        assertEquals(Optional.of("Q312"), linker.decide(LinkQuery.of("Apple", EntityType.ORGANIZATION)).qid());
        assertFalse(linker.decide(LinkQuery.of("Apple", EntityType.AI_MODEL)).linked());
    }

    @Test
    void amazonTheCompanyIsNotTheRiver() {
        LinkDecision company = linker.decide(LinkQuery.of("Amazon", EntityType.COMPANY));
        assertEquals(Optional.of("Q3884"), company.qid());
        assertEquals(LinkMethod.EXACT_LABEL, company.method());
        assertEquals(Optional.of("Q3783"), linker.decide(LinkQuery.of("Amazon", EntityType.PLACE)).qid());
    }

    @Test
    void geminiTheConstellationIsNeverAModel() {
        LinkDecision d = linker.decide(LinkQuery.of("Gemini", EntityType.AI_MODEL));
        assertFalse(d.linked(), d.toString());
        assertEquals("Q8923", d.runnerUp().orElseThrow().qid());
        assertEquals(0.0, d.runnerUp().get().score());
    }

    @Test
    void geminiTheModelWinsWhenTheExtractHasIt(@TempDir Path dir) throws IOException {
        // A larger extract with a model item. Q900000001 is made up for this test; the developer
        // statement (wdt:P178) points to Google's real item.
        Path extract = dir.resolve("extract.ttl");
        Files.writeString(extract, """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <http://schema.org/>
                wd:Q8923 rdfs:label "Gemini"@en ; schema:description "constellation of the zodiac"@en .
                wd:Q900000001 rdfs:label "Gemini"@en ; schema:description "family of multimodal language models"@en ;
                    wdt:P31 wd:Q115305900 ; wdt:P178 wd:Q95 .
                wd:Q95 rdfs:label "Google"@en ; schema:description "American technology company"@en ; wdt:P31 wd:Q4830453 .
                """);
        EntityLinker larger = EntityLinker.offline(extract);
        Map<String, LinkDecision> d = larger.decide(new TestGraphs()
                .entity("Gemini", "Gemini", EntityType.AI_MODEL)
                .entity("Google", "Google", EntityType.COMPANY)
                .fact("Gemini", NKG.developedBy, "Google", "Google trained Gemini on its own chips.")
                .build());
        assertEquals(Optional.of("Q900000001"), qid(d, "Gemini"));
        assertTrue(d.get("Gemini").chosen().get().explanation().contains("related to Q95"), d.get("Gemini").toString());
        assertEquals(Optional.of("Q95"), qid(d, "Google"));
    }

    @Test
    void llamaTheModelIsNotTheAnimal() {
        LinkDecision d = linker.decide(LinkQuery.of("Llama", EntityType.AI_MODEL));
        assertEquals(Optional.of("Q116894231"), d.qid());
        assertEquals("Q42569", d.runnerUp().orElseThrow().qid());
        // A numbered release is another model, not a misspelling of the family.
        assertFalse(linker.decide(LinkQuery.of("Llama 3.1", EntityType.AI_MODEL)).linked());
    }

    @Test
    void claudeIsAModelAndNoPerson() {
        Map<String, LinkDecision> d = linker.decide(new TestGraphs()
                .entity("Claude", "Claude", EntityType.AI_MODEL, "Anthropic Claude")
                .entity("Anthropic", "Anthropic", EntityType.COMPANY)
                .fact("Claude", NKG.developedBy, "Anthropic", "Anthropic ships Claude to businesses.")
                .build());
        assertEquals(Optional.of("Q118876059"), qid(d, "Claude"));
        assertEquals(Optional.of("Q116758847"), qid(d, "Anthropic"));
        assertFalse(linker.decide(LinkQuery.of("Claude", EntityType.PERSON)).linked());
    }

    @Test
    void bareSurnameStaysUnlinkedWithoutContext() {
        LinkDecision trump = linker.decide(LinkQuery.of("Trump", EntityType.PERSON));
        assertFalse(trump.linked(), trump.toString());
        // Sharing an article with the United States is too weak to tell father from son.
        Map<String, LinkDecision> d = linker.decide(new TestGraphs()
                .entity("Trump", "Trump", EntityType.PERSON)
                .entity("United_States", "United States", EntityType.COUNTRY)
                .build());
        assertEquals(Optional.empty(), qid(d, "Trump"));
        // The full name is not ambiguous, and the son is not the father.
        assertEquals(Optional.of("Q22686"), linker.decide(LinkQuery.of("Donald Trump", EntityType.PERSON, "Trump")).qid());
        assertFalse(linker.decide(LinkQuery.of("Altman", EntityType.PERSON)).linked());
    }

    @Test
    void bareSurnameLinksWithAFactThatSettlesIt() {
        Map<String, LinkDecision> d = linker.decide(new TestGraphs()
                .entity("Altman", "Altman", EntityType.PERSON)
                .entity("OpenAI", "OpenAI", EntityType.ORGANIZATION)
                .fact("Altman", NKG.ceoOf, "OpenAI", "Altman, who runs OpenAI, said the lab would answer.")
                .build());
        assertEquals(Optional.of("Q7407093"), qid(d, "Altman"));
        assertEquals(Optional.of("Q21708200"), qid(d, "OpenAI"));
    }

    @Test
    void theCompanyIsNotItsProduct() {
        Map<String, LinkDecision> d = linker.decide(new TestGraphs()
                .entity("DeepSeek", "DeepSeek", EntityType.COMPANY)
                .entity("China", "China", EntityType.COUNTRY)
                .fact("DeepSeek", NKG.country, "China", "The start-up DeepSeek works out of an office tower in China.")
                .build());
        assertEquals(Optional.of("Q131577453"), qid(d, "DeepSeek"));
        assertEquals("Q132324293", d.get("DeepSeek").runnerUp().orElseThrow().qid());
        assertEquals(0.0, d.get("DeepSeek").runnerUp().get().score());
        assertEquals(Optional.of("Q148"), qid(d, "China"));

        assertEquals(Optional.of("Q124333951"), linker.decide(LinkQuery.of("Perplexity", EntityType.ORGANIZATION)).qid());
        // A model called like the company links to neither the company nor its app.
        assertFalse(linker.decide(LinkQuery.of("DeepSeek", EntityType.AI_MODEL)).linked());
    }

    @Test
    void unknownPersonWithASimilarNameStaysUnlinked() {
        Map<String, LinkDecision> d = linker.decide(new TestGraphs()
                .entity("Sam_Altmann", "Sam Altmann", EntityType.PERSON)
                .entity("OpenAI", "OpenAI", EntityType.ORGANIZATION)
                .fact("Sam_Altmann", NKG.employedBy, "OpenAI", "Sam Altmann, an engineer at OpenAI, wrote the patch.")
                .build());
        LinkDecision altmann = d.get("Sam_Altmann");
        assertFalse(altmann.linked(), altmann.toString());
        assertEquals("Q7407093", altmann.runnerUp().orElseThrow().qid());
        assertEquals(MatchKind.FUZZY, altmann.runnerUp().get().match());

        assertEquals(LinkMethod.NO_CANDIDATE, linker.decide(LinkQuery.of("Wenyu Qiao", EntityType.PERSON)).method());
    }

    @Test
    void aMisspelledCompanyLinksOnlyWithContext() {
        assertFalse(linker.decide(LinkQuery.of("Databrick", EntityType.COMPANY)).linked());
        Map<String, LinkDecision> d = linker.decide(new TestGraphs()
                .entity("Databrick", "Databrick", EntityType.COMPANY)
                .entity("United_States", "United States", EntityType.COUNTRY)
                .fact("Databrick", NKG.country, "United_States", "Databrick, a data firm in the United States, raised money.")
                .build());
        assertEquals(Optional.of("Q18350420"), qid(d, "Databrick"));
        assertEquals(LinkMethod.FUZZY, d.get("Databrick").method());
    }

    @Test
    void aVersionIsNotAMisspelling() {
        Map<String, LinkDecision> d = linker.decide(new TestGraphs()
                .entity("GPT-4o", "GPT-4o", EntityType.AI_MODEL)
                .entity("OpenAI", "OpenAI", EntityType.ORGANIZATION)
                .fact("GPT-4o", NKG.developedBy, "OpenAI", "OpenAI put GPT-4o in its free tier.")
                .build());
        assertEquals(Optional.empty(), qid(d, "GPT-4o"));
        assertEquals(Optional.of("Q116709136"), linker.decide(LinkQuery.of("GPT 4", EntityType.AI_MODEL)).qid());
    }

    @Test
    void aSpellingWithoutSpaceIsTheSameName() {
        LinkDecision d = linker.decide(LinkQuery.of("Huggingface", EntityType.COMPANY));
        assertEquals(Optional.of("Q108943604"), d.qid());
        assertEquals(LinkMethod.EXACT_LABEL, d.method());
    }
}
