package org.newskg.model;

import java.util.List;

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
