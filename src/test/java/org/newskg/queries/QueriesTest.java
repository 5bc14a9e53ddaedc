package org.newskg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.TestModels;
import org.newskg.bench.QueryLoad;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;
import org.newskg.link.WikidataExtract;
import org.newskg.server.KgServer;
import org.newskg.store.GraphStore;
import org.newskg.vocab.NKG;

/**
 * Runs every query in {@code queries/} over HTTP against a real server on a TDB2 store holding the
 * graph extracted from the bundled corpus, and checks that each returns a row it is known to answer.
 */
class QueriesTest {
    private static final Path QUERIES = Path.of("queries");

    private static final String WD = "http://www.wikidata.org/entity/";

    /** The federated query of the README's section on linking. */
    private static final String README_FEDERATED_QUERY = """
            PREFIX nkg:  <https://w3id.org/newskg/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?model ?developer ?wikidataDeveloper WHERE {
              ?m nkg:developedBy ?d ; rdfs:label ?model .
              ?d rdfs:label ?developer ; owl:sameAs ?item .
              SERVICE <https://query.wikidata.org/sparql> {
                ?item rdfs:label ?wikidataDeveloper . FILTER (LANG(?wikidataDeveloper) = "en")
              }
            }
            """;

    /** Per query file, the column values of one row it must return (IRIs as strings, numbers as plain decimals, other literals by lexical form). */
    private static final Map<String, Map<String, String>> EXPECTED_ROWS = Map.ofEntries(
            Map.entry("founders.rq", Map.of("organization", "DeepSeek", "founderName", "Liang Wenfeng")),
            Map.entry("chips.rq", Map.of("user", "DeepSeek-V2", "userType", "AIModel", "chip", "Nvidia H800", "maker", "Nvidia")),
            Map.entry("models-by-company.rq", Map.of("developer", "DeepSeek", "model", "DeepSeek-V3")),
            Map.entry("people-and-organizations.rq",
                    Map.of("person", "Jon Withaar", "role", "employedBy", "organization", "Pictet Asset Administration")),
            Map.entry("ceos.rq", Map.of("organization", "OpenAI", "ceo", "Sam Altman", "articles", "2")),
            Map.entry("corroborated-facts.rq", Map.of("subject", "DeepSeek R1", "property", "developedBy", "object", "DeepSeek")),
            Map.entry("attributed-claims.rq", Map.of(
                    "speaker", "DeepSeek", "subject", "ChatGPT-4", "property", "developedBy", "object", "OpenAI", "hedged", "true")),
            Map.entry("evidence.rq", Map.of(
                    "subject", "DeepSeek", "property", "foundedBy", "sourceFile", "001_b99916fa96ac8022.txt",
                    "sentenceIndex", "12", "beginOffset", "2038", "endOffset", "2218", "reader", "patterns")),
            Map.entry("entity-labels.rq", Map.of("label", "DeepSeek-V3", "type", "AIModel", "altLabels", "V3")),
            Map.entry("money-facts.rq", Map.of("subject", "DeepSeek-V3", "property", "trainingCost", "amountUsd", "5600000")),
            Map.entry("model-comparisons.rq", Map.of("model", "DeepSeek R1", "relation", "outperforms", "other", "OpenAI o1")),
            Map.entry("fact-card.rq", Map.of("direction", "out", "property", "spunOutOf", "other", "High-Flyer Quant")),
            Map.entry("wikidata-descriptions.rq", Map.of("organization", "DeepSeek", "item", WD + "Q131577453",
                    "description", "Chinese artificial intelligence company", "reportedFounding", "2023")),
            Map.entry("facts-wikidata-lacks.rq", Map.of("subject", "Sam Altman", "property", "ceoOf", "object", "OpenAI",
                    "wikidataProperty", "http://www.wikidata.org/prop/direct/P169",
                    "subjectItem", WD + "Q21708200", "objectItem", WD + "Q7407093")),
            Map.entry("known-to-wikidata.rq", Map.of("organization", "Nvidia", "known", "true", "item", WD + "Q182477",
                    "wikidataLabel", "Nvidia", "description", "American technology company that designs GPUs")));

    @TempDir
    static Path storeDir;

    private static GraphStore store;
    private static KgServer server;
    private static HttpClient http;

