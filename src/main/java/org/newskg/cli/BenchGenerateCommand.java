package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.newskg.bench.CorpusGenerator;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Article;
import org.newskg.model.ArticleInput;
import org.newskg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a corpus of --articles articles for benchmarks, made from real ones: each a seed article with "
                + "the names of its people, organizations and products renamed (the same name, the same new name, within "
                + "each pass over the seeds; new names in each pass) and its paragraphs after the lead reshuffled. "
                + "The same --seed gives the same corpus.")
final class BenchGenerateCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", required = true, description = "How many articles to write.")
    int articles;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "Folder to write them to, created if missing; must be empty.")
    Path output;

    @Option(names = "--from", paramLabel = "DIR",
            description = "Folder of seed articles (repeatable; subfolders included). Default: the bundled corpus.")
    List<Path> from = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed for renaming and reshuffling. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--recognizer", paramLabel = "NAME", defaultValue = "nlp4j",
            description = "Trained entity recognizer that finds the names to rename, beside the name rules: "
                    + "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    InputOptions.Recognizer recognizer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionChecks.atLeastOne("--articles", articles);
        checkEmpty(output);
        PrintWriter err = spec.commandLine().getErr();
        List<Article> seedArticles = seedArticles(err);
        Pipeline.Builder b = Pipeline.create().relationModel(null).progress(m -> {
            err.println(m);
            err.flush();
        });
        if (recognizer == InputOptions.Recognizer.none) {
            b.recognizer(null);
        }
        Pipeline pipeline = b.build();
        List<CorpusGenerator.Seed> seeds = seedArticles.parallelStream()
                .map(a -> CorpusGenerator.Seed.of(pipeline.process(a))).toList();
        CorpusGenerator generator = new CorpusGenerator(seeds, seed);
        Files.createDirectories(output);
        long characters = IntStream.range(0, articles).parallel().mapToLong(i -> write(generator.generate(i))).sum();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d articles (%d characters) from %d seed articles written to %s%n", articles, characters, seeds.size(), output);
        out.flush();
        return 0;
    }

    private List<Article> seedArticles(PrintWriter err) throws IOException {
        InputReport report = new InputReport(err, ArticleInput::sourceFile);
        ArticleReader reader = new ArticleReader(report::skipped);
        List<Article> seeds = new ArrayList<>();
        if (from.isEmpty()) {
            seeds.addAll(reader.readBundled());
        }
        for (Path dir : from) {
            seeds.addAll(reader.readFolder(dir));
        }
        report.read(seeds);
        if (seeds.isEmpty()) {
            throw new IOException("--from: no seed article in " + (from.isEmpty() ? "the bundled corpus" : from));
        }
        return seeds;
    }

    private long write(Article a) {
        try {
            Files.writeString(output.resolve(a.sourceFile()), a.text(), StandardCharsets.UTF_8);
            return a.text().length();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(output.resolve(a.sourceFile()) + ": cannot be written", e);
        }
    }

    private static void checkEmpty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IOException("--output " + dir + ": is a file, expected a folder");
            }
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("--output " + dir + ": folder is not empty");
                }
            }
        }
    }
}
