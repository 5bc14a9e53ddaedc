package org.newskg.entities;

/** A mention of the corpus: the article's index in the corpus and the mention's index in the article. */
record MentionRef(int article, int mention) {}