    @BeforeAll
    static void loadCorpusAndStartServer() throws IOException {
        var articles = new ArticleReader(problem -> {}).readBundled();
        Model graph = TestModels.pipeline().linker(EntityLinker.offline()).build().run(articles).model();
        store = GraphStore.open(storeDir);
        store.replace(graph);
        server = KgServer.builder().dataset(store.dataset())
                .wikidata(DatasetFactory.wrap(WikidataExtract.bundled())).port(0).build().start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyQueryFileHasAnExpectedAnswerAndEveryExpectedAnswerAFile() throws IOException {
        assertEquals(new TreeSet<>(EXPECTED_ROWS.keySet()), queryFiles(),
                "each .rq file in queries/ needs an entry in EXPECTED_ROWS, and each entry a file");
        assertTrue(EXPECTED_ROWS.size() >= 10, "queries/ should hold at least ten queries");
    }

    @Test
    void everyQueryFileStartsWithACommentSayingTheQuestionAndColumns() throws IOException {
        for (String name : queryFiles()) {
            String text = Files.readString(QUERIES.resolve(name));
            assertTrue(text.startsWith("# "), name + ": must start with a # comment saying the question");
            assertTrue(text.contains("# Columns:"), name + ": the comment must list the result columns");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryReturnsItsKnownAnswerOverHttp() throws IOException {
        return queryFiles().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Map<String, String> expected = EXPECTED_ROWS.get(name);
            assertTrue(expected != null, name + ": no expected row in EXPECTED_ROWS");
            List<Map<String, String>> rows = select(Files.readString(QUERIES.resolve(name)));
            assertTrue(rows.stream().anyMatch(row -> row.entrySet().containsAll(expected.entrySet())),
                    name + ": no row contains " + expected + "; got " + rows);
        }));
    }

