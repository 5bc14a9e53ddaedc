package org.newskg.relations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.mentions.Lexicon;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * The organization an article is about: the one it refers to most often, by name ("Acme Corporation"
 * and "Acme" alike) or by reference ("the company", "its"), counting only organizations its
 * context types as such somewhere. News states many facts about its subject without naming it
 * ("The round was led by Acme", "CEO Jane Doe said"), so readers take it as the default party of
 * such sentences. Ties go to the one named first, as headlines and leads name the subject first.
 * An organization named only once is no subject.
 */
public final class ArticleTopic {
    private static final int MIN_MENTIONS = 2;

    private ArticleTopic() {
    }

    /** Index in {@code mentions} of the subject's first name, or -1 when the article has none. */
    public static int of(List<Mention> mentions) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> firstName = new HashMap<>();
        Set<String> typedOrganization = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            EntityType type = m.firmType();
            if (type != null && !type.isOrganization()) {
                continue;
            }
            String key = Lexicon.organizationKey(m.name());
            count.merge(key, 1, Integer::sum);
            if (m.isName()) {
                firstName.putIfAbsent(key, i);
            }
            if (type != null && isSubjectKind(type)) {
                typedOrganization.add(key);
            }
        }
        int best = -1;
        int bestCount = MIN_MENTIONS - 1;
        for (Map.Entry<String, Integer> e : firstName.entrySet()) {
            int n = count.get(e.getKey());
            if (typedOrganization.contains(e.getKey())
                    && (n > bestCount || n == bestCount && best >= 0 && e.getValue() < best)) {
                best = e.getValue();
                bestCount = n;
            }
        }
        return best;
    }

    /** Newsrooms, governments and universities report and regulate; a story about one is rarely about its funding or staff. */
    private static boolean isSubjectKind(EntityType type) {
        return type != EntityType.MEDIA && type != EntityType.GOVERNMENT && type != EntityType.UNIVERSITY;
    }
}
