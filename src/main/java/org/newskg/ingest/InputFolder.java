package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The article files of an input folder and its subfolders ({@code .txt}, {@code .html},
 * {@code .htm}), in path order. Everything else is reported with the reason it is skipped: other
 * files, hidden files and folders, what cannot be read, and symbolic links that lead outside the
 * folder (a link to a file inside it is read, a link to a folder is not followed, its files being
 * read from where they are).
 */
final class InputFolder {
    /** An article file: its path in the input folder ('/' between folders) and where to read it. */
    record InputFile(String relativePath, Path location) {}

    private final Path shown;
    private final Path root;
    private final Consumer<InputProblem> problems;

    /**
     * @param shown    the folder as the user named it, for messages
     * @param problems where skipped files are reported
     */
    InputFolder(Path shown, Consumer<InputProblem> problems) throws IOException {
        this.shown = shown;
        this.root = shown.toRealPath();
        this.problems = problems;
    }

    List<InputFile> files() throws IOException {
        List<InputFile> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && isHidden(dir)) {
                    skip(dir, InputProblem.Kind.HIDDEN, "hidden folder, not read");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path location = attrs.isSymbolicLink() ? linkTarget(file) : file;
                if (location != null) {
                    article(file, location).ifPresent(files::add);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.accept(InputProblem.unreadable(shown(relative(file)), e));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(InputFile::relativePath));
        return files;
    }

    /** Where a symbolic link leads, if it is to be read: to a file inside the folder. */
    private Path linkTarget(Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            skip(link, InputProblem.Kind.LINK, "broken symbolic link (" + InputProblem.reason(e) + ")");
            return null;
        }
        if (!target.startsWith(root)) {
            skip(link, InputProblem.Kind.LINK, "symbolic link to " + target + ", outside the input folder; not followed");
            return null;
        }
        if (Files.isDirectory(target)) {
            skip(link, InputProblem.Kind.LINK, "symbolic link to a folder; not followed (its files are read where they are)");
            return null;
        }
        return target;
    }

    private Optional<InputFile> article(Path file, Path location) {
        String name = file.getFileName().toString();
        if (isHidden(file)) {
            skip(file, InputProblem.Kind.HIDDEN, "hidden file, not read");
        } else if (!Files.isRegularFile(location)) {
            skip(file, InputProblem.Kind.NOT_AN_ARTICLE, "not a regular file");
        } else if (!isArticleName(name)) {
            skip(file, InputProblem.Kind.NOT_AN_ARTICLE, "not an article file (.txt, .html or .htm)");
        } else {
            return Optional.of(new InputFile(relative(file), location));
        }
        return Optional.empty();
    }

    /** Whether a file of this name is read as an article: {@code .txt}, {@code .html} or {@code .htm}, in any case. */
    static boolean isArticleName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    /** A file as the user can find it: under the folder they named. */
    String shown(String relativePath) {
        return shown.resolve(relativePath).toString();
    }

    private void skip(Path p, InputProblem.Kind kind, String reason) {
        problems.accept(new InputProblem(shown(relative(p)), kind, reason));
    }
}
