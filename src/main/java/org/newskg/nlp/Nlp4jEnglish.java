package org.newskg.nlp;

import edu.emory.mathcs.nlp.common.util.NLPUtils;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.tokenizer.Tokenizer;
import edu.emory.mathcs.nlp.component.tokenizer.token.Token;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * What NLP4J's English recognizer and parser both stand on ({@code nlp4j/english.xml}): its
 * tokenizer, the lexica its features read (ambiguity classes, Brown clusters, gazetteers), its
 * part-of-speech tagger and lemmatizer. Loaded once per process (about 1.2 GB of heap) and shared,
 * so that the parser costs only its own model when the recognizer is loaded too; decoding keeps
 * its state in the nodes of each call, so one instance serves any number of threads.
 */
final class Nlp4jEnglish {
    private static final String CONFIG = "/nlp4j/english.xml";

    private static volatile Nlp4jEnglish shared;

    private final DecodeConfig config;
    private final Tokenizer tokenizer;
    private final List<NLPComponent<NLPNode>> taggers;
    private final NLPDecoder nodes = new NLPDecoder();

    private Nlp4jEnglish(DecodeConfig config, Tokenizer tokenizer, List<NLPComponent<NLPNode>> taggers) {
        this.config = config;
        this.tokenizer = tokenizer;
        this.taggers = List.copyOf(taggers);
    }

    /**
     * Loads the shared parts, if not yet loaded, together with the model {@code ownModel} picks
     * from the configuration (the recognizer's, the parser's), the big files in parallel.
     */
    static <T> Loaded<T> load(Function<DecodeConfig, String> ownModel) {
        DecodeConfig config = shared != null ? shared.config : config();
        String path = ownModel.apply(config);
        requireResource(path);
        // a pool of its own: the common pool may have a single thread, and its threads must not outlive a failure
        ExecutorService loaders = Executors.newFixedThreadPool(3);
        try {
            @SuppressWarnings("unchecked")
            CompletableFuture<T> own = CompletableFuture.supplyAsync(() -> (T) NLPUtils.getComponent(path), loaders);
            Nlp4jEnglish english = shared(config, loaders);
            return new Loaded<>(english, own.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new IllegalStateException("not enough memory to load NLP4J's English models, which need about 1.5 GB of heap "
                        + "(2 GB with the parser): run java with -Xmx3g or more, or pass --recognizer none and --relations rules "
                        + "(to train: --parser none)", e.getCause());
            }
            throw new IllegalStateException("cannot load the NLP4J models: " + e.getCause().getMessage(), e.getCause());
        } finally {
            loaders.shutdownNow();
        }
    }

    /** The shared parts and one component loaded with them. */
    record Loaded<T>(Nlp4jEnglish english, T component) {}

    private static synchronized Nlp4jEnglish shared(DecodeConfig config, ExecutorService loaders) {
        if (shared == null) {
            requireResource(config.getPartOfSpeechTagging());
            CompletableFuture<GlobalLexica<NLPNode>> lexica = CompletableFuture.supplyAsync(() -> new GlobalLexica<>(config.getDocumentElement()), loaders);
            CompletableFuture<NLPComponent<NLPNode>> pos = CompletableFuture.supplyAsync(() -> NLPUtils.getComponent(config.getPartOfSpeechTagging()), loaders);
            GlobalLexica<NLPNode> l = lexica.join();
            if (l.getAmbiguityClasses() == null || l.getWordClusters() == null || l.getNamedEntityGazetteers() == null) {
                throw new IllegalStateException("a lexicon of " + CONFIG + " did not load (nlp4j-english jar missing or incomplete?)");
            }
            shared = new Nlp4jEnglish(config, NLPUtils.createTokenizer(config.getLanguage()),
                    List.of(l, pos.join(), new MorphologicalAnalyzer<>(config.getLanguage())));
        }
        return shared;
    }

    private static DecodeConfig config() {
        try (InputStream in = Nlp4jEnglish.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IOException(CONFIG + " is not on the class path");
            }
            return new DecodeConfig(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIG, e);
        }
    }

    private static void requireResource(String path) {
        if (path == null || Nlp4jEnglish.class.getResource("/" + path) == null) {
            throw new IllegalStateException("model " + path + " is not on the class path (nlp4j-english jar missing?)");
        }
    }

    /** The sentence's tokens as nodes (index 0 is NLP4J's root node) with lexicon features, tags and lemmas; null for a sentence without tokens. */
    NLPNode[] tagged(String sentence) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        if (tokens.isEmpty()) {
            return null;
        }
        NLPNode[] n = nodes.toNodeArray(tokens);
        for (NLPComponent<NLPNode> tagger : taggers) {
            tagger.process(n);
        }
        return n;
    }
}
