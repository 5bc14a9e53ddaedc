package org.newskg.pipeline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.newskg.entities.EntityResolver;
import org.newskg.graph.GraphWriter;
import org.newskg.ingest.PageCleaner;
import org.newskg.link.EntityLinker;
import org.newskg.link.LinkDecision;
import org.newskg.link.LinkWriter;
import org.newskg.mentions.CoreferenceResolver;
import org.newskg.mentions.KnownNameDetector;
import org.newskg.mentions.LexiconPhraseDetector;
import org.newskg.mentions.MentionDetector;
import org.newskg.mentions.MentionTyper;
import org.newskg.mentions.NameExtents;
import org.newskg.mentions.NameSpanCombiner;
import org.newskg.mentions.RecognizedNameDetector;
import org.newskg.mentions.ShapeNameDetector;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.EntityType;
import org.newskg.model.KnowledgeGraph;
import org.newskg.model.Mention;
import org.newskg.model.NameSpan;
import org.newskg.model.Reading;
import org.newskg.model.Sentence;
import org.newskg.nlp.EntityRecognizer;
import org.newskg.nlp.Nlp4jEntityRecognizer;
import org.newskg.nlp.OpenNlpModels;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;
import org.newskg.nlp.SentenceSplitter;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.MakerPrefixReader;
import org.newskg.relations.RelationReader;
import org.newskg.relations.ValueContext;
import org.newskg.relations.learned.LearnedRelationReader;
import org.newskg.relations.learned.RelationModel;
import org.newskg.relations.patterns.PatternReader;

/**
 * The way from articles to a knowledge graph, the same for every command and test. Per article,
 * independent of every other: clean the page, split sentences, detect names (every
 * {@link MentionDetector}, spans merged by {@link NameSpanCombiner}), type them from context, resolve
 * references, read relations (every {@link RelationReader}). Then the one corpus-wide step,
 * {@link EntityResolver}; then, for a graph, the RDF and the links to Wikidata.
 *
 * <p>All stages are immutable and safe to share between threads, so the per-article work runs on
 * a thread pool and a pipeline can be built once per process (models are loaded once). The output
 * does not depend on the number of threads.
 */
public final class Pipeline {
    private final PageCleaner cleaner = new PageCleaner();
    private final SentenceSplitter splitter;
    private final List<MentionDetector> detectors;
    private final NameSpanCombiner combiner = new NameSpanCombiner();
    private final NameExtents extents = new NameExtents();
    private final MentionTyper typer = new MentionTyper();
    private final CoreferenceResolver coreference = new CoreferenceResolver();
    private final List<RelationReader> readers;
    private final EntityResolver resolver = new EntityResolver();
    private final EntityLinker linker;
    private final int threads;
    private final Consumer<String> progress;
    private final PrintStream progressBar;
    private final StageClock clock;
    /** The stage names the clock counts each detector's and each reader's time under, made once. */
    private final List<String> detectorStages;
    private final List<String> readerStages;

