package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of the files that commands write. */
final class OutputFiles {
    private OutputFiles() {}

    /** Fails before the work, which takes a while, when the file could not be written. */
    static void checkWritable(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException(file + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, expected a file name");
        }
    }
}
