package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command says about a messy input folder, and what it leaves behind when the input is missing. */
class InputCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void loadWithAMissingInputFailsWithoutCreatingAStore() {
        Path store = tmp.resolve("tdb2");
        Run r = Run.of("load", "--input", tmp.resolve("no-such-folder").toString(), "--data", store.toString(), "--recognizer", "none");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("no-such-folder"), r.err());
        assertFalse(Files.exists(store), "no store folder is created");
    }

    @Test
    void theRunSaysWhichFilesWereReadHowAndWhichWereSkippedWhyAndCountsEveryArticle() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a b.txt"), "Orbit Labs, founded by Marisol Vance, builds robots.\n");
        Files.writeString(in.resolve("a_b.txt"), "Kestrel Partners, founded by Ann Lee, invests in robots.\n");
        Files.writeString(in.resolve("report \u00e9.txt"), "Tiller Works, founded by Jo Roe, makes tractors.\n");
        Files.writeString(in.resolve("report \u6587.txt"), "Harrow Labs, founded by Max Poe, makes seeds.\n");
        Files.writeString(in.resolve("page.html"), "<html><body><p>Furrow Inc., founded by Eve Moe, sells soil.</p></body></html>");
        Files.write(in.resolve("cafe.txt"), "Caf\u00e9 Nord, founded by Ida Roe, sells coffee.\n".getBytes(Charset.forName("windows-1252")));
        Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path out = tmp.resolve("graph.ttl");

        Run r = Run.of("extract", "--input", in.toString(), "--output", out.toString(), "--recognizer", "none", "--relations", "rules");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("6 articles,"), r.out());
        assertTrue(r.err().contains("read " + in.resolve("page.html") + " as HTML"), r.err());
        assertTrue(r.err().contains("read " + in.resolve("cafe.txt") + " decoded as windows-1252 (not valid UTF-8)"), r.err());
        assertTrue(r.err().contains("skipped " + in.resolve("image.txt") + ": binary file (NUL byte at byte 4)"), r.err());
        assertTrue(r.err().contains("input: 7 files, 6 read as articles (1 as HTML, 1 not in UTF-8), 1 skipped (1 binary)"), r.err());
    }
}
