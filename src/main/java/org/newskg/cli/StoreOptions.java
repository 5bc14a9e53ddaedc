package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Option;

/** {@code --data DIR}, shared by the commands that use the TDB2 store. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the TDB2 store. Default: ${DEFAULT-VALUE}")
    Path data = GraphStore.DEFAULT_DIR;
}
