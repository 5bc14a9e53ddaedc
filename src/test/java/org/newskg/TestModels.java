package org.newskg;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newskg.model.Article;
import org.newskg.model.Entity;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.nlp.OpenNlpModels;
import org.newskg.pipeline.Pipeline;

/** The English OpenNLP models, loaded once per test JVM (loading takes seconds), and a way to run the real pipeline. */
public final class TestModels {
    public static final OpenNlpModels SHARED_MODELS = OpenNlpModels.english();

    /** The standard pipeline on the shared models, without linking. */
    public static final Pipeline PIPELINE = pipeline().build();

    private TestModels() {}

    /** A pipeline builder with the shared models, for tests that configure more. */
    public static Pipeline.Builder pipeline() {
        return Pipeline.create().models(SHARED_MODELS);
    }

    /** Runs the whole extractor on one article and wraps the result. */
    public static Extracted extract(String text) {
        KnowledgeGraph kg = PIPELINE.extract(List.of(new Article("t", "t.txt", text)));
        return new Extracted(text, kg);
    }

    /** A knowledge graph read by entity labels, for assertions. */
    public record Extracted(String text, KnowledgeGraph kg) {
        private Map<String, Entity> byKey() {
            return kg.entities().stream().collect(Collectors.toMap(Entity::key, Function.identity()));
        }

        public Optional<Entity> entity(String label) {
            return kg.entities().stream().filter(e -> e.label().equals(label) || e.altLabels().contains(label)).findFirst();
        }

        /** Facts of a property (local name such as "foundedBy"), as "subject label -> object label or value". */
        public List<String> facts(String property) {
            Map<String, Entity> entities = byKey();
            return kg.facts().stream().filter(f -> f.property().getLocalName().equals(property))
                    .map(f -> entities.get(f.subject()).label() + " -> " + object(f, entities)).sorted().toList();
        }

        /** The fact "subject property object", if extracted. */
        public Optional<Fact> fact(String subject, String property, String object) {
            Map<String, Entity> entities = byKey();
            return kg.facts().stream().filter(f -> f.property().getLocalName().equals(property)
                    && entities.get(f.subject()).label().equals(subject) && object(f, entities).equals(object)).findFirst();
        }

        public String label(String key) {
            return byKey().get(key).label();
        }

        /** The original text an evidence's offsets point to. */
        public String original(Evidence e) {
            return text.substring(e.begin(), e.end());
        }

        private static String object(Fact f, Map<String, Entity> entities) {
            return f.object() instanceof FactObject.EntityRef ref ? entities.get(ref.key()).label()
                    : ((FactObject.Value) f.object()).lexical();
        }

        @Override
        public String toString() {
            return kg.entities().stream().map(e -> e.label() + "/" + e.type() + e.altLabels()).toList() + " "
                    + kg.facts().stream().map(f -> f.property().getLocalName()).toList();
        }
    }
}
