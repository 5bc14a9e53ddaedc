package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.GexfWriter;
import org.newskg.export.NewsGraph;
import org.newskg.export.Readers;
import org.newskg.store.ServedAddress;

/**
 * The commands while another process, a real {@code newskg serve} in its own JVM, holds the store:
 * {@code query} and {@code export} answer through it with {@code --endpoint}, and {@code up} finds
 * the store (or its port) taken before it reads any article.
 */
class RunningServerTest {
    @TempDir
    static Path tmp;

    private static Path store;
    private static Process serve;
    private static String endpoint;

    @BeforeAll
    static void serveAStoreFromAnotherProcess() throws IOException {
        store = tmp.resolve("tdb2");
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(NewsGraph.model()));
        TDBInternal.expel(ds.asDatasetGraph());

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        serve = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--data", store.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            printed.append(line).append('\n');
            if (line.startsWith("SPARQL endpoint: ")) {
                endpoint = line.substring("SPARQL endpoint: ".length()).strip();
                break;
            }
        }
        if (endpoint == null) {
            throw new IllegalStateException("newskg serve ended without serving:\n" + printed);
        }
        // Keep reading what the server prints, so that it never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(Writer.nullWriter());
            } catch (IOException e) {
                // the pipe closes when the server is stopped
            }
        }, "serve-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** Stops the server as Ctrl-C does; it takes its note of where it served away. */
    @AfterAll
    static void stopTheServer() throws InterruptedException {
        if (serve != null) {
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "newskg serve did not stop");
            assertEquals(Optional.empty(), ServedAddress.read(store), "the address is left in the store after the stop");
        }
    }

    @Test
    void queryAsksTheRunningServerWithEndpoint() throws IOException {
        Path q = Files.writeString(tmp.resolve("count.rq"),
                "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e <https://w3id.org/newskg/ontology#mentionCount> ?m }");
        Run asked = Run.of("query", q.toString(), "--endpoint", endpoint, "--format", "csv");
        assertEquals(0, asked.exitCode(), asked.err());
        assertEquals(List.of("n", Integer.toString(NewsGraph.ENTITIES)), asked.out().lines().toList());
    }

    /** The server notes its address in the store it holds; query and export find it there and ask it. */
    @Test
    void queryAndExportFindTheServerThatHoldsTheStore() throws IOException {
        assertEquals(Optional.of(URI.create(endpoint)), ServedAddress.read(store));
        Path q = Files.writeString(tmp.resolve("count-found.rq"),
                "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e <https://w3id.org/newskg/ontology#mentionCount> ?m }");
        String note = "is held by the server at " + endpoint + "; asking it";
        Run found = Run.of("query", q.toString(), "--data", store.toString(), "--format", "csv");
        assertEquals(0, found.exitCode(), found.err());
        assertEquals(List.of("n", Integer.toString(NewsGraph.ENTITIES)), found.out().lines().toList());
        assertEquals(List.of("newskg query: " + store + " " + note), found.err().lines().toList());

        Path graphml = tmp.resolve("found.graphml");
        Run exported = Run.of("export", "--format", "graphml", "--output", graphml.toString(), "--data", store.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertEquals(List.of("newskg export: " + store + " " + note), exported.err().lines().toList());
        assertTrue(Files.size(graphml) > 0);

        // Without the note, the store held is a one-line error that says what to do.
        ServedAddress.remove(store);
        try {
            Run held = Run.of("query", q.toString(), "--data", store.toString());
            assertEquals(1, held.exitCode());
            assertEquals(1, held.err().lines().count(), held.err());
            assertTrue(held.err().contains("a running `newskg serve` or `up` holds it: stop it first, or ask it with --endpoint URL"),
                    held.err());
        } finally {
            ServedAddress.write(store, endpoint);
        }
    }

    @Test
    void exportAsksTheRunningServerWithEndpoint() throws Exception {
        Path gexf = tmp.resolve("graph.gexf");
        Run run = Run.of("export", "--format", "gexf", "--output", gexf.toString(), "--endpoint", endpoint);
        assertEquals(0, run.exitCode(), run.err());
        byte[] xml = Files.readAllBytes(gexf);
        Readers.validate(xml, Readers.GEXF_XSD);
        assertEquals(NewsGraph.ENTITIES, Readers.dom(xml).getElementsByTagNameNS(GexfWriter.NS, "node").getLength());

        Path csv = tmp.resolve("people.csv");
        Run part = Run.of("export", "--format", "csv", "--output", csv.toString(), "--endpoint", endpoint, "--types", "Person");
        assertEquals(0, part.exitCode(), part.err());
        List<String> nodes = Files.readAllLines(tmp.resolve("people-nodes.csv"));
        assertTrue(nodes.size() > 1 && nodes.size() - 1 < NewsGraph.ENTITIES, String.join("\n", nodes));
        assertTrue(Files.exists(tmp.resolve("people-edges.csv")));

        Run refused = Run.of("export", "--format", "gexf", "--output", gexf.toString(), "--endpoint", endpoint,
                "--around", "Nobody");
        assertEquals(1, refused.exitCode());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("newskg export: --endpoint " + endpoint + ": HTTP 400"), refused.err());
    }

    /** A folder of one short article, for {@code up}. */
    private static Path oneArticle(String folder) throws IOException {
        Path articles = Files.createDirectories(tmp.resolve(folder));
        Files.writeString(articles.resolve("one.txt"), "Acme opened a new office in Lyon on Monday.\n");
        return articles;
    }

    @Test
    void upFindsTheStoreHeldBeforeReadingArticles() throws IOException {
        Run run = Run.of("up", "--input", oneArticle("articles").toString(), "--data", store.toString(), "--port", "0", "--recognizer", "none");
        assertEquals(1, run.exitCode());
        // One line, and no report on the input: nothing was read.
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("newskg up: " + store + ": cannot open the TDB2 store"), run.err());
    }

    @Test
    void upFindsItsPortTakenBeforeReadingArticles() throws IOException {
        Path articles = oneArticle("port-articles");
        Path newStore = tmp.resolve("new-store");
        try (ServerSocket taken = new ServerSocket(0)) {
            Run run = Run.of("up", "--input", articles.toString(), "--data", newStore.toString(),
                    "--port", Integer.toString(taken.getLocalPort()), "--recognizer", "none");
            assertEquals(1, run.exitCode());
            assertEquals(List.of("newskg up: cannot listen on --port " + taken.getLocalPort() + ": Address already in use"),
                    run.err().lines().toList());
        }
        assertFalse(Files.exists(newStore), "no store written");
    }
}
