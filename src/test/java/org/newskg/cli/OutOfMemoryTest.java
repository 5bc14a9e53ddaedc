package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run out of heap ends with one line saying so, the heap it had and how to give more, not a
 * stack trace: {@code extract} of the bundled corpus in a JVM of its own with a 24 MB heap, too
 * small for the models.
 */
class OutOfMemoryTest {
    @Test
    void aRunOutOfHeapSaysSoInOneLineNamingTheHeapAndHowToGiveMore(@TempDir Path tmp) throws IOException, InterruptedException {
        Path err = tmp.resolve("err.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", "--output", tmp.resolve("graph.nq").toString(), "--recognizer", "none")
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(err.toFile())
                .start();
        assertEquals(1, java.waitFor());
        String text = Files.readString(err, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("newskg extract: out of memory: the Java heap of at most 24 MB is too small"), text);
        assertTrue(last.contains("-Xmx48m") && last.contains("JAVA_TOOL_OPTIONS"), last);
        assertFalse(text.contains("\tat ") || text.contains("Exception in thread"), text);
        assertFalse(Files.exists(tmp.resolve("graph.nq")), "no output file");
    }
}
