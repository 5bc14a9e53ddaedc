package org.newskg.entities;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newskg.mentions.Lexicon;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Names;

/**
 * What a corpus, or part of one, says about the names of one normalised key ({@link Names#key}):
 * everything corpus-wide resolution needs of them, so that it can work on one record per key
 * instead of on every mention. Records of one key from parts of a corpus combine with
 * {@link #plus}; the per-article records an {@link EntityResolver} makes, combined in article order,
 * give the record of the whole corpus, however the articles were split up (on threads or on the
 * executors of a cluster).
 */
public final class NameRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The count and summed weight of the type votes of one detector for one type. */
    record Tally(int count, double sum) implements Serializable {
        Tally plus(Tally other) {
            return new Tally(count + other.count, sum + other.sum);
        }
    }

    private final String key;
    private final long article;
    private final int mention;
    private final String firstName;
    private final TreeMap<String, Integer> forms = new TreeMap<>();
    private final TreeSet<String> surfaces = new TreeSet<>();
    private final TreeSet<String> articleIds = new TreeSet<>();
    private int names;
    private int references;
    private final EnumMap<EntityType, Double> contextVotes = new EnumMap<>(EntityType.class);
    private final TreeMap<String, EnumMap<EntityType, Tally>> detectorVotes = new TreeMap<>();
    private final EnumMap<EntityType, Double> slotVotes = new EnumMap<>(EntityType.class);

    /**
     * The record of a key first named by {@code name}, at mention {@code mention} of the article at
     * {@code article} in corpus order, with no mention counted yet.
     */
    NameRecord(String key, long article, int mention, String name) {
        this.key = key;
        this.article = article;
        this.mention = mention;
        this.firstName = name;
    }

    /** Counts a name mention of the key in article {@code articleId}: its name, surface form and type vote. */
    void addName(Mention m, String articleId) {
        names++;
        forms.merge(m.name(), 1, Integer::sum);
        // a name written otherwise than it is known ("U.S." for United States) is another name of it;
        // a demonym ("American") is a word about it, not a name
        String surface = Names.withoutPossessive(m.text());
        if (!Lexicon.DEMONYMS.containsKey(surface)) {
            surfaces.add(surface);
        }
        articleIds.add(articleId);
        if (m.type() == null) {
            return;
        }
        if (Mention.CONTEXT.equals(m.typedBy())) {
            contextVotes.merge(m.type(), m.weight(), Double::sum);
        } else {
            detectorVotes.computeIfAbsent(m.typedBy(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), new Tally(1, m.weight()), Tally::plus);
        }
    }

    /** Counts a reference ("the company") to a name of the key. */
    void addReference() {
        references++;
    }

    /** Counts a vote of a relation's slot for a type. */
    void addSlotVote(EntityType type, double weight) {
        slotVotes.merge(type, weight, Double::sum);
    }

    /**
     * This record and the record of the same key from a later part of the corpus, as one: its
     * first mention is this record's, its counts and votes add up (this record's first).
     */
    public NameRecord plus(NameRecord later) {
        if (!key.equals(later.key)) {
            throw new IllegalArgumentException("records of two keys: " + key + ", " + later.key);
        }
        NameRecord sum = new NameRecord(key, article, mention, firstName);
        for (NameRecord r : new NameRecord[] {this, later}) {
            r.forms.forEach((form, n) -> sum.forms.merge(form, n, Integer::sum));
            sum.surfaces.addAll(r.surfaces);
            sum.articleIds.addAll(r.articleIds);
            sum.names += r.names;
            sum.references += r.references;
            r.contextVotes.forEach((t, w) -> sum.contextVotes.merge(t, w, Double::sum));
            r.detectorVotes.forEach((d, byType) -> byType.forEach((t, tally) ->
                    sum.detectorVotes.computeIfAbsent(d, k -> new EnumMap<>(EntityType.class)).merge(t, tally, Tally::plus)));
            r.slotVotes.forEach((t, w) -> sum.slotVotes.merge(t, w, Double::sum));
        }
        return sum;
    }

    public String key() {
        return key;
    }

    /** The index in corpus order of the article the key is first named in. */
    public long article() {
        return article;
    }

    /** The index of the key's first mention in that article. */
    int mention() {
        return mention;
    }

    /** The name of the key's first mention. */
    String firstName() {
        return firstName;
    }

    /** Each name written for the key, with how often. */
    Map<String, Integer> forms() {
        return forms;
    }

    /** The surface forms of its mentions, possessives dropped, demonyms left out. */
    TreeSet<String> surfaces() {
        return surfaces;
    }

    TreeSet<String> articleIds() {
        return articleIds;
    }

    /** Name mentions and references to them. */
    int mentionCount() {
        return names + references;
    }

    /** Type votes read from context, summed per type. */
    Map<EntityType, Double> contextVotes() {
        return contextVotes;
    }

    /** Type votes of each detector, counted and summed per type. */
    Map<String, EnumMap<EntityType, Tally>> detectorVotes() {
        return detectorVotes;
    }

    /** Type votes of relation slots, summed per type. */
    Map<EntityType, Double> slotVotes() {
        return slotVotes;
    }
}
