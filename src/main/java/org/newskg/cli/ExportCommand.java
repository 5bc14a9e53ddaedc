package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.newskg.export.ExportFormat;
import org.newskg.export.ExportFormats;
import org.newskg.export.ExportSource;
import org.newskg.export.Subgraph;
import org.newskg.store.GraphStore;
import org.newskg.store.StoreInUseException;
import org.newskg.vocab.RelationInventory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Exports the knowledge graph, or part of it, for graph tools (Gephi, Cytoscape, yEd, pandas) or as RDF.",
            "Reads the TDB2 store (--data), or extracts a folder of articles first (--input), or asks the running",
            "server that holds the store (found in the store, or given with --endpoint)."},
        footer = {
            "",
            "Formats: graphml, gexf and cyjs are one file; csv writes FILE-nodes.csv and FILE-edges.csv.",
            "jsonld, ttl, trig and nq hold the RDF with its provenance (statements, evidence, articles) and its",
            "VoID description; with --around, --properties or --types, the RDF of that part only.",
            "void is the VoID description alone.",
            "quickstatements writes, for Wikidata's QuickStatements tool (v1), the facts between linked entities",
            "whose property aligns to a Wikidata property and that the Wikidata extract (--wikidata) does not state,",
            "each with its article as reference.",
            "",
            "Examples (a line ending in \\ goes on on the next):",
            "  newskg export --format gexf --output graph.gexf",
            "  newskg export --format graphml --output people.graphml \\",
            "      --types Person,Organization",
            "  newskg export --format cyjs --output around.cyjs \\",
            "      --around \"Some Company\" --depth 2 --properties foundedBy,ceoOf",
            "  newskg export --format gexf --output graph.gexf \\",
            "      --endpoint http://localhost:3030/kg/sparql"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}")
    String format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Output file")
    Path output;

    @Option(names = "--data", paramLabel = "DIR", description = "TDB2 store to read (default: data/tdb2)")
    Path data;

    @Mixin
    InputOptions input;

    @Mixin
    LinkOptions link;

    @Option(names = "--around", paramLabel = "ENTITY",
            description = "Only the entities around this one (IRI, or label in any case)")
    String around;

    @Option(names = "--depth", paramLabel = "N",
            description = "With --around: how many facts away from the entity to go (default: 1)")
    Integer depth;

    @Option(names = "--properties", paramLabel = "P", split = ",",
            description = "Only facts of these relations (local names such as foundedBy, or IRIs)")
    List<String> properties = new ArrayList<>();

    @Option(names = "--types", paramLabel = "T", split = ",",
            description = "Only entities of these classes or their subclasses (local names such as Person, or IRIs)")
    List<String> types = new ArrayList<>();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SPARQL endpoint of a running `newskg up` or `serve` (such as http://localhost:3030/kg/sparql): "
                    + "the export is asked from that server, which holds the store. With --input, the endpoint "
                    + "that will serve the data, named in the VoID description.")
    URI endpoint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat exportFormat = ExportFormats.require(format);
        ExportFormats.checkExtension(exportFormat, output);
        Subgraph subgraph = subgraph();
        if (data != null && input.input != null) {
            throw new IllegalArgumentException("give either --data or --input, not both");
        }
        boolean remote = endpoint != null && input.input == null;
        if (remote && data != null) {
            throw new IllegalArgumentException("give either --data or --endpoint, not both");
        }
        Map<ExportFormat.Part, Path> files = exportFormat.files(output);
        for (Path file : files.values()) {
            OutputFiles.checkWritable(file);
        }
        if (remote) {
            return exportFrom(endpoint, exportFormat, files);
        }

        link.validate();
        Dataset dataset;
        if (input.input != null) {
            dataset = DatasetFactory.wrap(input.run(spec.commandLine().getErr(), link).model());
        } else {
            Path dir = data != null ? data : GraphStore.DEFAULT_DIR;
            try {
                dataset = readStore(dir);
            } catch (StoreInUseException held) {
                return exportFrom(RemoteEndpoint.servedInstead(dir, held, spec.commandLine().getErr(), "export"), exportFormat, files);
            }
        }
        ExportSource source = new ExportSource(dataset, subgraph, endpoint == null ? null : endpoint.toString(),
                RelationInventory.load());
        if (link.wikidata.extract != null) {
            source.wikidataExtract(link.wikidata.model());
        }
        if (!subgraph.isWhole()) {
            // Names the user gave are checked before any file is written.
            source.propertyGraph();
        }
        for (Map.Entry<ExportFormat.Part, Path> file : files.entrySet()) {
            write(file.getValue(), out -> file.getKey().writer().write(source, out));
            spec.commandLine().getOut().println(exportFormat.name() + " -> " + file.getValue());
        }
        return 0;
    }

    private Subgraph subgraph() {
        if (depth != null && around == null) {
            throw new IllegalArgumentException("--depth needs --around ENTITY");
        }
        return new Subgraph(Optional.ofNullable(around), depth == null ? 1 : depth,
                names(properties), names(types));
    }

    /** Writes the export as the running server at {@code server} gives it. */
    private int exportFrom(URI server, ExportFormat exportFormat, Map<ExportFormat.Part, Path> files) throws IOException {
        if (link.wikidata.extract != null) {
            throw new IllegalArgumentException("--wikidata does not apply to an export from a running server: it exports with the extract it serves");
        }
        for (Map.Entry<ExportFormat.Part, Path> file : files.entrySet()) {
            write(file.getValue(), out -> RemoteEndpoint.download(server, exportFormat.servedFile(file.getKey()),
                    subgraphParameters(), out));
            spec.commandLine().getOut().println(exportFormat.name() + " -> " + file.getValue());
        }
        return 0;
    }

    /** The subgraph options as the server's export routes take them. */
    private Map<String, List<String>> subgraphParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (around != null) {
            parameters.put("around", List.of(around));
        }
        if (depth != null) {
            parameters.put("depth", List.of(depth.toString()));
        }
        parameters.put("properties", List.copyOf(names(properties)));
        parameters.put("types", List.copyOf(names(types)));
        return parameters;
    }

    private static Set<String> names(List<String> values) {
        Set<String> names = new LinkedHashSet<>();
        values.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }


    /** Writes one file of an export to a stream. */
    @FunctionalInterface
    private interface FileWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Writes next to the file and moves it in place, so that a failed export leaves no half file. */
    private static void write(Path file, FileWriter writer) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The store's contents as an in-memory snapshot, so that the export does not keep the store busy. */
    private static Dataset readStore(Path dir) throws IOException {
        try (GraphStore store = GraphStore.openLoaded(dir)) {
            return store.snapshot();
        } catch (StoreInUseException held) {
            throw held;
        } catch (IOException e) {
            throw new IOException("--data " + e.getMessage(), e);
        }
    }

    /** The format names, for {@code --help}. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ExportFormats.ALL.stream().map(ExportFormat::name).iterator();
        }
    }
}
