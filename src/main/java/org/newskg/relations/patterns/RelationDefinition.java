package org.newskg.relations.patterns;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.FactObject;
import org.newskg.relations.ValueContext;

/**
 * One relation of the ontology and the sentence patterns that state it. Subclasses list their
 * patterns in the constructor, so that each reads like the relation's definition. A pattern
 * captures the subject as {@code s} and the object as {@code o} (a mention) or {@code v} (a value).
 */
public abstract class RelationDefinition {
    /** A named pattern with the confidence a match of it deserves. */
    public record Rule(String name, double confidence, SentencePattern pattern) {}

    private final Property property;
    private final List<Rule> rules = new ArrayList<>();

    protected RelationDefinition(Property property) {
        this.property = property;
    }

    protected final void pattern(String name, double confidence, String pattern) {
        rules.add(new Rule(property.getLocalName() + "/" + name, confidence, new SentencePattern(pattern)));
    }

    public final Property property() {
        return property;
    }

    public final List<Rule> rules() {
        return List.copyOf(rules);
    }

    /**
     * The literal of a value relation from the text a pattern captured as {@code v}, or null when it
     * cannot be read. Relations between entities return null.
     */
    public FactObject.Value value(String captured, ValueContext context) {
        return null;
    }
}
