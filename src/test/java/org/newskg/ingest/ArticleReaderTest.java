package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Article;
import org.newskg.vocab.Iris;

class ArticleReaderTest {
    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private final List<InputProblem> problems = new ArrayList<>();

    private List<Article> read(Path folder) throws Exception {
        return new ArticleReader(problems::add).readFolder(folder);
    }

    /** Why each skipped file was skipped, by its path under the folder. */
    private Map<String, InputProblem> skipped(Path folder) {
        return problems.stream().filter(p -> p.kind() != InputProblem.Kind.NO_ARTICLE)
                .collect(Collectors.toMap(p -> folder.relativize(Path.of(p.file())).toString(), p -> p));
    }

    @Test
    void badFilesAreReportedByNameAndGoodOnesStillRead() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "Acme Robotics released Nimbus-2 on Monday.\n");
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.writeString(dir.resolve("e-good.txt"), "Zentek makes Q900 chips.\n");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        List<Article> articles = read(dir);

        assertEquals(List.of("a-good", "e-good"), articles.stream().map(Article::id).toList());
        assertEquals("Zentek makes Q900 chips.\n", articles.get(1).text());
        Map<String, InputProblem> why = skipped(dir);
        assertEquals(3, why.size(), why::toString);
        assertEquals(InputProblem.Kind.EMPTY, why.get("b-empty.txt").kind());
        assertTrue(why.get("c-binary.txt").reason().contains("binary"), why::toString);
        assertTrue(why.get("notes.md").reason().contains(".txt, .html or .htm"), why::toString);
    }

    @Test
    void aListedFolderIsCheckedAndReportedAsAReadOneAndEachArticleReadWhenAsked() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "Acme Robotics released Nimbus-2 on Monday.\n");
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-page.html"), "<html><body><p>Caf\u00e9 Labs</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));

        List<ArticleFile> listed = new ArticleReader(problems::add).listFolder(dir);
        List<InputProblem> whenListed = List.copyOf(problems);
        problems.clear();
        List<Article> read = read(dir);

        assertEquals(whenListed, problems, "the same files are skipped for the same reasons");
        assertEquals(read.size(), listed.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(read.get(i), listed.get(i).read());
            assertEquals(read.get(i).charset(), listed.get(i).charset());
        }
        assertEquals(Article.Markup.HTML, listed.get(1).markup());

        Files.write(dir.resolve("a-good.txt"), new byte[0]);
        Exception changed = assertThrows(IOException.class, () -> listed.get(0).read());
        assertTrue(changed.getMessage().startsWith(dir.resolve("a-good.txt").toRealPath() + ": changed while the input was read: empty file"),
                changed.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252AndSaysSo() throws Exception {
        Charset windows1252 = Charset.forName("windows-1252");
        String text = "Caf\u00e9 owners in Z\u00fcrich \u2018welcome\u2019 the new rules.\n";
        Files.write(dir.resolve("latin.txt"), text.getBytes(windows1252));
        Files.writeString(dir.resolve("utf8.txt"), text);

        List<Article> articles = read(dir);

        assertEquals(List.of(text, text), articles.stream().map(Article::text).toList());
        assertEquals(List.of(windows1252, StandardCharsets.UTF_8), articles.stream().map(Article::charset).toList());
    }

    @Test
    void utf16WithItsByteOrderMarkIsText() throws Exception {
        String text = "Caf\u00e9 owners in Z\u00fcrich welcome the new rules.\n";
        Files.write(dir.resolve("le.txt"), withBom(new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("be.txt"), text.getBytes(StandardCharsets.UTF_16));

        List<Article> articles = read(dir);

        assertEquals(List.of(text, text), articles.stream().map(Article::text).toList());
        assertEquals(List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16), articles.stream().map(Article::charset).toList());
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void binaryContentIsFoundAnywhereInTheFileNotOnlyInItsStart() throws Exception {
        byte[] text = "Orbit Labs builds robots for farms. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        byte[] late = java.util.Arrays.copyOf(text, text.length + 1);
        Files.write(dir.resolve("nul-late.txt"), late);
        byte[] controls = java.util.Arrays.copyOf(text, text.length + 4096);
        java.util.Arrays.fill(controls, text.length, controls.length, (byte) 0x01);
        Files.write(dir.resolve("controls-late.txt"), controls);
        Files.write(dir.resolve("text.txt"), text);

        assertEquals(List.of("text"), read(dir).stream().map(Article::id).toList());
        Map<String, InputProblem> why = skipped(dir);
        assertEquals("binary file (NUL byte at byte " + text.length + "), not text", why.get("nul-late.txt").reason());
        assertEquals(InputProblem.Kind.BINARY, why.get("controls-late.txt").kind(), why::toString);
    }

    @Test
    void everyFileIsItsOwnArticleWithAStableIdWhateverItsName() throws Exception {
        List<String> names = List.of("report \u00e9.txt", "report \u6587.txt", "a b.txt", "a_b.txt", "plain.txt");
        for (String name : names) {
            Files.writeString(dir.resolve(name), "Orbit Labs builds robots for " + name + ".\n");
        }
        List<Article> articles = read(dir);

        assertEquals(names.size(), articles.size());
        Map<String, String> ids = articles.stream().collect(Collectors.toMap(Article::sourceFile, Article::id));
        assertEquals(names.size(), new HashSet<>(ids.values()).size(), ids::toString);
        assertEquals(names.size(), ids.values().stream().map(Iris::article).distinct().count(), ids::toString);
        assertEquals("a_b", ids.get("a_b.txt"));
        assertEquals("plain", ids.get("plain.txt"));
        assertTrue(ids.get("a b.txt").matches("a_b-[0-9a-f]{8}"), ids::toString);
        assertTrue(ids.get("report \u00e9.txt").matches("report-[0-9a-f]{8}"), ids::toString);

        // the same files written in another order, elsewhere, get the same ids; so does any order of the paths
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        for (String name : reversed) {
            Files.writeString(elsewhere.resolve(name), "Other text.\n");
        }
        assertEquals(ids, read(elsewhere).stream().collect(Collectors.toMap(Article::sourceFile, Article::id)));
        assertEquals(ids, ArticleIds.of(reversed));
    }

    @Test
    void aFileNamedLikeAnotherOnesHashedIdStillGetsAnIdOfItsOwn() throws Exception {
        String hashed = ArticleIds.of(List.of("a b.txt", "a_b.txt")).get("a b.txt");
        Map<String, String> ids = ArticleIds.of(List.of("a b.txt", "a_b.txt", hashed + ".txt"));
        assertEquals(3, new HashSet<>(ids.values()).size(), ids::toString);
    }

    @Test
    void htmlIsReadByNameAndByContent() throws Exception {
        String page = "<!DOCTYPE html><html><body><p>Orbit Labs builds robots.</p></body></html>";
        Files.writeString(dir.resolve("page.html"), page);
        Files.writeString(dir.resolve("saved.txt"), page);
        Files.writeString(dir.resolve("story.txt"), "Orbit Labs <u>builds</u> robots.\n");

        Map<String, Article.Markup> markup = read(dir).stream().collect(Collectors.toMap(Article::sourceFile, Article::markup));

        assertEquals(Map.of("page.html", Article.Markup.HTML, "saved.txt", Article.Markup.HTML, "story.txt", Article.Markup.PLAIN), markup);
    }

    @Test
    void subfoldersAreReadAndLinksLeadingOutsideHiddenFoldersAndBrokenLinksAreReportedNotFollowed() throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "Orbit Labs keeps this file private.\n");
        Files.createDirectories(dir.resolve("2024/may"));
        Files.writeString(dir.resolve("2024/may/story.txt"), "Orbit Labs builds robots.\n");
        Files.writeString(dir.resolve("top.txt"), "Kestrel Partners invests in robots.\n");
        Files.createSymbolicLink(dir.resolve("outside.txt"), secret);
        Files.createSymbolicLink(dir.resolve("outside-folder"), elsewhere);
        Files.createSymbolicLink(dir.resolve("inside.txt"), dir.resolve("top.txt"));
        Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("gone.txt"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD.txt"), "ref: refs/heads/main\n");

        List<Article> articles = read(dir);

        assertEquals(List.of("2024/may/story.txt", "inside.txt", "top.txt"), articles.stream().map(Article::sourceFile).toList());
        Map<String, InputProblem> why = skipped(dir);
        assertEquals(4, why.size(), why::toString);
        assertTrue(why.get("outside.txt").reason().contains("outside the input folder"), why::toString);
        assertTrue(why.get("outside-folder").reason().contains("outside the input folder"), why::toString);
        assertEquals("broken symbolic link (no such file)", why.get("broken.txt").reason());
        assertEquals(InputProblem.Kind.HIDDEN, why.get(".git").kind());
    }

    @Test
    void folderWithoutUsableArticleIsReported() throws Exception {
        Files.write(dir.resolve("only-empty.txt"), new byte[0]);
        assertEquals(List.of(), read(dir));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(dir.toString()) && p.reason().contains("no usable")), problems::toString);
    }
}
