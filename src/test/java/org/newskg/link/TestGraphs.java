package org.newskg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;

/** Small hand-made graphs: entities of one article and facts read from sentences written for the tests. */
final class TestGraphs {
    private final List<Entity> entities = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    TestGraphs entity(String key, String label, EntityType type, String... altLabels) {
        return entityIn("a1", key, label, type, altLabels);
    }

    TestGraphs entityIn(String article, String key, String label, EntityType type, String... altLabels) {
        entities.add(new Entity(key, label, new TreeSet<>(List.of(altLabels)), type, 1, new TreeSet<>(Set.of(article))));
        return this;
    }

    TestGraphs fact(String subject, Property property, String object, String sentence) {
        Evidence ev = new Evidence("a1", 0, 0, sentence.length(), sentence, "test", "test-rule", null, false, 0.9);
        facts.add(new Fact(subject, property, new FactObject.EntityRef(object), List.of(ev), 0.9));
        return this;
    }

    KnowledgeGraph build() {
        return new KnowledgeGraph(List.of(), entities, facts);
    }
}
