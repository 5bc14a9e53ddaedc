package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main code depend on each other in one direction only, as the data flows
 * (ingest → nlp → mentions → relations → entities → link → graph → store/server → export): read
 * from what {@code jdeps -verbose:package} reports on the compiled classes.
 */
class PackageCyclesTest {
    private static final Pattern EDGE = Pattern.compile("^\\s*(org\\.newskg[\\w.]*)\\s+->\\s+(org\\.newskg[\\w.]*)\\s", Pattern.MULTILINE);

    @Test
    void packagesFormNoCycle() {
        Path classes = Path.of("target", "classes");
        assertTrue(Files.isDirectory(classes), "compile first: " + classes.toAbsolutePath());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none", classes.toString());
        assertEquals(0, status, out::toString);

        Map<String, Set<String>> uses = new TreeMap<>();
        Matcher m = EDGE.matcher(out.toString());
        while (m.find()) {
            if (!m.group(1).equals(m.group(2))) {
                uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertTrue(uses.size() > 10, "jdeps reported too few packages to judge:\n" + out);
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            // a package that reaches itself again is on a cycle
            Deque<List<String>> paths = new ArrayDeque<>(List.of(List.of(start)));
            Set<String> seen = new TreeSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    if (next.equals(start)) {
                        List<String> cycle = new ArrayList<>(path);
                        cycle.add(start);
                        cycles.add(String.join(" -> ", cycle));
                    } else if (seen.add(next)) {
                        List<String> longer = new ArrayList<>(path);
                        longer.add(next);
                        paths.push(longer);
                    }
                }
            }
        }
        assertEquals(List.of(), cycles);
    }
}