    private Pipeline(Builder b) {
        OpenNlpModels models = b.models != null ? b.models : OpenNlpModels.english();
        this.splitter = new OpenNlpSentenceSplitter(models);
        this.detectors = b.detectors != null ? b.detectors : standardDetectors(models, b);
        this.readers = b.readers != null ? b.readers : standardReaders(b);
        this.linker = b.linker;
        this.threads = b.threads;
        this.progress = b.progress;
        this.progressBar = b.progressBar;
        this.clock = b.clock;
        this.detectorStages = detectors.stream().map(d -> "names: " + d.name()).toList();
        this.readerStages = readers.stream().map(r -> "relations: " + r.name()).toList();
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Lexicon phrases, names by shape, the recognizer's names unless the builder turned it off,
     * and the names of a knowledge base if it was given one.
     */
    private static List<MentionDetector> standardDetectors(OpenNlpModels models, Builder b) {
        OpenNlpPosTagger tagger = new OpenNlpPosTagger(models);
        List<MentionDetector> detectors = new ArrayList<>(List.of(new LexiconPhraseDetector(), new ShapeNameDetector(tagger)));
        if (!b.knownNames.isEmpty()) {
            detectors.add(new KnownNameDetector(b.knownNames));
        }
        EntityRecognizer recognizer = b.recognizerSet ? b.recognizer : Nlp4jEntityRecognizer.english(b.progress);
        if (recognizer != null) {
            detectors.add(new RecognizedNameDetector(recognizer, tagger));
        }
        return List.copyOf(detectors);
    }

    /**
     * The surface patterns and the maker-prefix rule, and the learned reader with the builder's
     * model (the one in the jar unless set), when there is one.
     */
    private static List<RelationReader> standardReaders(Builder b) {
        List<RelationReader> readers = new ArrayList<>(List.of(new PatternReader(), new MakerPrefixReader()));
        RelationModel model = b.relationModelSet ? b.relationModel : RelationModel.bundled();
        if (model != null) {
            readers.add(new LearnedRelationReader(model));
        }
        return List.copyOf(readers);
    }

    /** The knowledge graph of the articles as RDF, with links to Wikidata when the pipeline has a linker. */
    public Result run(List<Article> articles) {
        return resolve(processAll(articles));
    }

    /**
     * The corpus-wide step on what the per-article stages found: entities resolved across the
     * articles, the RDF, and links to Wikidata when the pipeline has a linker. The result depends
     * on the order of the articles; {@link #run} keeps the order it is given.
     */
    public Result resolve(List<ArticleExtraction> extractions) {
        KnowledgeGraph kg = resolveEntities(extractions);
        Model model = new GraphWriter().write(kg);
        Map<String, LinkDecision> decisions = linker == null ? Map.of() : linker.decide(kg);
        LinkWriter.write(model, decisions);
        return new Result(kg, model, decisions);
    }

    /** The knowledge graph of the articles as plain values, before RDF and linking. */
    public KnowledgeGraph extract(List<Article> articles) {
        return resolveEntities(processAll(articles));
    }

    /** What the per-article stages find in each article, in the articles' order, on the pipeline's threads. */
    public List<ArticleExtraction> processAll(List<Article> articles) {
        ExtractionProgress counter = new ExtractionProgress(progress, articles.size(), progressBar);
        List<ArticleExtraction> extractions = threads <= 1 || articles.size() <= 1
                ? sequential(articles, counter) : parallel(articles, counter);
        counter.finish();
        return extractions;
    }

    private KnowledgeGraph resolveEntities(List<ArticleExtraction> extractions) {
        long start = System.nanoTime();
        KnowledgeGraph kg = clock.time("entity resolution", () -> resolver.resolve(extractions));
        progress.accept(String.format(Locale.ROOT, "resolved %d entities across %d articles in %.1f s",
                kg.entities().size(), extractions.size(), (System.nanoTime() - start) / 1e9));
        return kg;
    }

    /** The sentences of an article as the pipeline reads them: its page cleaned, then split. */
    public List<Sentence> sentences(Article article) {
        return splitter.split(cleaner.clean(article).body().text());
    }

    /** Everything the per-article stages find in one article. Safe to call from several threads. */
    public ArticleExtraction process(Article article) {
        PageCleaner.Result clean = clock.time("clean", () -> cleaner.clean(article));
        List<Sentence> sentences = clock.time("sentences", () -> splitter.split(clean.body().text()));
        ValueContext context = new ValueContext(clean.metadata().published());
        List<Mention> mentions = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (SentenceWindow window : SentenceWindow.of(sentences, clean.body().text(), SentenceWindow.MAX_CHARS)) {
            int mentionsBefore = mentions.size();
            List<Mention> found = mentions(window.sentences());
            for (Mention m : found) {
                mentions.add(window.inArticle(m, mentionsBefore));
            }
            for (Reading r : readings(window.sentences(), found, context)) {
                readings.add(window.inArticle(r, mentionsBefore));
            }
        }
        return new ArticleExtraction(article, clean.metadata(), clean.body(), sentences, mentions, readings);
    }

    /** The names and references of sentences numbered from 0: every detector, spans combined, typed, references resolved. */
    private List<Mention> mentions(List<Sentence> sentences) {
        List<List<NameSpan>> found = new ArrayList<>(detectors.size());
        for (int i = 0; i < detectors.size(); i++) {
            MentionDetector d = detectors.get(i);
            found.add(clock.time(detectorStages.get(i), () -> d.detect(sentences)));
        }
        List<Mention> names = clock.time("names: combined and typed",
                () -> typer.type(sentences, extents.complete(sentences, combiner.combine(found))));
        return clock.time("references", () -> coreference.resolve(sentences, names));
    }

    /** What every relation reader reads in every sentence, the mentions numbered as in {@code mentions}. */
    private List<Reading> readings(List<Sentence> sentences, List<Mention> mentions, ValueContext context) {
        List<Reading> readings = new ArrayList<>();
        for (ArticleSentence s : ArticleSentence.of(sentences, mentions, context)) {
            for (int i = 0; i < readers.size(); i++) {
                RelationReader reader = readers.get(i);
                readings.addAll(clock.time(readerStages.get(i), () -> reader.read(s)));
            }
        }
        return readings;
    }

    private List<ArticleExtraction> sequential(List<Article> articles, ExtractionProgress counter) {
        List<ArticleExtraction> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(process(a));
            counter.articleDone(a.text().length());
        }
        return out;
    }

