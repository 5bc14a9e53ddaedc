package org.newskg.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.newskg.entities.EntityResolver;
import org.newskg.entities.NameRecord;
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
import org.newskg.model.ArticleInput;
import org.newskg.model.Entity;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.EntityType;
import org.newskg.model.KnowledgeGraph;
import org.newskg.model.Mention;
import org.newskg.model.NameSpan;
import org.newskg.model.Reading;
import org.newskg.model.Sentence;
import org.newskg.nlp.DependencyParser;
import org.newskg.nlp.EntityRecognizer;
import org.newskg.nlp.Nlp4jDependencyParser;
import org.newskg.nlp.Nlp4jEntityRecognizer;
import org.newskg.nlp.OpenNlpModels;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;
import org.newskg.nlp.SentenceSplitter;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.MakerPrefixReader;
import org.newskg.relations.OneDirection;
import org.newskg.relations.RelationReader;
import org.newskg.relations.ValueContext;
import org.newskg.relations.learned.LearnedRelationReader;
import org.newskg.relations.learned.RelationModel;
import org.newskg.relations.patterns.PatternReader;
import org.newskg.relations.patterns.RoleCues;
import org.newskg.store.ExtractionArchive;
import org.newskg.vocab.RelationInventory;

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
    /** Keeps one direction of an asymmetric relation a sentence is read to state both ways; the ontology is read once per process. */
    private static final OneDirection ONE_DIRECTION = new OneDirection(asymmetricRelations());
    /** Drops the readings whose ends the sentence's words give another role ("parent company Acme" is no subsidiary). */
    private static final RoleCues ROLE_CUES = new RoleCues();

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
        RelationModel model = b.relationModelSet ? b.relationModel : RelationModel.bundled();
        // NLP4J's recognizer and parser load while OpenNLP's models do and while each other does:
        // each takes seconds, mostly decompressing, and the two share their tokenizer, lexica and tagger
        CompletableFuture<EntityRecognizer> recognizer = b.detectors != null || b.recognizerSet
                ? CompletableFuture.completedFuture(b.recognizer)
                : inBackground("recognizer-loader", () -> Nlp4jEntityRecognizer.english(b.progress));
        CompletableFuture<DependencyParser> parser = b.readers != null || model == null || !model.parses()
                ? CompletableFuture.completedFuture(null)
                : b.parser != null ? CompletableFuture.completedFuture(b.parser)
                : inBackground("parser-loader", () -> Nlp4jDependencyParser.english(b.progress));
        OpenNlpModels models = b.models != null ? b.models : OpenNlpModels.english();
        this.splitter = new OpenNlpSentenceSplitter(models);
        this.detectors = b.detectors != null ? b.detectors : standardDetectors(models, b, loaded(recognizer));
        this.readers = b.readers != null ? b.readers : standardReaders(model, loaded(parser));
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
    private static List<MentionDetector> standardDetectors(OpenNlpModels models, Builder b, EntityRecognizer recognizer) {
        OpenNlpPosTagger tagger = new OpenNlpPosTagger(models);
        List<MentionDetector> detectors = new ArrayList<>(List.of(new LexiconPhraseDetector(), new ShapeNameDetector(tagger)));
        if (!b.knownNames.isEmpty()) {
            detectors.add(new KnownNameDetector(b.knownNames));
        }
        if (recognizer != null) {
            detectors.add(new RecognizedNameDetector(recognizer, tagger));
        }
        return List.copyOf(detectors);
    }

    /**
     * The surface patterns and the maker-prefix rule, and the learned reader with {@code model}
     * (and {@code parser} when the model reads a parse), when there is one.
     */
    private static List<RelationReader> standardReaders(RelationModel model, DependencyParser parser) {
        List<RelationReader> readers = new ArrayList<>(List.of(new PatternReader(), new MakerPrefixReader()));
        if (model != null) {
            readers.add(new LearnedRelationReader(model, parser));
        }
        return List.copyOf(readers);
    }

    private static Set<Property> asymmetricRelations() {
        RelationInventory inventory = RelationInventory.load();
        return inventory.relations().stream().filter(inventory::isAsymmetric).collect(Collectors.toSet());
    }

    /** A model loaded on a thread of its own (the common pool may have a single thread); daemon, so a failure elsewhere does not wait for it. */
    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> loader) {
        return CompletableFuture.supplyAsync(loader, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The model once loaded, or what stopped it loading. */
    private static <T> T loaded(CompletableFuture<T> model) {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, as the commands report it
            }
            throw e;
        }
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
    private Result resolve(List<ArticleExtraction> extractions) {
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
    private List<ArticleExtraction> processAll(List<Article> articles) {
        List<ArticleExtraction> out = new ArrayList<>(articles.size());
        try {
            eachArticle(articles, (a, index) -> process(a), out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an Article is read already: nothing here reads a file
        }
        return out;
    }

    /**
     * The knowledge graph of the articles, as {@link #run} makes it, written to {@code out} as it is
     * made, for a corpus of any size. What stays in memory is what the corpus-wide step works on:
     * the {@link NameRecord}s of the corpus's name keys (then its entities), the articles' ids, and
     * a table of the facts with, of each evidence, its article, sentence and confidence. Each
     * article is read when its turn comes; what the per-article stages find in it goes to
     * {@code spill} and is read back once the entities are known, to write the article and make
     * its facts, whose evidence is written then and there. The statements of the facts (their
     * confidence and counts over all articles), the entities, the rules and the links to Wikidata
     * follow. The triples are those of {@link #run}'s model, in another order.
     */
    public Streamed stream(List<? extends ArticleInput> articles, ExtractionArchive spill, StreamRDF out) throws IOException {
        List<ExtractionArchive.Entry> corpus = new ArrayList<>(articles.size());
        // the records of a key added up in article order, as EntityResolver asks, whatever order the threads finish in
        Map<String, NameRecord> names = new LinkedHashMap<>();
        eachArticle(articles, (a, index) -> {
            ArticleExtraction x = process(a);
            spill.put(x);
            return new Kept(spill.entry(a.id(), a.sourceFile()), EntityResolver.names(x, index));
        }, kept -> {
            corpus.add(kept.entry());
            kept.names().forEach(r -> names.merge(r.key(), r, NameRecord::plus));
        });
        return write(corpus, names, out);
    }

    /**
     * What the per-article stages find in each article, put into {@code archive}, on the
     * pipeline's threads, none of it held: the entries of the articles, in their order.
     */
    public List<ExtractionArchive.Entry> extractInto(List<? extends ArticleInput> articles, ExtractionArchive archive) throws IOException {
        List<ExtractionArchive.Entry> entries = new ArrayList<>(articles.size());
        eachArticle(articles, (a, index) -> {
            archive.put(process(a));
            return archive.entry(a.id(), a.sourceFile());
        }, entries::add);
        return entries;
    }

    /**
     * The knowledge graph of a corpus whose articles were extracted before (kept in one archive or
     * several: {@code load --add} and {@code --remove}), as {@link #stream(List, ExtractionArchive,
     * StreamRDF)} makes it of the same articles, with the same memory: no article is read again,
     * each extraction is read twice, once for its names and once to write it. The corpus comes in
     * the order a load reads its articles, by path.
     */
    public Streamed streamExtracted(List<ExtractionArchive.Entry> corpus, StreamRDF out) throws IOException {
        long start = System.nanoTime();
        Map<String, NameRecord> names = new LinkedHashMap<>();
        eachInOrder(corpus, (entry, index) -> EntityResolver.names(entry.read(), index),
                records -> records.forEach(r -> names.merge(r.key(), r, NameRecord::plus)));
        progress.accept(String.format(Locale.ROOT, "read the names of %d extracted articles in %.1f s",
                corpus.size(), (System.nanoTime() - start) / 1e9));
        return write(corpus, names, out);
    }

    /**
     * The corpus-wide step of {@link #stream} and {@link #streamExtracted}, once every article's
     * name records are added up in {@code names}: the entities resolved, then each extraction read
     * back from its archive to write its article and evidence, then the facts' statements, the
     * entities, the rules and the links.
     */
    private Streamed write(List<ExtractionArchive.Entry> corpus, Map<String, NameRecord> names, StreamRDF out) throws IOException {
        long start = System.nanoTime();
        Map<String, Entity> entities = clock.time("entity resolution", () -> resolver.entities(names.values()));
        names.clear();
        List<Entity> sorted = EntityResolver.sorted(entities.values());
        progress.accept(String.format(Locale.ROOT, "resolved %d entities across %d articles in %.1f s",
                sorted.size(), corpus.size(), (System.nanoTime() - start) / 1e9));

        GraphWriter.Parts graph = new GraphWriter.Parts(out);
        Map<String, List<Fact>> parts = new LinkedHashMap<>();
        for (ExtractionArchive.Entry entry : corpus) {
            ArticleExtraction x = entry.read();
            graph.article(EntityResolver.source(x));
            for (Fact part : resolver.facts(x, entities)) {
                graph.evidence(part);
                parts.computeIfAbsent(EntityResolver.factKey(part), k -> new ArrayList<>()).add(counted(part));
            }
        }
        List<Fact> facts = parts.values().stream().map(EntityResolver::mergeFact).toList();
        parts.clear();
        sorted.forEach(graph::entity);
        facts.forEach(graph::fact);
        // the linker reads of the graph only the entities and which entities the facts join
        Map<String, LinkDecision> decisions = linker == null ? Map.of() : linker.decide(new KnowledgeGraph(List.of(), sorted, facts));
        Model links = ModelFactory.createDefaultModel();
        LinkWriter.write(links, decisions);
        graph.add(links);
        long triples = graph.finish();
        return new Streamed(corpus.size(), sorted.size(), facts.size(),
                decisions.values().stream().filter(LinkDecision::linked).count(), triples);
    }

    /** What {@link #stream} keeps of an article while the others are processed: its archive entry and the records of its name keys. */
    private record Kept(ExtractionArchive.Entry entry, List<NameRecord> names) {}

    /**
     * One article's part of a fact as the fact table keeps it: of each evidence, only what the
     * fact's statement is made of (its article, sentence and confidence); the evidence itself has
     * been written with its article.
     */
    private static Fact counted(Fact part) {
        List<Evidence> counted = part.evidence().stream()
                .map(e -> new Evidence(e.articleId(), e.sentenceIndex(), 0, 0, null, null, null, null, false, e.confidence()))
                .toList();
        return new Fact(part.subject(), part.property(), part.object(), counted, part.confidence());
    }

    /** What {@link #stream} or {@link #streamExtracted} wrote: how many articles, entities, facts, links to Wikidata and triples. */
    public record Streamed(int articles, int entities, int facts, long linked, long triples) {}

    /** The work done on one item (an article, an archived extraction), on one of the pipeline's threads. */
    private interface Work<I, T> {
        T apply(I item, int index) throws IOException;
    }

    /**
     * Reads each article when its turn comes and does {@code work} on it on the pipeline's threads,
     * saying how far they are; gives the results to {@code inOrder} in the articles' order, as
     * {@link #eachInOrder} does.
     */
    private <T> void eachArticle(List<? extends ArticleInput> articles, Work<Article, T> work, Consumer<T> inOrder) throws IOException {
        ExtractionProgress counter = new ExtractionProgress(progress, articles.size(), progressBar);
        eachInOrder(articles, (ArticleInput input, int index) -> {
            Article article = input.read();
            T result = work.apply(article, index);
            counter.articleDone(article.text().length());
            return result;
        }, inOrder);
        counter.finish();
    }

    /**
     * Does {@code work} on each item on the pipeline's threads and gives the results to {@code
     * inOrder} in the items' order, on the calling thread, as they come, so that only the results
     * of items finished ahead of an earlier one wait in memory. A failure stops the run: an error
     * (out of memory) as it is, a file that cannot be read or written with its own message.
     */
    private <I, T> void eachInOrder(List<? extends I> items, Work<I, T> work, Consumer<T> inOrder) throws IOException {
        if (threads <= 1 || items.size() <= 1) {
            for (int i = 0; i < items.size(); i++) {
                inOrder.accept(work.apply(items.get(i), i));
            }
        } else {
            parallel(items, work, inOrder);
        }
    }

    private <I, T> void parallel(List<? extends I> items, Work<I, T> work, Consumer<T> inOrder) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                I item = items.get(i);
                int index = i;
                futures.add(pool.submit(() -> work.apply(item, index)));
            }
            for (int i = 0; i < futures.size(); i++) {
                inOrder.accept(futures.get(i).get());
                futures.set(i, null); // let the result go once it has been used
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            } else if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("extraction failed: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
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
            List<Reading> ofSentence = new ArrayList<>();
            for (int i = 0; i < readers.size(); i++) {
                RelationReader reader = readers.get(i);
                ofSentence.addAll(clock.time(readerStages.get(i), () -> reader.read(s)));
            }
            // the cues first: a direction they rule out must not outweigh the other one
            readings.addAll(ONE_DIRECTION.of(ROLE_CUES.of(s, ofSentence)));
        }
        return readings;
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
        private DependencyParser parser;
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

        /**
         * The dependency parser for a relation model that reads a parse, instead of NLP4J's English
         * one (loaded once per process, and only for such a model).
         */
        public Builder parser(DependencyParser parser) {
            this.parser = parser;
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
