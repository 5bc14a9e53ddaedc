package org.newskg.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.newskg.link.EntityLinker;
import org.newskg.link.OnlineSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How entities are linked to Wikidata once they are resolved, before the graph is written:
 * {@code --link offline} (the default: the extract of {@code --wikidata}), {@code online} (the
 * Wikidata web API, cached on disk) or {@code none}.
 */
final class LinkOptions {
    /** Where candidates come from; the constants are spelled as typed on the command line. */
    enum Source { offline, online, none }

    @Option(names = "--link", paramLabel = "SOURCE", defaultValue = "offline",
            description = "Link entities to Wikidata (owl:sameAs): ${COMPLETION-CANDIDATES}. offline reads the --wikidata "
                    + "extract; online asks the Wikidata API (--wikidata-api, cached in --wikidata-cache). Default: ${DEFAULT-VALUE}")
    Source source;

    @Mixin
    WikidataOptions wikidata;

    @Option(names = "--wikidata-api", paramLabel = "URL", defaultValue = "https://www.wikidata.org/w/api.php",
            description = "API address for --link online. Default: ${DEFAULT-VALUE}")
    URI api;

    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            description = "Cache folder for --link online; a second run sends no request. Default: ~/.cache/newskg/wikidata")
    Path cache;

    /** The linker {@code --link} chooses; empty for {@code none}. */
    Optional<EntityLinker> linker() throws IOException {
        return switch (source) {
            case offline -> Optional.of(wikidata.offlineLinker());
            case online -> Optional.of(EntityLinker.online(OnlineSource.Settings.defaults(api, cacheDir())));
            case none -> Optional.empty();
        };
    }

    /** Fails on options that do not fit together; called before any slow work. */
    void validate() {
        if (source == Source.online && wikidata.extract != null) {
            throw new IllegalArgumentException("--wikidata FILE is the offline extract; it does not go with --link online");
        }
    }

    private Path cacheDir() {
        return cache != null ? cache : Path.of(System.getProperty("user.home"), ".cache", "newskg", "wikidata");
    }
}
