package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void smallBenchOnTheBundledCorpusReportsThroughput() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            assertEquals(0, Main.run("bench", "--megabytes", "0.05", "--threads", "1"));
        } finally {
            System.setOut(saved);
        }
        assertTrue(captured.toString().contains("characters/second"), captured::toString);
        assertTrue(captured.toString().contains("entity recognizer alone on the same sentences"), captured::toString);
    }

    @Test
    void nonPositiveSizeFails() {
        assertEquals(1, Main.run("bench", "--megabytes", "0"));
    }
}
