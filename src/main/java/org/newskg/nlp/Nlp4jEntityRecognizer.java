package org.newskg.nlp;

import edu.emory.mathcs.nlp.component.ner.NERState;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.learning.util.LabelMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link EntityRecognizer} on NLP4J's English models ({@code edu.emory.mathcs.nlp:nlp4j-english}
 * 1.1.3, Apache-2.0): its tokenizer, part-of-speech tagger and named-entity recognizer, trained on
 * OntoNotes, with the lexica their features read (ambiguity classes, Brown clusters, gazetteers;
 * {@code nlp4j/english.xml}, shared with the parser: {@link Nlp4jEnglish}). Loading takes about
 * 20 seconds and 1.4 GB of heap, so a process loads it once ({@link #english()}) and shares it:
 * decoding keeps all its state in the nodes and the state object of each call, and the models are
 * only read, so one instance serves any number of threads.
 *
 * <p>The recognizer is a linear classifier trained with a hinge loss, which pushes the right
 * label's score at least 1 above every other; its scores are margins, not probabilities. The
 * probability of a token's label is read from its margin over the runner-up, m, as
 * 1 / (1 + 19<sup>−m</sup>): 0.5 for a tie, 0.95 at the margin of 1 training aims for. An entity's
 * probability is the mean over its tokens.
 */
public final class Nlp4jEntityRecognizer implements EntityRecognizer {
    public static final String NAME = "nlp4j-english-ner 1.1.3";
    /** Odds of the chosen label against the runner-up at a margin of 1. */
    private static final double MARGIN_ODDS = 19;

    private static final LoadedOnce<Nlp4jEntityRecognizer> ENGLISH =
            new LoadedOnce<>("entity recognizer (" + NAME + ", once per process, about 20 s)", Nlp4jEntityRecognizer::load);

    private final Nlp4jEnglish nlp4j;
    private final OnlineComponent<NLPNode, NERState<NLPNode>> recognizer;

    private Nlp4jEntityRecognizer(Nlp4jEnglish english, OnlineComponent<NLPNode, NERState<NLPNode>> recognizer) {
        this.nlp4j = english;
        this.recognizer = recognizer;
    }

    /** The English recognizer, loaded on first use and shared by the whole process. */
    public static Nlp4jEntityRecognizer english() {
        return english(message -> {});
    }

    /** The English recognizer, saying on {@code progress} when it starts and ends loading (the first time only). */
    public static Nlp4jEntityRecognizer english(Consumer<String> progress) {
        return ENGLISH.get(progress);
    }

    private static Nlp4jEntityRecognizer load() {
        Nlp4jEnglish.Loaded<OnlineComponent<NLPNode, NERState<NLPNode>>> loaded = Nlp4jEnglish.load(DecodeConfig::getNamedEntityRecognition);
        return new Nlp4jEntityRecognizer(loaded.english(), loaded.component());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<RecognizedEntity> recognize(String sentence) {
        NLPNode[] n = nlp4j.tagged(sentence);
        if (n == null) {
            return List.of();
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
