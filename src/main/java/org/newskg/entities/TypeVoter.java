package org.newskg.entities;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.model.Signature;

/**
 * Types each cluster by the votes of its mentions. A type read from the words around a mention
 * ({@link Mention#CONTEXT}) is evidence from one place in one text, so such votes add up over the
 * mentions. A type a detector or name rule gave is much the same judgement repeated wherever the
 * name stands (a recognizer types "Acme" alike in most sentences, however wrong), so its votes for
 * a type grow with the square root of their number, not with the number: √n × their mean weight. And an untyped name in the slot of a
 * relation whose domain or range is one person or organization type votes that type with weight
 * {@value #SLOT_VOTE} ("Acme, founded by X": X is a person), as does a product of no known kind in a model's or a chip's slot
 * ("X was trained on Y": Y is a chip).
 * The cluster takes the heaviest root kind, then the heaviest subtype of it ({@link TypeVotes}).
 *
 * <p>The votes are counted per name key, article by article ({@link #countSlotVotes} and
 * {@link NameRecord#addName}), and added up per cluster here.
 */
final class TypeVoter {
    /**
     * A relation's slot types a name that nothing else types, and outweighs a recognizer's guess
     * (weight under 1) only when the guess is weaker still: "Jane Doe's Acme" makes a possessor
     * of either kind.
     */
    static final double SLOT_VOTE = 0.5;

    TypeVotes vote(NameClusters clusters) {
        TypeVotes votes = new TypeVotes();
        // per cluster, per detector and type: the votes a detector gave, counted together below
        Map<String, Map<String, Map<EntityType, NameRecord.Tally>>> byDetector = new LinkedHashMap<>();
        for (NameRecord r : clusters.records()) {
            String cluster = clusters.clusterOf(r.key());
            r.contextVotes().forEach((type, weight) -> votes.add(cluster, type, weight));
            r.detectorVotes().forEach((detector, types) -> types.forEach((type, tally) ->
                    byDetector.computeIfAbsent(cluster, k -> new LinkedHashMap<>())
                            .computeIfAbsent(detector, k -> new EnumMap<>(EntityType.class))
                            .merge(type, tally, NameRecord.Tally::plus)));
        }
        byDetector.forEach((cluster, detectors) -> detectors.values().forEach(types -> types.forEach((type, tally) ->
                votes.add(cluster, type, Math.sqrt(tally.count()) * tally.sum() / tally.count()))));
        for (NameRecord r : clusters.records()) {
            String cluster = clusters.clusterOf(r.key());
            r.slotVotes().forEach((type, weight) -> votes.add(cluster, type, weight));
        }
        return votes;
    }

    /** Counts the slot votes of one article's readings on the records of its keys ({@code keys} gives a mention's key). */
    static void countSlotVotes(ArticleExtraction article, Map<String, NameRecord> records, List<String> keys) {
        for (Reading r : article.readings()) {
            Signature sig = Signature.of(r.property());
            voteFromSlot(article, records, keys, r.subject(), sig.domain());
            if (r.object() >= 0) {
                voteFromSlot(article, records, keys, r.object(), sig.range());
            }
        }
    }

    private static void voteFromSlot(ArticleExtraction article, Map<String, NameRecord> records, List<String> keys,
                                     int mentionIndex, Set<EntityType> types) {
        Mention m = article.mentions().get(mentionIndex);
        if (types.size() != 1) {
            return;
        }
        EntityType t = types.iterator().next();
        boolean untypedAgent = m.firmType() == null && (t == EntityType.PERSON || t.isOrganization());
        boolean productOfUntoldKind = m.type() == EntityType.PRODUCT && t.isA(EntityType.PRODUCT);
        if (untypedAgent || productOfUntoldKind) {
            records.get(keys.get(mentionIndex)).addSlotVote(t, SLOT_VOTE);
        }
    }
}
