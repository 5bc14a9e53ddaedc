package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GEXF export opens in networkx's {@code read_gexf}, a reader of GEXF 1.1draft and 1.2draft
 * that refuses 1.3 ("No &lt;graph&gt; element in GEXF file"). Needs python3 with networkx (Debian's
 * {@code python3-networkx}, which {@code .ci/run} installs); skipped, saying so, without it.
 */
class GexfNetworkxTest {
    /** Prints, one per line: the node count, the edge count, then each node's label, type and article count. */
    private static final String READ_BACK = """
            import sys, networkx
            g = networkx.read_gexf(sys.argv[1])
            print(g.number_of_nodes())
            print(g.number_of_edges())
            for node, data in sorted(g.nodes(data=True)):
                print(data["label"], data["type"], data["articles"], sep="\\t")
            """;

    @TempDir
    Path tmp;

    @Test
    void networkxReadsEveryNodeEdgeAndAttribute() throws Exception {
        assumeTrue(run("-c", "import networkx").exitCode == 0,
                "python3 with networkx is not installed (apt-get install python3-networkx); GEXF not read back");
        ExportSource source = ExportSource.of(DatasetFactory.wrap(NewsGraph.model()));
        Path file = Files.write(tmp.resolve("graph.gexf"), Readers.export("gexf", source));

        Result read = run("-c", READ_BACK, file.toString());
        assertEquals(0, read.exitCode, read.output);
        List<String> lines = read.output.lines().toList();
        assertEquals(Integer.toString(NewsGraph.ENTITIES), lines.get(0), read.output);
        assertEquals(Integer.toString(NewsGraph.RELATION_FACTS), lines.get(1), read.output);
        List<String> expected = source.propertyGraph().nodes().stream()
                .sorted((a, b) -> a.iri().compareTo(b.iri()))
                .map(n -> n.label() + "\t" + n.type() + "\t" + n.articles()).toList();
        assertEquals(expected, lines.subList(2, lines.size()));
    }

    private record Result(int exitCode, String output) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, "no python3: " + e.getMessage());
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return new Result(p.exitValue(), output);
    }
}
