package org.newskg.entities;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.CleanText;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.model.Sentence;

/**
 * An article as the per-article stages would leave it, written by hand: one sentence, the names in
 * it with the types their context gave, references, and readings. For testing the corpus-wide
 * parts without running the mention and relation stages.
 */
final class HandMadeArticle {
    private final String id;
    private final String text;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Reading> readings = new ArrayList<>();

    HandMadeArticle(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** A name typed by its context, at its first occurrence after the previous mention (mentions come in text order); returns its index. */
    int name(String name, EntityType type, double weight) {
        return name(name, type, weight, Mention.CONTEXT);
    }

    /** A name typed by {@code typedBy} (a detector's name, or {@link Mention#CONTEXT}); returns its index. */
    int name(String name, EntityType type, double weight, String typedBy) {
        int start = text.indexOf(name, mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).end());
        if (start < 0) {
            throw new IllegalArgumentException(name + " is not in: " + text);
        }
        mentions.add(new Mention(0, start, start + name.length(), name, name, type, type == null ? 0 : weight, type == null ? null : typedBy, -1));
        return mentions.size() - 1;
    }

    /** A reference ("the company") to the name at {@code antecedent}. */
    int reference(String words, int antecedent) {
        int start = text.indexOf(words);
        Mention a = mentions.get(antecedent);
        mentions.add(new Mention(0, start, start + words.length(), words, a.name(), a.type(), 1, "antecedent", antecedent));
        return mentions.size() - 1;
    }

    HandMadeArticle reads(int subject, Property p, int object, double confidence) {
        readings.add(new Reading(subject, p, object, null, 0, "test", p.getLocalName() + "/test", -1, false, confidence));
        return this;
    }

    ArticleExtraction build() {
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        return new ArticleExtraction(new Article(id, id + ".txt", text), Article.Metadata.NONE, new CleanText(text, offsets, text.length()),
                List.of(new Sentence(0, 0, text.length(), text)), mentions, readings);
    }
}
