package org.newskg.relations.learned;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Pattern;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.DependencyParse;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.model.Signature;
import org.newskg.nlp.DependencyParser;
import org.newskg.relations.ArticleSentence;

/**
 * Trains a {@link RelationModel} from annotated articles: every candidate pair of every sentence
 * is an example for each property its article was annotated for, positive when the pair's names
 * match a gold fact of the article (the gold says which facts an article states, not which
 * sentence: a sentence naming both ends is taken to state it, the usual distant reading of
 * document-level annotation). A name matches a gold text when one contains the other as whole
 * words, without case or punctuation; a reference ("he", "the company") matches by its own words
 * or by the name it refers to.
 *
 * <p>Training is deterministic: the same articles, gold and seed give the same model, byte for byte.
 */
public final class RelationTrainer {

    /** A gold fact of an article: the texts that name its subject and its object there. */
    public record GoldPair(Property property, List<String> subjectNames, List<String> objectNames) {}

    /**
     * One annotated article: its sentences with their mentions, the properties it was annotated
     * for (a pair is a negative example only for these) and its gold facts.
     */
    public record Example(String id, List<ArticleSentence> sentences, Set<Property> annotated, List<GoldPair> facts) {}

    /** Most iterations of the maximum-entropy trainer (L-BFGS); it stops earlier when it converges. */
    private static final int ITERATIONS = 200;
    /**
     * Features seen fewer times are ignored: 1 keeps every feature, as the L2 penalty already keeps a
     * rare one from deciding alone (measured with 1, 2 and 3 on the KnowledgeNet rotations, docs/QUALITY.md).
     */
    private static final int CUTOFF = 1;
    /**
     * Weight of the L2 penalty that keeps rare features from deciding alone; 2 was chosen by
     * training on two KnowledgeNet folds and measuring the third (docs/QUALITY.md).
     */
    private static final double L2_COST = 2.0;

    /**
     * Probability from which a trained classifier reads a relation unless told otherwise: where
     * the KnowledgeNet rotations reach precision 0.75 (docs/QUALITY.md).
     */
    public static final double DEFAULT_THRESHOLD = 0.6;

    /**
     * Fewer positive examples teach a classifier the names and words of the few articles they come
     * from rather than how a relation is stated, so such a property is left to the patterns: ten
     * news articles give 1 to 46 examples of a property, and the classifiers of those read more
     * wrong facts than right ones on news they were not trained on (docs/QUALITY.md); each of
     * KnowledgeNet's relations gives over a hundred from two folds.
     */
    public static final int DEFAULT_MIN_POSITIVES = 50;

    /**
     * Probability of the classifier over words under which the reader drops a pair without parsing
     * its sentence. Parsing costs about twice what the recognizer does per sentence: at 0.05 the
     * KnowledgeNet rotations lost no right fact but the reader cost 1.35 times the recognizer on
     * {@code bench}; at 0.3 they lose 17 of 495 right facts (and 7 wrong ones) and about a fifth
     * of the sentences are parsed (docs/QUALITY.md, docs/PERFORMANCE.md).
     */
    static final double SCREEN = 0.3;

    private final long seed;
    private final double negativeShare;
    private final DependencyParser parser;
    private int minPositives = DEFAULT_MIN_POSITIVES;

    /** A trainer of models that read words only, without a parse. */
    public RelationTrainer(long seed, double negativeShare) {
        this(seed, negativeShare, null);
    }

    /**
     * @param seed          seed of the random choice of negative examples
     * @param negativeShare share of the negative pairs kept, in (0, 1]; 1 keeps all and makes the seed irrelevant
     * @param parser        the parser whose paths the model learns from besides the words, or null for words only
     */
    public RelationTrainer(long seed, double negativeShare, DependencyParser parser) {
        if (!(negativeShare > 0 && negativeShare <= 1)) {
            throw new IllegalArgumentException("share of negative examples must be in (0, 1], got " + negativeShare);
        }
        this.seed = seed;
        this.negativeShare = negativeShare;
        this.parser = parser;
    }

