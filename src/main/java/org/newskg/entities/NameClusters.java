package org.newskg.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.Mention;

/**
 * The name mentions of a corpus partitioned into entities. A reference ("the company", "its")
 * belongs to the cluster of the name it refers to.
 */
final class NameClusters {
    private final List<ArticleExtraction> articles;
    private final UnionFind<MentionRef> sets = new UnionFind<>();

    /** Every name mention of the corpus in a cluster of its own. */
    NameClusters(List<ArticleExtraction> articles) {
        this.articles = articles;
        for (int a = 0; a < articles.size(); a++) {
            List<Mention> mentions = articles.get(a).mentions();
            for (int i = 0; i < mentions.size(); i++) {
                if (mentions.get(i).isName()) {
                    sets.add(new MentionRef(a, i));
                }
            }
        }
    }

    List<ArticleExtraction> articles() {
        return articles;
    }

    Mention mention(MentionRef ref) {
        return articles.get(ref.article()).mentions().get(ref.mention());
    }

    /** The cluster a mention belongs to, named by its representative; a reference's is its antecedent's. */
    MentionRef clusterOf(int article, int mention) {
        Mention m = articles.get(article).mentions().get(mention);
        return sets.find(new MentionRef(article, m.isName() ? mention : m.antecedent()));
    }

    MentionRef clusterOf(MentionRef ref) {
        return clusterOf(ref.article(), ref.mention());
    }

    void merge(MentionRef a, MentionRef b) {
        sets.union(a, b);
    }

    /** The name mentions, in corpus order. */
    List<MentionRef> names() {
        return sets.elements();
    }

    /** Each cluster's name mentions, clusters in the order of their first mention. */
    Map<MentionRef, List<MentionRef>> members() {
        Map<MentionRef, List<MentionRef>> members = new LinkedHashMap<>();
        for (MentionRef ref : sets.elements()) {
            members.computeIfAbsent(sets.find(ref), k -> new ArrayList<>()).add(ref);
        }
        return members;
    }
}
