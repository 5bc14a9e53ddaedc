package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.CleanText;

/** {@link ExtractionArchive} in a real folder: the list of its articles, and a staged article moved in. */
class ExtractionArchiveTest {
    @TempDir
    Path tmp;

    private static ArticleExtraction extraction(String id, String sourceFile, String text) {
        int[] offsets = IntStream.range(0, text.length()).toArray();
        return new ArticleExtraction(new Article(id, sourceFile, text), Article.Metadata.NONE, new CleanText(text, offsets, text.length()),
                List.of(), List.of(), List.of());
    }

    @Test
    void entriesListTheArticlesByPathAndReadTheirExtractionsWhenAsked() throws IOException {
        ExtractionArchive archive = ExtractionArchive.of(tmp);
        archive.put(extraction("b", "b.txt", "Second."));
        archive.put(extraction("2024/a", "2024/a.txt", "First."));

        List<ExtractionArchive.Entry> entries = archive.entries();
        assertEquals(List.of("2024/a.txt", "b.txt"), entries.stream().map(ExtractionArchive.Entry::sourceFile).toList());
        assertEquals(List.of("2024/a", "b"), entries.stream().map(ExtractionArchive.Entry::id).toList());
        assertEquals("First.", entries.get(0).read().article().text());

        Files.writeString(tmp.resolve("extractions/c.json.gz"), "not gzip");
        IOException e = assertThrows(IOException.class, archive::entries);
        assertTrue(e.getMessage().contains("c.json.gz"), e.getMessage());
    }

    @Test
    void aStagedArticleTakesTheArchivedOnesPlace() throws IOException {
        ExtractionArchive archive = ExtractionArchive.of(tmp);
        archive.put(extraction("a", "a.txt", "Old text."));
        ExtractionArchive staged = archive.staging();
        staged.put(extraction("a", "a.txt", "New text."));
        staged.put(extraction("news/b", "news/b.txt", "Another."));

        archive.take(staged, "a");
        archive.take(staged, "news/b");
        staged.delete();
        assertEquals("New text.", archive.read("a").article().text());
        assertEquals(List.of("a", "news/b"), archive.entries().stream().map(ExtractionArchive.Entry::id).toList());
        assertFalse(Files.exists(tmp.resolve(ExtractionArchive.FOLDER + ".new")));
    }
}
