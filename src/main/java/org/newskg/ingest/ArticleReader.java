package org.newskg.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.newskg.model.Article;

/**
 * Reads articles from a folder and its subfolders: plain text ({@code *.txt}) and HTML pages
 * ({@code *.html}, {@code *.htm}, or a {@code .txt} file whose content is HTML), UTF-8 or, when not
 * valid UTF-8, Windows-1252. Each file is its own article, with an id of its own ({@link ArticleIds}).
 * What cannot be an article (empty or binary files, other files, links leading outside the folder,
 * unreadable files) is reported to the problem sink with the reason and skipped; the others are
 * still read.
 */
public final class ArticleReader {
    /** Folder of the bundled corpus inside the jar (and on the test class path). */
    public static final String BUNDLED_CORPUS = "/corpus/deepseek";

    private final Consumer<InputProblem> problems;

    public ArticleReader(Consumer<InputProblem> problems) {
        this.problems = problems;
    }

    /** Reads every article file under {@code dir}, in path order. Fails only when the folder itself is unusable. */
    public List<Article> readFolder(Path dir) throws IOException {
        return scan(dir, (article, location) -> article);
    }

    /**
     * The article files under {@code dir}, in path order, each read and checked as {@link #readFolder}
     * does (what cannot be an article is reported and left out) but not kept: {@link ArticleFile#read}
     * reads it again when it is processed, so that a large input is not held in memory.
     */
    public List<ArticleFile> listFolder(Path dir) throws IOException {
        return scan(dir, (article, location) -> new ArticleFile(article.id(), article.sourceFile(), article.markup(),
                article.charset(), location));
    }

    /** What is kept of an article file that was read and found to be an article. */
    private interface Keep<T> {
        T keep(Article article, Path location);
    }

    private <T> List<T> scan(Path dir, Keep<T> keep) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "input folder does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir + " (input must be a folder of .txt or .html articles)");
        }
        InputFolder folder = new InputFolder(dir, problems);
        List<InputFolder.InputFile> files = folder.files();
        Map<String, String> ids = ArticleIds.of(files.stream().map(InputFolder.InputFile::relativePath).toList());
        List<T> articles = new ArrayList<>();
        for (InputFolder.InputFile file : files) {
            String shown = folder.shown(file.relativePath());
            try {
                read(ids.get(file.relativePath()), file.relativePath(), Files.readAllBytes(file.location()), shown)
                        .ifPresent(a -> articles.add(keep.keep(a, file.location())));
            } catch (IOException e) {
                problems.accept(InputProblem.unreadable(shown, e));
            }
        }
        if (articles.isEmpty()) {
            problems.accept(new InputProblem(dir.toString(), InputProblem.Kind.NO_ARTICLE, "no usable article in this folder"));
        }
        return articles;
    }

    /** Reads the corpus bundled with newskg (from the jar, or from the class path in tests). */
    public List<Article> readBundled() throws IOException {
        URL url = ArticleReader.class.getResource(BUNDLED_CORPUS);
        if (url == null) {
            throw new IOException("bundled corpus " + BUNDLED_CORPUS + " is missing from the class path");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return readFolder(fs.getPath(BUNDLED_CORPUS));
                }
            }
            return readFolder(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IOException("bad bundled corpus location " + url, e);
        }
    }

    /**
     * For input that is not a local folder (the files of a Hadoop filesystem path): whether a file
     * of this name is an article file, as in a folder. Hidden files and folders (a name starting
     * with ".") are not read either.
     */
    public static boolean isArticleFile(String fileName) {
        return !fileName.startsWith(".") && InputFolder.isArticleName(fileName);
    }

    /** For input that is not a local folder: the article id of each file (path relative to the input, '/' between folders). */
    public static Map<String, String> ids(List<String> relativePaths) {
        return ArticleIds.of(relativePaths);
    }

    /** For input that is not a local folder: one file's bytes as the article it is, or empty (reported) when it cannot be one. */
    public Optional<Article> read(String id, String relativePath, byte[] bytes) {
        return read(id, relativePath, bytes, relativePath);
    }

    /** Decodes one file's bytes as an article, or reports why it cannot be one and returns empty. */
    private Optional<Article> read(String id, String relativePath, byte[] bytes, String shown) {
        Optional<String> binary = TextDecoder.binaryReason(bytes);
        if (bytes.length == 0 || binary.isPresent()) {
            problems.accept(new InputProblem(shown, bytes.length == 0 ? InputProblem.Kind.EMPTY : InputProblem.Kind.BINARY,
                    binary.orElse("empty file")));
            return Optional.empty();
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            problems.accept(new InputProblem(shown, InputProblem.Kind.EMPTY, "file holds only white space"));
            return Optional.empty();
        }
        Article.Markup markup = HtmlSniffer.isHtml(relativePath, decoded.text()) ? Article.Markup.HTML : Article.Markup.PLAIN;
        return Optional.of(new Article(id, relativePath, decoded.text(), markup, decoded.charset()));
    }
}
