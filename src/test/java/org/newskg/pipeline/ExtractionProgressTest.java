package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionProgressTest {
    @Test
    void onATerminalABarCountsTheArticlesAndTheEndIsSaidOnce() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        ExtractionProgress progress = new ExtractionProgress(lines::add, 3, new PrintStream(terminal, true, StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            progress.articleDone(1000);
        }
        progress.finish();
        String drawn = terminal.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("extracting") && drawn.contains("3/3 articles"), drawn);
        assertTrue(drawn.contains("articles/s"), "the bar shows the rate: " + drawn);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("extracted 3 articles in "), lines.get(0));
    }

    @Test
    void withoutATerminalNothingIsDrawnAndOnlyLinesAreSaid() {
        List<String> lines = new ArrayList<>();
        ExtractionProgress progress = new ExtractionProgress(lines::add, 2, null);
        progress.articleDone(10);
        progress.articleDone(10);
        progress.finish();
        assertEquals(1, lines.size(), "no periodic line within ten seconds: " + lines);
        assertTrue(lines.get(0).matches("extracted 2 articles in [0-9.]+ s \\([0-9.]+ articles/s, [0-9]+ characters/s\\)"), lines.get(0));
    }
}
