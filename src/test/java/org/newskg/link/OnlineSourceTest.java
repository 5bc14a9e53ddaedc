package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.EntityType;
import org.newskg.model.KnowledgeGraph;
import org.newskg.vocab.NKG;

/** The online source against a stand-in for the Wikidata API on loopback; never the real service. */
class OnlineSourceTest {
    private FakeWikidataApi api;

    @TempDir
    Path cache;

    @BeforeEach
    void start() throws IOException {
        Model extract = RDFDataMgr.loadModel(Path.of("wikidata", "extract.ttl").toString());
        api = new FakeWikidataApi(extract);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private OnlineSource.Settings settings() {
        return new OnlineSource.Settings(api.api(), cache, "newskg-test/1.0 (loopback test)", Duration.ZERO, 3,
                Duration.ofMillis(1), 10);
    }

    /** Entities written for this test, one per ambiguity the linker must settle. */
    private static KnowledgeGraph graph() {
        return new TestGraphs()
                .entity("Apple", "Apple", EntityType.COMPANY)
                .entity("United_States", "United States", EntityType.COUNTRY, "US")
                .fact("Apple", NKG.country, "United_States", "Apple builds its phones abroad and sells them in the US.")
                .entity("DeepSeek", "DeepSeek", EntityType.COMPANY)
                .entity("Perplexity", "Perplexity", EntityType.COMPANY)
                .entity("Llama", "Llama", EntityType.AI_MODEL)
                .entity("Gemini", "Gemini", EntityType.AI_MODEL)
                .entity("Claude", "Claude", EntityType.AI_MODEL)
                .entity("Trump", "Trump", EntityType.PERSON)
                .entity("Altman", "Altman", EntityType.PERSON)
                .entity("OpenAI", "OpenAI", EntityType.ORGANIZATION)
                .fact("Altman", NKG.ceoOf, "OpenAI", "Altman told OpenAI staff to ship faster.")
                .entity("Sam_Altmann", "Sam Altmann", EntityType.PERSON)
                .entity("Meta", "Meta", EntityType.COMPANY, "Meta Platforms")
                .build();
    }

    private static Map<String, Optional<String>> qids(Map<String, LinkDecision> decisions) {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        decisions.forEach((k, d) -> out.put(k, d.qid()));
        return out;
    }

    @Test
    void linksLikeTheOfflineSourceAndAnswersTheSecondRunFromTheCache() throws IOException {
        Map<String, Optional<String>> offline = qids(EntityLinker.offline().decide(graph()));
        Map<String, Optional<String>> online = qids(EntityLinker.online(settings()).decide(graph()));
        assertEquals(offline, online);
        assertEquals(Optional.of("Q312"), online.get("Apple"));
        assertEquals(Optional.of("Q131577453"), online.get("DeepSeek"));
        assertEquals(Optional.of("Q7407093"), online.get("Altman"));
        assertEquals(Optional.empty(), online.get("Trump"));
        assertEquals(Optional.empty(), online.get("Gemini"));

        int sent = api.requests.get();
        assertTrue(sent > 0);
        assertTrue(api.userAgents.stream().allMatch("newskg-test/1.0 (loopback test)"::equals), api.userAgents.toString());
        try (Stream<Path> files = Files.walk(cache)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".json")), "answers are cached on disk");
        }

        Map<String, Optional<String>> again = qids(EntityLinker.online(settings()).decide(graph()));
        assertEquals(online, again);
        assertEquals(sent, api.requests.get(), "the second run sends no request");
    }

    @Test
    void retriesWhenTheServerIsBusy() {
        api.busyAnswersLeft.set(2);
        List<Candidate> found = new OnlineSource(settings()).candidates(LinkQuery.of("Nvidia", EntityType.COMPANY));
        assertTrue(found.stream().anyMatch(c -> c.qid().equals("Q182477")), found.toString());
        // Two busy answers, then the search, then the entities.
        assertEquals(4, api.requests.get());
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        api.busyAnswersLeft.set(10);
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new OnlineSource(settings()).candidates(LinkQuery.of("Nvidia", EntityType.COMPANY)));
        assertTrue(e.getMessage().contains("HTTP 503 after 3 attempts"), e.getMessage());
        assertTrue(e.getMessage().startsWith(api.api().toString()), e.getMessage());
    }

    @Test
    void anApiErrorIsReportedAndNotCached() throws IOException {
        api.errorCode = "badvalue";
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new OnlineSource(settings()).candidates(LinkQuery.of("Nvidia", EntityType.COMPANY)));
        assertTrue(e.getMessage().contains("Wikidata API error badvalue"), e.getMessage());
        try (Stream<Path> files = Files.walk(cache)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".json")), "an error answer is not cached");
        }
        api.errorCode = null;
        assertFalse(new OnlineSource(settings()).candidates(LinkQuery.of("Nvidia", EntityType.COMPANY)).isEmpty());
    }
}
