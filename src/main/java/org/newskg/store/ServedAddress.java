package org.newskg.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The SPARQL endpoint of the server that holds a store, kept in the store's folder while it serves,
 * so that a command that finds the store held ({@link StoreInUseException}) can ask that server
 * instead of failing.
 */
public final class ServedAddress {
    private static final String FILE = "served-at";

    private ServedAddress() {}

    /** Notes that the store in {@code storeDir} is served at {@code sparqlEndpoint}. */
    public static void write(Path storeDir, String sparqlEndpoint) throws IOException {
        Files.writeString(storeDir.resolve(FILE), sparqlEndpoint + "\n", StandardCharsets.UTF_8);
    }

    /** Where the store in {@code storeDir} is served, if a server noted it; empty when none did or the note is unreadable. */
    public static Optional<URI> read(Path storeDir) {
        try {
            return Optional.of(URI.create(Files.readString(storeDir.resolve(FILE), StandardCharsets.UTF_8).strip()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Takes the note away when the server stops. */
    public static void remove(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(FILE));
        } catch (IOException e) {
            // A note left behind only points a later command to a server that no longer answers, and it says so.
        }
    }
}
