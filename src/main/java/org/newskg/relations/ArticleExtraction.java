package org.newskg.relations;

import java.util.List;
import org.newskg.ingest.Article;
import org.newskg.ingest.CleanText;
import org.newskg.mentions.Mention;
import org.newskg.nlp.Sentence;

/**
 * What the per-article stages found in one article, before corpus-wide resolution: its metadata,
 * clean text, sentences, entity mentions and the relation readings between them.
 */
public record ArticleExtraction(Article article, Article.Metadata metadata, CleanText body,
                                List<Sentence> sentences, List<Mention> mentions, List<Reading> readings) {
    public ArticleExtraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        readings = List.copyOf(readings);
    }
}
