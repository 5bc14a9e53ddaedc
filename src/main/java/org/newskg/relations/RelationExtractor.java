package org.newskg.relations;

import java.util.List;
import org.newskg.mentions.Mention;
import org.newskg.nlp.Sentence;

public final class RelationExtractor {
    public List<Reading> read(List<Sentence> sentences, List<Mention> mentions) {
        return List.of();
    }
}