    /** Sets the fewest positive examples a property needs for a classifier (default {@link #DEFAULT_MIN_POSITIVES}); returns this trainer. */
    public RelationTrainer minPositives(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the fewest positive examples must be at least 1, got " + n);
        }
        this.minPositives = n;
        return this;
    }

    /** Trains one classifier per property with at least {@link #minPositives(int)} positive examples; {@code info} is recorded in the model. */
    public RelationModel train(List<Example> examples, List<Property> properties, double threshold, Map<String, String> info) {
        Map<Property, MaxentModel> classifiers = new LinkedHashMap<>();
        Map<Property, MaxentModel> parsed = new LinkedHashMap<>();
        Map<Property, Double> thresholds = new LinkedHashMap<>();
        Map<String, String> recorded = new LinkedHashMap<>(info);
        recorded.put("seed", Long.toString(seed));
        recorded.put("negativeShare", Double.toString(negativeShare));
        recorded.put("minPositives", Integer.toString(minPositives));
        if (parser != null) {
            recorded.put("parser", parser.name());
        }
        Map<String, DependencyParse> parses = parser == null ? Map.of() : parses(examples);
        for (Property p : properties) {
            Events events = events(examples, p, parses);
            long positives = events.words().stream().filter(e -> e.getOutcome().equals(RelationModel.YES)).count();
            recorded.put(p.getLocalName() + ".examples", events.words().size() + " (" + positives + " positive)");
            if (positives < minPositives) {
                continue;
            }
            classifiers.put(p, train(events.words()));
            if (parser != null) {
                parsed.put(p, train(events.parsed()));
            }
            thresholds.put(p, threshold);
        }
        if (classifiers.isEmpty()) {
            throw new IllegalArgumentException("fewer than " + minPositives + " positive examples of every property in " + examples.size() + " articles: nothing to learn");
        }
        return new RelationModel(RelationModel.sorted(classifiers), RelationModel.sorted(parsed), SCREEN, thresholds, recorded);
    }

    /** The labelled examples of one property: over the words, and over the words and the parse (empty without a parser). */
    record Events(List<Event> words, List<Event> parsed) {}

    /** The labelled examples of one property, in article and sentence order. */
    Events events(List<Example> examples, Property p, Map<String, DependencyParse> parses) {
        Random random = new Random(seed ^ p.getURI().hashCode());
        Signature signature = Signature.of(p);
        Events events = new Events(new ArrayList<>(), new ArrayList<>());
        for (Example ex : examples) {
            if (!ex.annotated().contains(p)) {
                continue;
            }
            List<GoldPair> gold = ex.facts().stream().filter(g -> g.property().equals(p)).toList();
            for (ArticleSentence s : ex.sentences()) {
                DependencyParse parse = parses.get(s.sentence().text());
                if (PairCandidates.YEAR_VALUED.contains(p)) {
                    for (PairCandidates.YearPair pair : PairCandidates.years(s, signature)) {
                        boolean positive = gold.stream().anyMatch(g -> names(s.mentions(), pair.subject(), g.subjectNames())
                                && g.objectNames().stream().anyMatch(o -> sameYear(o, pair.year().text())));
                        add(events, positive, random, PairFeatures.ofValue(s, pair.subject(), pair.year(), PairFeatures.YEAR),
                                parse, s, s.mentions().get(pair.subject()), pair.year());
                    }
                    continue;
                }
                for (PairCandidates.Pair pair : PairCandidates.of(s, signature)) {
                    boolean positive = gold.stream().anyMatch(g -> names(s.mentions(), pair.subject(), g.subjectNames())
                            && names(s.mentions(), pair.object(), g.objectNames()));
                    add(events, positive, random, PairFeatures.of(s, pair.subject(), pair.object()),
                            parse, s, s.mentions().get(pair.subject()), s.mentions().get(pair.object()));
                }
            }
        }
        return events;
    }

    private void add(Events events, boolean positive, Random random, List<String> features,
                     DependencyParse parse, ArticleSentence s, Mention subject, Mention object) {
        if (positive || negativeShare >= 1 || random.nextDouble() < negativeShare) {
            String outcome = positive ? RelationModel.YES : RelationModel.NO;
            events.words().add(new Event(outcome, features.toArray(String[]::new)));
            if (parse != null) {
                List<String> withPath = new ArrayList<>(features);
                withPath.addAll(PathFeatures.of(parse, s, subject, object));
                events.parsed().add(new Event(outcome, withPath.toArray(String[]::new)));
            }
        }
    }

    /**
     * The parses of every sentence of the examples that has a mention and something to pair it
     * with, by the sentence's text; parsed on as many threads as the machine has, since parsing is
     * most of training's time.
     */
    private Map<String, DependencyParse> parses(List<Example> examples) {
        List<String> sentences = examples.stream().flatMap(ex -> ex.sentences().stream())
                .filter(s -> s.end() - s.first() >= 2 || PairCandidates.YEAR_VALUED.stream().anyMatch(p -> !PairCandidates.years(s, Signature.of(p)).isEmpty()))
                .map(s -> s.sentence().text()).distinct().toList();
        Map<String, DependencyParse> out = new ConcurrentHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> sentences.parallelStream().forEach(t -> out.put(t, parser.parse(t)))).join();
        } finally {
            pool.shutdown();
        }
        return out;
    }

    /** Whether a gold date ("March 22, 1879", "1948") is in the given year. */
    private static boolean sameYear(String goldDate, String year) {
        return Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(goldDate).find();
    }

    private MaxentModel train(List<Event> events) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(QNTrainer.L2COST_PARAM, L2_COST);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new java.util.HashMap<>());
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the mention is named by one of the gold texts. */
    static boolean names(List<Mention> mentions, int index, List<String> goldTexts) {
        Mention m = mentions.get(index);
        List<String> own = new ArrayList<>(List.of(Names.words(m.text()), Names.words(m.name())));
        if (!m.isName()) {
            own.add(Names.words(mentions.get(m.antecedent()).name()));
        }
        for (String gold : goldTexts) {
            String g = Names.words(gold);
            if (g.isEmpty()) {
                continue;
            }
            for (String o : own) {
                if (!o.isEmpty() && (contains(o, g) || contains(g, o))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String text, String part) {
        return (" " + text + " ").contains(" " + part + " ");
    }
}
