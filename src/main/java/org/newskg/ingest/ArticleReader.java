package org.newskg.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import java.util.stream.Stream;
import org.newskg.model.Article;

/**
 * Reads plain-text articles ({@code *.txt}) from a folder, in file-name order. A file that is
 * empty, binary or not UTF-8 is reported to the problem sink and skipped; the others are still
 * read.
 */
public final class ArticleReader {
    /** Folder of the bundled corpus inside the jar (and on the test class path). */
    public static final String BUNDLED_CORPUS = "/corpus/deepseek";

    private final Consumer<InputProblem> problems;

    public ArticleReader(Consumer<InputProblem> problems) {
        this.problems = problems;
    }

    /** Reads every {@code .txt} file in {@code dir}. Fails only when the folder itself is unusable. */
    public List<Article> readFolder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "input folder does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir + " (input must be a folder of .txt articles)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                read(file.getFileName().toString(), Files.readAllBytes(file)).ifPresent(articles::add);
            } catch (IOException e) {
                problems.accept(new InputProblem(file.toString(), "cannot be read: " + e.getMessage()));
            }
        }
        if (articles.isEmpty()) {
            problems.accept(new InputProblem(dir.toString(), "no usable .txt article in this folder"));
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
     * Decodes one file's bytes as an article, or reports why it cannot be one.
     *
     * @return the article, or empty when the file was reported and skipped
     */
    public Optional<Article> read(String fileName, byte[] bytes) {
        String why = null;
        String text = null;
        if (bytes.length == 0) {
            why = "empty file";
        } else if (looksBinary(bytes)) {
            why = "binary file (contains NUL or control bytes), not plain text";
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    why = "file holds only white space";
                }
            } catch (CharacterCodingException e) {
                why = "not valid UTF-8 text (" + e.getMessage() + ")";
            }
        }
        if (why != null) {
            problems.accept(new InputProblem(fileName, why));
            return Optional.empty();
        }
        String id = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return Optional.of(new Article(id, fileName, text));
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100 + 1;
    }
}
