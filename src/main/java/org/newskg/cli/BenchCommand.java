package org.newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newskg.mentions.NamelessSentences;
import org.newskg.model.Article;
import org.newskg.model.DependencyParse;
import org.newskg.model.KnowledgeGraph;
import org.newskg.model.Sentence;
import org.newskg.nlp.DependencyParser;
import org.newskg.nlp.Nlp4jDependencyParser;
import org.newskg.nlp.Nlp4jEntityRecognizer;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.StageClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchGenerateCommand.class, BenchQueriesCommand.class},
        description = "Measures extraction throughput: repeats the articles until the text reaches --megabytes, "
                + "runs the extractor once to warm up, then once timed, and prints characters and articles per second. "
                + "It prints the time of each stage (summed over the threads), and with the entity recognizer, it then "
                + "times the recognizer alone on all the sentences (those the pipeline spares it, where no name can be, included), "
                + "so that the extraction compares with the model's own cost on the same text. Run it with "
                + "--threads 1 and --threads 2 to see how it scales with cores.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--megabytes", paramLabel = "MB", defaultValue = "5",
            description = "Least amount of text (millions of characters) to extract in the timed run. Default: ${DEFAULT-VALUE}.")
    double megabytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(megabytes > 0)) {
            throw new IllegalArgumentException("--megabytes must be more than 0, got " + megabytes);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Article> corpus = repeated(input.articles(spec.commandLine().getErr()), (long) (megabytes * 1_000_000));
        long characters = corpus.stream().mapToLong(a -> a.text().length()).sum();
        int threads = input.threads != null ? input.threads : Runtime.getRuntime().availableProcessors();
        StageClock clock = StageClock.create();
        ParsedSentences parsed = new ParsedSentences();
        Pipeline extractor = input.builder(spec.commandLine().getErr(), Optional.empty(), Map.of()).stageClock(clock).parser(parsed).build();
        // the first run loads classes and lets the JIT compile the hot paths; only the second is measured
        extractor.extract(corpus);
        clock.reset();
        parsed.texts.clear();
        long start = System.nanoTime();
        KnowledgeGraph kg = extractor.extract(corpus);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%d articles, %d characters, %d facts in %.2f s (threads: %d, recognizer: %s)%n", corpus.size(), characters,
                kg.facts().size(), seconds, threads, input.recognizer);
        out.printf("%.0f characters/second, %.1f articles/second%n", characters / seconds, corpus.size() / seconds);
        printStages(out, clock, characters);
        if (input.recognizer == InputOptions.Recognizer.nlp4j) {
            List<List<Sentence>> sentences = sentences(extractor, corpus);
            printSpared(out, sentences);
            double recognizerSeconds = recognizerAlone(sentences, threads);
            out.printf("entity recognizer alone on the same sentences, all of them: %.2f s, %.0f characters/second (%.0f%% of the extraction time)%n",
                    recognizerSeconds, characters / recognizerSeconds, 100 * recognizerSeconds / seconds);
            if (!parsed.texts.isEmpty()) {
                List<String> texts = List.copyOf(parsed.texts);
                double parserSeconds = alone(texts, threads, Nlp4jDependencyParser.english()::parse);
                out.printf("dependency parser alone on the %d sentences the learned reader parsed (%.1f%%): %.2f s (%.0f%% of the extraction time)%n",
                        texts.size(), 100.0 * texts.size() / sentences.stream().mapToInt(List::size).sum(), parserSeconds, 100 * parserSeconds / seconds);
                out.printf("the trained models alone: %.2f s; the extraction took %.2f times that%n",
                        recognizerSeconds + parserSeconds, seconds / (recognizerSeconds + parserSeconds));
            }
        }
        out.flush();
        return 0;
    }

    /** Each stage's time summed over the threads, its share of all stages, and the characters per second it alone would go at. */
    private static void printStages(PrintWriter out, StageClock clock, long characters) {
        Map<String, Double> stages = clock.seconds();
        double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("%-44s %9s %6s %14s%n", "stage (time summed over threads)", "seconds", "share", "characters/s");
        stages.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e ->
                out.printf("%-44s %9.2f %5.0f%% %14.0f%n", e.getKey(), e.getValue(), 100 * e.getValue() / total, characters / e.getValue()));
    }

    /** Each article's sentences, cleaned and split as the pipeline does. */
    private static List<List<Sentence>> sentences(Pipeline pipeline, List<Article> corpus) {
        List<List<Sentence>> sentences = new ArrayList<>(corpus.size());
        for (Article a : corpus) {
            sentences.add(pipeline.sentences(a));
        }
        return sentences;
    }

    /** How many sentences the pipeline does not give the recognizer, since no name can be in them. */
    private static void printSpared(PrintWriter out, List<List<Sentence>> sentences) {
        long all = 0;
        long spared = 0;
        long allCharacters = 0;
        long sparedCharacters = 0;
        for (List<Sentence> article : sentences) {
            for (Sentence s : article) {
                all++;
                allCharacters += s.text().length();
                if (NamelessSentences.cannotHoldName(s.text())) {
                    spared++;
                    sparedCharacters += s.text().length();
                }
            }
        }
        out.printf("sentences the pipeline spares the recognizer (no name can be in them): %d of %d (%.1f%%, %.1f%% of their characters)%n",
                spared, all, 100.0 * spared / all, 100.0 * sparedCharacters / allCharacters);
    }

    /**
     * Seconds the recognizer takes on all the sentences, those the pipeline spares it included: the
     * model's own cost on the whole text, against which the extraction is measured.
     */
    private static double recognizerAlone(List<List<Sentence>> sentences, int threads) throws InterruptedException, ExecutionException {
        Nlp4jEntityRecognizer recognizer = Nlp4jEntityRecognizer.english();
        return alone(sentences.stream().flatMap(article -> article.stream().map(Sentence::text)).toList(), threads, recognizer::recognize);
    }

    /** Seconds a model takes on the sentences, spread over {@code threads} in batches as the pipeline spreads articles. */
    private static double alone(List<String> sentences, int threads, Consumer<String> model) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < sentences.size(); from += BATCH) {
                List<String> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH));
                done.add(pool.submit(() -> batch.forEach(model)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sentences per task when a model is timed alone: about an article's. */
    private static final int BATCH = 40;

    /**
     * NLP4J's parser as the learned reader is given it, noting each sentence it parses, so that the
     * parser can be timed alone on them; loaded on first use, so not at all with {@code --relations rules}.
     */
    private static final class ParsedSentences implements DependencyParser {
        final Queue<String> texts = new ConcurrentLinkedQueue<>();

        @Override
        public String name() {
            return Nlp4jDependencyParser.NAME;
        }

        @Override
        public DependencyParse parse(String sentence) {
            texts.add(sentence);
            return Nlp4jDependencyParser.english().parse(sentence);
        }
    }

    /** The articles repeated, each copy with its own id, until their text holds at least {@code minChars} characters. */
    private static List<Article> repeated(List<Article> articles, long minChars) {
        List<Article> out = new ArrayList<>();
        long chars = 0;
        for (int copy = 0; chars < minChars; copy++) {
            for (Article a : articles) {
                out.add(new Article(a.id() + "-" + copy, a.sourceFile(), a.text(), a.markup(), a.charset()));
                chars += a.text().length();
            }
        }
        return out;
    }
}
