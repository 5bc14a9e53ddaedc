package org.newskg.entities;

import java.util.ArrayList;
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
        // per cluster, per detector and type: the weights a detector gave, counted together below
        Map<MentionRef, Map<String, Map<EntityType, List<Double>>>> byDetector = new LinkedHashMap<>();
        for (MentionRef ref : clusters.names()) {
            Mention m = clusters.mention(ref);
            if (m.type() == null) {
                continue;
            }
            if (Mention.CONTEXT.equals(m.typedBy())) {
                votes.add(clusters.clusterOf(ref), m.type(), m.weight());
            } else {
                byDetector.computeIfAbsent(clusters.clusterOf(ref), k -> new LinkedHashMap<>())
                        .computeIfAbsent(m.typedBy(), k -> new EnumMap<>(EntityType.class))
                        .computeIfAbsent(m.type(), k -> new ArrayList<>()).add(m.weight());
            }
        }
        byDetector.forEach((cluster, detectors) -> detectors.values().forEach(types -> types.forEach((type, weights) ->
                votes.add(cluster, type, Math.sqrt(weights.size()) * weights.stream().mapToDouble(Double::doubleValue).average().orElse(0)))));
        List<ArticleExtraction> articles = clusters.articles();
        for (int a = 0; a < articles.size(); a++) {
            for (Reading r : articles.get(a).readings()) {
                Signature sig = Signature.of(r.property());
                voteFromSlot(clusters, votes, a, r.subject(), sig.domain());
                if (r.object() >= 0) {
                    voteFromSlot(clusters, votes, a, r.object(), sig.range());
                }
            }
        }
        return votes;
    }

    private static void voteFromSlot(NameClusters clusters, TypeVotes votes, int article, int mentionIndex, Set<EntityType> types) {
        Mention m = clusters.articles().get(article).mentions().get(mentionIndex);
        if (types.size() != 1) {
            return;
        }
        EntityType t = types.iterator().next();
        boolean untypedAgent = m.firmType() == null && (t == EntityType.PERSON || t.isOrganization());
        boolean productOfUntoldKind = m.type() == EntityType.PRODUCT && t.isA(EntityType.PRODUCT);
        if (untypedAgent || productOfUntoldKind) {
            votes.add(clusters.clusterOf(article, mentionIndex), t, SLOT_VOTE);
        }
    }
}
