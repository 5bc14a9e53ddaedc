package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An export format: the name a user gives, and the one or more files it writes. Most formats are
 * one file; CSV is two (nodes and edges). A command line writes every part next to the output file;
 * an HTTP route serves one part per URL.
 *
 * @param name        name on the command line, e.g. {@code graphml}
 * @param description one line for {@code --help}
 * @param parts       the files, at least one
 */
public record ExportFormat(String name, String description, List<Part> parts) {
    public ExportFormat {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("format " + name + " has no part");
        }
    }

    /** Writes one part of an export to a stream it does not close. */
    @FunctionalInterface
    public interface PartWriter {
        void write(ExportSource source, OutputStream out) throws IOException;
    }

    /**
     * One file of an export.
     *
     * @param suffix    file name ending for this part, e.g. {@code .graphml} or {@code -nodes.csv}
     * @param mediaType media type to serve it with
     * @param writer    how to write it
     */
    public record Part(String suffix, String mediaType, PartWriter writer) {}

    /** A format of one file. */
    static ExportFormat single(String name, String description, String extension, String mediaType, PartWriter writer) {
        return new ExportFormat(name, description, List.of(new Part("." + extension, mediaType, writer)));
    }

    /**
     * The file name a server gives this part: a format named after its file extension writes the
     * graph itself and is {@code graph} plus the suffix ({@code graph.ttl}, {@code graph-nodes.csv});
     * any other format writes a document about the graph and goes by its own name
     * ({@code void.ttl}, {@code quickstatements.tsv}).
     */
    public String servedFile(Part part) {
        return (part.suffix().contains(name) ? "graph" : name) + part.suffix();
    }

    /** The file name extensions of the parts, without the dot: {@code csv} for both CSV tables. */
    public Set<String> extensions() {
        Set<String> extensions = new LinkedHashSet<>();
        parts.forEach(p -> extensions.add(p.suffix().substring(p.suffix().lastIndexOf('.') + 1)));
        return extensions;
    }

    /**
     * Where each part goes for the output file a user names. A one-part format writes the file as
     * named; a format of several parts writes, for {@code out/graph.csv} or {@code out/graph}, the
     * files {@code out/graph-nodes.csv} and {@code out/graph-edges.csv}.
     */
    public Map<Part, Path> files(Path output) {
        Map<Part, Path> files = new LinkedHashMap<>();
        if (parts.size() == 1) {
            files.put(parts.get(0), output);
            return files;
        }
        String name = output.getFileName().toString();
        String extension = "." + this.name;
        String base = name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
        for (Part p : parts) {
            files.put(p, output.resolveSibling(base + p.suffix()));
        }
        return files;
    }
}
