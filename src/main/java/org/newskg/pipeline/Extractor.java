package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newskg.entities.EntityResolver;
import org.newskg.graph.KnowledgeGraph;
import org.newskg.ingest.Article;
import org.newskg.nlp.OpenNlpModels;
import org.newskg.relations.ArticleExtraction;

/**
 * The extraction pipeline: per-article stages (clean, analyse, find mentions, resolve references,
 * read relations), run in parallel and independent of each other, then the corpus-wide entity
 * resolution that merges mentions into entities and readings into facts. The output does not
 * depend on the number of threads.
 */
public final class Extractor {
    private final OpenNlpModels models;
    private final int threads;

    private Extractor(Builder b) {
        this.models = b.models != null ? b.models : OpenNlpModels.loadEnglish();
        this.threads = b.threads;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Extracts the knowledge graph of a set of articles. */
    public KnowledgeGraph extract(List<Article> articles) {
        List<ArticleExtraction> perArticle = threads <= 1 ? sequential(articles) : parallel(articles);
        return new EntityResolver().resolve(perArticle);
    }

    private List<ArticleExtraction> sequential(List<Article> articles) {
        ArticleStage stage = new ArticleStage(models);
        List<ArticleExtraction> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(stage.process(a));
        }
        return out;
    }

    private List<ArticleExtraction> parallel(List<Article> articles) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<ArticleStage> stages = ThreadLocal.withInitial(() -> new ArticleStage(models));
        try {
            List<Future<ArticleExtraction>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> stages.get().process(a)));
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

    /** Configures an {@link Extractor}. */
    public static final class Builder {
        private OpenNlpModels models;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        /** Models to use instead of loading the English ones (tests share one instance). */
        public Builder models(OpenNlpModels models) {
            this.models = models;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }
}
