package org.newskg.model;

/** One sentence of an article: its index in the article, its span in the clean text, and its text. */
public record Sentence(int index, int start, int end, String text) {}