    private List<ArticleExtraction> parallel(List<Article> articles, ExtractionProgress counter) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleExtraction>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    ArticleExtraction x = process(a);
                    counter.articleDone(a.text().length());
                    return x;
                }));
            }
            List<ArticleExtraction> out = new ArrayList<>(articles.size());
            for (Future<ArticleExtraction> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What {@link #run} gives: the graph as values, as RDF (with {@code owl:sameAs} links), and the
     * linker's decision for each entity key (empty without a linker).
     */
    public record Result(KnowledgeGraph graph, Model model, Map<String, LinkDecision> links) {
        /** How many entities were linked to a Wikidata item. */
        public long linked() {
            return links.values().stream().filter(LinkDecision::linked).count();
        }
    }

    /** Configures a {@link Pipeline}; what is not set gets the English models and every standard stage. */
    public static final class Builder {
        private OpenNlpModels models;
        private List<MentionDetector> detectors;
        private List<RelationReader> readers;
        private EntityLinker linker;
        private EntityRecognizer recognizer;
        private Map<String, EntityType> knownNames = Map.of();
        private boolean recognizerSet;
        private RelationModel relationModel;
        private boolean relationModelSet;
        private Consumer<String> progress = message -> {};
        private PrintStream progressBar;
        private StageClock clock = StageClock.NONE;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        /** OpenNLP models to use instead of loading the English ones (tests share one instance). */
        public Builder models(OpenNlpModels models) {
            this.models = models;
            return this;
        }

        /**
         * The trained entity recognizer among the standard detectors, instead of NLP4J's English
         * one (loaded once per process); null for none, leaving names to shape rules and lexicon.
         */
        public Builder recognizer(EntityRecognizer recognizer) {
            this.recognizer = recognizer;
            this.recognizerSet = true;
            return this;
        }

        /**
         * Names a knowledge base knows, with the kind of thing each names ({@code
         * link.OfflineSource#knownNames}), to find and type them in text; none by default. The
         * bundled Wikidata extract is not used for this: it holds the bundled corpus's entities,
         * and the extractor must not know them.
         */
        public Builder knownNames(Map<String, EntityType> knownNames) {
            this.knownNames = Map.copyOf(knownNames);
            return this;
        }

        /** Where to say what takes long: loading models, and how far extraction is. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        /**
         * A terminal to draw the extraction's progress on as a bar, instead of saying it on
         * {@link #progress} every few seconds; null (the default) for those lines, as a log wants.
         */
        public Builder progressBar(PrintStream terminal) {
            this.progressBar = terminal;
            return this;
        }

        /** Where to count the time each stage takes (for {@code bench}); none by default. */
        public Builder stageClock(StageClock clock) {
            this.clock = clock;
            return this;
        }

        /** The name detectors, instead of the standard ones ({@link #recognizer} and {@link #knownNames} then do nothing). */
        public Builder detectors(List<MentionDetector> detectors) {
            this.detectors = List.copyOf(detectors);
            return this;
        }

        /**
         * The learned relation reader's model among the standard readers, instead of the one in the
         * jar; null for none, leaving relations to the rule-based readers.
         */
        public Builder relationModel(RelationModel relationModel) {
            this.relationModel = relationModel;
            this.relationModelSet = true;
            return this;
        }

        /** The relation readers, instead of the standard ones ({@link #relationModel} then does nothing). */
        public Builder readers(List<RelationReader> readers) {
            this.readers = List.copyOf(readers);
            return this;
        }

        /** Links entities to Wikidata in {@link #run}; null (the default) links nothing. */
        public Builder linker(EntityLinker linker) {
            this.linker = linker;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
