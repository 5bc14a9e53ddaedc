package org.newskg.entities;

import java.util.List;
import java.util.Set;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.model.Signature;

/**
 * Types each cluster by the votes of its mentions: every typed name votes its type with the weight
 * the mention stages gave it, and an untyped name in the slot of a relation whose domain or range
 * is one person or organization type votes that type once ("Acme, founded by X": X is a person).
 * The cluster takes the heaviest root kind, then the heaviest subtype of it ({@link TypeVotes}).
 */
final class TypeVoter {
    TypeVotes vote(NameClusters clusters) {
        TypeVotes votes = new TypeVotes();
        for (MentionRef ref : clusters.names()) {
            Mention m = clusters.mention(ref);
            if (m.type() != null) {
                votes.add(clusters.clusterOf(ref), m.type(), m.weight());
            }
        }
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
        if (m.type() != null || types.size() != 1) {
            return;
        }
        EntityType t = types.iterator().next();
        if (t == EntityType.PERSON || t.isOrganization()) {
            votes.add(clusters.clusterOf(article, mentionIndex), t, 1.0);
        }
    }
}
