package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Article;

class ArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void badFilesAreReportedByNameAndGoodOnesStillRead() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "Acme Robotics released Nimbus-2 on Monday.\n");
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(dir.resolve("d-latin1.txt"), "Caf\u00e9 owners in Z\u00fcrich".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("e-good.txt"), "Zentek makes Q900 chips.\n");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader(problems::add).readFolder(dir);

        assertEquals(List.of("a-good", "e-good"), articles.stream().map(Article::id).toList());
        assertEquals("Zentek makes Q900 chips.\n", articles.get(1).text());
        Map<String, String> why = problems.stream().collect(Collectors.toMap(p -> Path.of(p.file()).getFileName().toString(), InputProblem::reason));
        assertEquals(3, why.size(), why::toString);
        assertTrue(why.get("b-empty.txt").contains("empty"), why::toString);
        assertTrue(why.get("c-binary.txt").contains("binary"), why::toString);
        assertTrue(why.get("d-latin1.txt").contains("UTF-8"), why::toString);
    }

    @Test
    void folderWithoutUsableArticleIsReported() throws Exception {
        Files.write(dir.resolve("only-empty.txt"), new byte[0]);
        List<InputProblem> problems = new ArrayList<>();
        assertEquals(List.of(), new ArticleReader(problems::add).readFolder(dir));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(dir.toString()) && p.reason().contains("no usable")), problems::toString);
    }
}
