package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files among the articles are reported by name with the reason, and the good ones are still read. */
class ArticleReaderTest {
    @Test
    void emptyBinaryAndNonUtf8FilesAreReportedAndSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_good.txt"), "Acme Robotics was founded in 2019 by Jane Okafor.");
        Files.write(dir.resolve("b_empty.txt"), new byte[0]);
        Files.write(dir.resolve("c_binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        Files.write(dir.resolve("d_latin1.txt"), "Caf\u00e9 Robotics r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("e_good.txt"), "Nimbus-2 was developed by Acme Robotics.");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader(problems::add).readFolder(dir);

        assertEquals(List.of("a_good", "e_good"), articles.stream().map(Article::id).toList());
        assertEquals(List.of("b_empty.txt", "c_binary.txt", "d_latin1.txt"), problems.stream().map(InputProblem::file).toList());
        assertTrue(problems.get(0).reason().contains("empty"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().contains("binary"), problems.get(1).reason());
        assertTrue(problems.get(2).reason().contains("UTF-8"), problems.get(2).reason());
    }

    @Test
    void aMissingFolderIsAnErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        IOException e = assertThrows(IOException.class, () -> new ArticleReader(p -> {}).readFolder(missing));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void theBundledCorpusIsOnTheClassPath() throws IOException {
        assertEquals(5, new ArticleReader(p -> {}).readBundled().size());
    }
}
