package org.newskg.pipeline;

import java.util.List;
import org.newskg.ingest.Article;
import org.newskg.ingest.PageCleaner;
import org.newskg.mentions.CoreferenceResolver;
import org.newskg.mentions.Mention;
import org.newskg.mentions.MentionFinder;
import org.newskg.nlp.OpenNlpModels;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.SentenceSplitter;
import org.newskg.relations.ArticleExtraction;
import org.newskg.relations.Reading;
import org.newskg.relations.RelationExtractor;
import org.newskg.relations.ValueContext;

/** The per-article stages in order. Not thread-safe (the OpenNLP taggers are not): one per thread. */
final class ArticleStage {
    private final PageCleaner cleaner = new PageCleaner();
    private final SentenceSplitter splitter;
    private final MentionFinder mentionFinder;
    private final CoreferenceResolver coreference = new CoreferenceResolver();
    private final RelationExtractor relations = new RelationExtractor();

    ArticleStage(OpenNlpModels models) {
        this.splitter = new OpenNlpSentenceSplitter(models);
        this.mentionFinder = new MentionFinder(new OpenNlpPosTagger(models));
    }

    ArticleExtraction process(Article article) {
        PageCleaner.Result clean = cleaner.clean(article);
        List<Sentence> sentences = splitter.split(clean.body().text());
        List<Mention> names = mentionFinder.find(sentences);
        List<Mention> mentions = coreference.resolve(sentences, names);
        List<Reading> readings = relations.read(sentences, mentions, new ValueContext(clean.metadata().published()));
        return new ArticleExtraction(article, clean.metadata(), clean.body(), sentences, mentions, readings);
    }
}
