package org.newskg.nlp;

import edu.emory.mathcs.nlp.common.util.NLPUtils;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.ner.NERState;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.tokenizer.Tokenizer;
import edu.emory.mathcs.nlp.component.tokenizer.token.Token;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import edu.emory.mathcs.nlp.learning.util.LabelMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@link EntityRecognizer} on NLP4J's English models ({@code edu.emory.mathcs.nlp:nlp4j-english}
 * 1.1.3, Apache-2.0): its tokenizer, part-of-speech tagger and named-entity recognizer, trained on
 * OntoNotes, with the lexica their features read (ambiguity classes, Brown clusters, gazetteers;
 * {@code nlp4j/ner.xml}). Loading takes about 20 seconds and 1.4 GB of heap, so a process loads it
 * once ({@link #english()}) and shares it: decoding keeps all its state in the nodes and the state
 * object of each call, and the models are only read, so one instance serves any number of threads.
 *
 * <p>The recognizer is a linear classifier trained with a hinge loss, which pushes the right
 * label's score at least 1 above every other; its scores are margins, not probabilities. The
 * probability of a token's label is read from its margin over the runner-up, m, as
 * 1 / (1 + 19<sup>−m</sup>): 0.5 for a tie, 0.95 at the margin of 1 training aims for. An entity's
 * probability is the mean over its tokens.
 */
public final class Nlp4jEntityRecognizer implements EntityRecognizer {
    public static final String NAME = "nlp4j-english-ner 1.1.3";
    private static final String CONFIG = "/nlp4j/ner.xml";
    /** Odds of the chosen label against the runner-up at a margin of 1. */
    private static final double MARGIN_ODDS = 19;

    private static volatile Nlp4jEntityRecognizer english;

    private final Tokenizer tokenizer;
    private final List<NLPComponent<NLPNode>> taggers;
    private final OnlineComponent<NLPNode, NERState<NLPNode>> recognizer;
    private final NLPDecoder nodes = new NLPDecoder();

    private Nlp4jEntityRecognizer(Tokenizer tokenizer, List<NLPComponent<NLPNode>> taggers,
                                  OnlineComponent<NLPNode, NERState<NLPNode>> recognizer) {
        this.tokenizer = tokenizer;
        this.taggers = List.copyOf(taggers);
        this.recognizer = recognizer;
    }

    /** The English recognizer, loaded on first use and shared by the whole process. */
    public static Nlp4jEntityRecognizer english() {
        return english(message -> {});
    }

    /** The English recognizer, saying on {@code progress} when it starts and ends loading (the first time only). */
    public static Nlp4jEntityRecognizer english(Consumer<String> progress) {
        Nlp4jEntityRecognizer r = english;
        if (r == null) {
            synchronized (Nlp4jEntityRecognizer.class) {
                r = english;
                if (r == null) {
                    progress.accept("loading the entity recognizer (" + NAME + ", once per process, about 20 s)");
                    long start = System.nanoTime();
                    r = load();
                    progress.accept(String.format("entity recognizer loaded in %.1f s", (System.nanoTime() - start) / 1e9));
                    english = r;
                }
            }
        }
        return r;
    }

    /** Reads the models of {@code nlp4j/ner.xml}, the three big ones in parallel. */
    @SuppressWarnings("unchecked")
    private static Nlp4jEntityRecognizer load() {
        DecodeConfig config;
        try (InputStream in = resource(CONFIG)) {
            config = new DecodeConfig(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIG, e);
        }
        requireResource(config.getPartOfSpeechTagging());
        requireResource(config.getNamedEntityRecognition());
        // a pool of its own: the common pool may have a single thread, and its threads must not outlive a failure
        ExecutorService loaders = Executors.newFixedThreadPool(3);
        CompletableFuture<GlobalLexica<NLPNode>> lexica = CompletableFuture.supplyAsync(() -> new GlobalLexica<>(config.getDocumentElement()), loaders);
        CompletableFuture<NLPComponent<NLPNode>> pos = CompletableFuture.supplyAsync(() -> NLPUtils.getComponent(config.getPartOfSpeechTagging()), loaders);
        CompletableFuture<NLPComponent<NLPNode>> ner = CompletableFuture.supplyAsync(
                () -> NLPUtils.getComponent(config.getNamedEntityRecognition()), loaders);
        try {
            GlobalLexica<NLPNode> l = lexica.join();
            if (l.getAmbiguityClasses() == null || l.getWordClusters() == null || l.getNamedEntityGazetteers() == null) {
                throw new IllegalStateException("a lexicon of " + CONFIG + " did not load (nlp4j-english jar missing or incomplete?)");
            }
            List<NLPComponent<NLPNode>> taggers = List.of(l, pos.join(), new MorphologicalAnalyzer<>(config.getLanguage()));
            return new Nlp4jEntityRecognizer(NLPUtils.createTokenizer(config.getLanguage()), taggers,
                    (OnlineComponent<NLPNode, NERState<NLPNode>>) ner.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new IllegalStateException("not enough memory to load the entity recognizer, which needs about 1.5 GB of heap: "
                        + "run java with -Xmx2g or more, or pass --recognizer none", e.getCause());
            }
            throw new IllegalStateException("cannot load the NLP4J models: " + e.getCause().getMessage(), e.getCause());
        } finally {
            loaders.shutdownNow();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Nlp4jEntityRecognizer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    private static void requireResource(String path) {
        if (Nlp4jEntityRecognizer.class.getResource("/" + path) == null) {
            throw new IllegalStateException("model " + path + " is not on the class path (nlp4j-english jar missing?)");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<RecognizedEntity> recognize(String sentence) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        if (tokens.isEmpty()) {
            return List.of();
        }
        NLPNode[] n = nodes.toNodeArray(tokens);
        for (NLPComponent<NLPNode> tagger : taggers) {
            tagger.process(n);
        }
        ScoringState state = new ScoringState(n);
        recognizer.process(state);
        return state.entities();
    }

    /** The recognizer's left-to-right state, keeping the probability of the label chosen for each token. */
    private static final class ScoringState extends NERState<NLPNode> {
        private final double[] probability;

        ScoringState(NLPNode[] nodes) {
            super(nodes);
            this.probability = new double[nodes.length];
        }

        @Override
        public void next(LabelMap map, int[] top2, float[] scores) {
            probability[getInputIndex()] = top2[1] < 0 ? 1 : 1 / (1 + Math.pow(MARGIN_ODDS, -(scores[top2[0]] - scores[top2[1]])));
            super.next(map, top2, scores);
        }

        /** The BILOU-tagged spans after the recognizer's own repair of the tag sequence. */
        List<RecognizedEntity> entities() {
            List<RecognizedEntity> out = new ArrayList<>();
            int begin = -1;
            for (int i = 1; i < nodes.length; i++) {
                String tag = nodes[i].getNamedEntityTag();
                if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') {
                    begin = -1;
                    continue;
                }
                char position = tag.charAt(0);
                if (position == 'B' || position == 'U') {
                    begin = i;
                }
                if ((position == 'L' || position == 'U') && begin > 0) {
                    double p = 0;
                    for (int k = begin; k <= i; k++) {
                        p += probability[k];
                    }
                    out.add(new RecognizedEntity(nodes[begin].getStartOffset(), nodes[i].getEndOffset(), tag.substring(2), p / (i - begin + 1)));
                    begin = -1;
                }
            }
            return out;
        }
    }
}