    /**
     * A SERVICE joined as a whole would send its pattern unbound (every description in Wikidata);
     * written so that Jena runs it once per solution with the item bound (a sequence, a
     * conditional or a FILTER EXISTS), it asks only for the linked items. This keeps the queries
     * usable against Wikidata itself.
     */
    @Test
    void everyServiceIsCalledWithItsItemsBound() throws IOException {
        for (String name : queryFiles()) {
            Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(Files.readString(QUERIES.resolve(name)))));
            List<String> unbound = new ArrayList<>();
            OpWalker.walk(op, new OpVisitorBase() {
                @Override
                public void visit(OpJoin join) {
                    check(join.getLeft(), join.getRight());
                }

                @Override
                public void visit(OpLeftJoin join) {
                    check(join.getLeft(), join.getRight());
                }

                private void check(Op... sides) {
                    for (Op side : sides) {
                        if (side instanceof OpService service) {
                            unbound.add(service.getService().toString());
                        }
                    }
                }
            });
            assertEquals(List.of(), unbound, name + ": SERVICE evaluated without its variables bound");
        }
    }

    /**
     * The ranks the top-N queries start from: each ranked node's rank is one more than the number of
     * nodes of its group (class or property) with a higher count, or the same count and a smaller
     * IRI, and (on this graph, with fewer than {@code Ranking.RANKED} of any group) every node of a
     * group has one. So on it a query that reads the first ranks answers as one that sorts every count.
     */
    @ParameterizedTest
    @CsvSource({
        "nkg:mentionRank, nkg:mentionCount, a",
        "nkg:articleRank, nkg:articleCount, rdf:predicate"})
    void everyNodeIsRankedInItsGroupByItsCountTiesByIri(String rank, String count, String group) throws Exception {
        List<Map<String, String>> rows = select("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?node ?rank (COUNT(?before) AS ?ahead) WHERE {
                  ?node %3$s ?group ; %2$s ?n .
                  OPTIONAL { ?node %1$s ?rank }
                  OPTIONAL { ?before %3$s ?group ; %2$s ?m . FILTER (?m > ?n || (?m = ?n && STR(?before) < STR(?node))) }
                } GROUP BY ?node ?rank""".formatted(rank, count, group));
        assertTrue(rows.size() > 50, () -> "too few " + count + " to test: " + rows.size());
        for (Map<String, String> row : rows) {
            assertTrue(row.containsKey("rank"), () -> row.get("node") + " has no " + rank);
            assertEquals(Integer.parseInt(row.get("ahead")) + 1, Integer.parseInt(row.get("rank")), row::toString);
        }
    }

    @Test
    void factsWikidataLacksLeavesOutWhatTheExtractStates() throws Exception {
        List<Map<String, String>> rows = select(Files.readString(QUERIES.resolve("facts-wikidata-lacks.rq")));
        // The extract states DeepSeek's country (wdt:P17 wd:Q148), and the graph has that fact too.
        assertTrue(rows.stream().noneMatch(r -> r.get("property").equals("country") && r.get("subject").equals("DeepSeek")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("property").equals("developedBy") && r.get("subject").equals("Llama")
                && r.get("objectItem").equals(WD + "Q380")), rows.toString());
    }

    /** The explorer's article view marks evidence sentences in the article's text: each must be found there. */
    @Test
    void everyArticleHasItsTextAndEveryEvidenceSentenceIsPartOfIt() throws Exception {
        String prefix = "PREFIX nkg: <" + NKG.NS + ">\n";
        List<Map<String, String>> counts = select(prefix + "SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(?e) AS ?evidence) "
                + "WHERE { ?a a nkg:Article ; nkg:text ?text . OPTIONAL { ?e nkg:article ?a } }");
        assertEquals("5", counts.get(0).get("articles"), "every article of the bundled corpus has its text");
        assertTrue(Integer.parseInt(counts.get(0).get("evidence")) > 50, counts.toString());
        assertEquals(List.of(), select(prefix + "SELECT ?e ?sentence WHERE { ?e nkg:article ?a ; nkg:sentenceText ?sentence . "
                + "?a nkg:text ?text FILTER(!CONTAINS(?text, ?sentence)) }"), "evidence sentences not in their article's text");
    }

    @Test
    void knownToWikidataListsUnlinkedOrganizationsAsUnknown() throws Exception {
        List<Map<String, String>> rows = select(Files.readString(QUERIES.resolve("known-to-wikidata.rq")));
        assertTrue(rows.stream().anyMatch(r -> r.get("organization").equals("High-Flyer") && r.get("known").equals("false")
                && !r.containsKey("item")), rows.toString());
    }

    /** The query names the organization classes by local name (see its comment): exactly those of the ontology. */
    @Test
    void knownToWikidataNamesEveryOrganizationClassOfTheOntology() throws Exception {
        String query = Files.readString(QUERIES.resolve("known-to-wikidata.rq"));
        java.util.regex.Matcher in = java.util.regex.Pattern.compile("STRAFTER\\(STR\\(\\?class\\), \"#\"\\) IN \\(([^)]*)\\)").matcher(query);
        assertTrue(in.find(), query);
        Set<String> named = java.util.Arrays.stream(in.group(1).split(","))
                .map(n -> n.strip().replace("\"", "")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> ontology = select("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?class WHERE { ?class rdfs:subClassOf* nkg:Organization }""").stream()
                .map(r -> r.get("class").substring(NKG.NS.length())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ontology, named);
    }

    @Test
    void readmeFederatedQueryJoinsTheGraphWithWikidata() throws Exception {
        List<Map<String, String>> rows = select(README_FEDERATED_QUERY);
        assertTrue(rows.contains(Map.of("model", "Llama", "developer", "Meta", "wikidataDeveloper", "Meta Platforms")), rows.toString());
    }

    @Test
    void readmeCurlQueryFindsTheFounderByName() throws Exception {
        List<Map<String, String>> rows = select("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?founder WHERE { ?org rdfs:label "DeepSeek" ; nkg:foundedBy ?f . ?f rdfs:label ?founder }
                """);
        assertEquals(List.of(Map.of("founder", "Liang Wenfeng")), rows);
    }

    /**
     * The load test of {@code bench queries}, small and short: four clients send every shipped
     * query for three seconds, and every answer must be a complete 200. The figures on a large
     * generated store are in docs/RELIABILITY.md.
     */
    @Test
    void everyQueryAnswersCompletelyUnderConcurrentLoad() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : queryFiles()) {
            queries.put(name, Files.readString(QUERIES.resolve(name)));
        }
        QueryLoad.Report report = new QueryLoad(URI.create(server.sparqlUrl()), queries).run(4, Duration.ofSeconds(3));
        assertEquals(Map.of(), report.errorsByStatus(), "answers other than a complete 200, by status");
        assertEquals(queries.keySet(), report.perQuery().stream().map(QueryLoad.QueryFigures::query).collect(Collectors.toSet()));
        assertTrue(report.perQuery().stream().allMatch(q -> q.requests() > 0 && q.p99Millis() >= q.p50Millis()), report.toString());
        assertEquals(report.requests(), report.perQuery().stream().mapToInt(QueryLoad.QueryFigures::requests).sum());
    }

    private static Set<String> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Sends the query to the server's SPARQL endpoint and returns the rows, values as plain strings. */
    private static List<Map<String, String>> select(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            solution.varNames().forEachRemaining(var -> row.put(var, text(solution.get(var))));
            rows.add(row);
        }
        return rows;
    }

    /** Numbers in their plain decimal form, since the store may write 5600000 as 5600000.0. */
    private static String text(RDFNode node) {
        if (!node.isLiteral()) {
            return node.toString();
        }
        Object value = node.asLiteral().getValue();
        return value instanceof Number
                ? new BigDecimal(value.toString()).stripTrailingZeros().toPlainString()
                : node.asLiteral().getLexicalForm();
    }
}
