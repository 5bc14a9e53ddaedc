package org.newskg.mentions;

import java.util.List;
import org.newskg.nlp.Sentence;

public final class CoreferenceResolver {
    public List<Mention> resolve(List<Sentence> sentences, List<Mention> names) {
        return names;
    }
}
