package org.newskg.relations.patterns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.FactObject;
import org.newskg.relations.ValueContext;

/**
 * One relation of the ontology and the sentence patterns that state it. Subclasses list their
 * patterns in the constructor, so that each reads like the relation's definition. A pattern
 * captures the subject as {@code s} and the object as {@code o} (a mention) or {@code v} (a value);
 * a pattern {@linkplain #aboutTopic about the article's subject} captures one of them only.
 */
public abstract class RelationDefinition {
    /**
     * A named pattern with the confidence a match of it deserves.
     *
     * @param unsaid who the party the pattern does not capture is, if it captures only one
     */
    public record Rule(String name, double confidence, SentencePattern pattern, UnsaidParty unsaid) {}

    /** Who a party left unsaid is. */
    public enum UnsaidParty {
        /** Both parties are captured. */
        NONE,
        /** The organization the article is about ({@code relations.ArticleTopic}). */
        ARTICLE_SUBJECT,
        /**
         * The article's subject, provided it was named or referred to just before the captured
         * party, in its sentence or the one before: "Acme sells chips. CEO Jane Doe said ..." is
         * Acme's CEO in a story about Acme, but a title far from any mention of the subject may be
         * another organization's.
         */
        RECENT_ARTICLE_SUBJECT
    }

    /** Which end of a reading a {@link RoleCue} is about. */
    public enum End { SUBJECT, OBJECT }

    /** Against which other end a {@link RoleCue} rules its mention out. */
    public enum Against {
        /** Any: "a graduate of Acme University" says what the university is to everyone. */
        ANY,
        /**
         * One named before the mention, which a relative role is relative to: "Beta raised money for
         * its parent company Acme" makes Acme Beta's parent, not a unit of "Gamma" named after it.
         */
        EARLIER
    }

    /**
     * Words that, just before a mention, give it a role that rules it out as one end of the
     * relation, whichever reader read it: "parent company Acme" is no subsidiary, "a graduate of
     * Acme University" no employer.
     *
     * @param wordsBefore matches the end of the text between the mention and the one before it
     */
    public record RoleCue(End end, Against against, Pattern wordsBefore) {}

    private final Property property;
    private final List<Rule> rules = new ArrayList<>();
    private final List<RoleCue> roleCues = new ArrayList<>();

    protected RelationDefinition(Property property) {
        this.property = property;
    }

    protected final void pattern(String name, double confidence, String pattern) {
        rules.add(new Rule(property.getLocalName() + "/" + name, confidence, new SentencePattern(pattern), UnsaidParty.NONE));
    }

    /**
     * A pattern for a sentence that leaves one party unsaid because the article is about it ("The
     * round was led by Acme" in a story about Beta's round, "said CEO Jane Doe" in a story about
     * Beta): it captures the subject or the object, and the other is the article's subject
     * ({@code relations.ArticleTopic}). Such patterns should be anchored where nothing else can
     * be that party, as at the start of the sentence.
     */
    protected final void aboutTopic(String name, double confidence, String pattern) {
        rules.add(new Rule(property.getLocalName() + "/" + name, confidence, new SentencePattern(pattern), UnsaidParty.ARTICLE_SUBJECT));
    }

    /**
     * A pattern for a title without its organization ("said CEO Jane Doe"): it captures the person,
     * and the organization is the article's subject if it was named just before ({@link UnsaidParty#RECENT_ARTICLE_SUBJECT}).
     */
    protected final void ofRecentSubject(String name, double confidence, String pattern) {
        rules.add(new Rule(property.getLocalName() + "/" + name, confidence, new SentencePattern(pattern), UnsaidParty.RECENT_ARTICLE_SUBJECT));
    }

    /**
     * Words ({@code wordsBefore}, a regular expression without case) that, when they come just
     * before a mention (a comma, colon, bracket or "the" may come between), rule it out as the
     * given end of this relation against the given other ends ({@link RoleCues}).
     */
    protected final void never(End end, Against against, String wordsBefore) {
        roleCues.add(new RoleCue(end, against,
                Pattern.compile("(?:" + wordsBefore + ")[\\s,:(]*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE)));
    }

    public final List<RoleCue> roleCues() {
        return Collections.unmodifiableList(roleCues);
    }

    public final Property property() {
        return property;
    }

    public final List<Rule> rules() {
        // a view, not a copy: the reader asks for the rules of every relation in every sentence
        return Collections.unmodifiableList(rules);
    }

    /**
     * The literal of a value relation from the text a pattern captured as {@code v}, or null when it
     * cannot be read. Relations between entities return null.
     */
    public FactObject.Value value(String captured, ValueContext context) {
        return null;
    }
}
