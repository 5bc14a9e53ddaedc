package org.newskg.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.Entity;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.Reading;
import org.newskg.model.Sentence;
import org.newskg.model.Signature;

/**
 * Turns the readings of all articles into facts between resolved entities. This is where the
 * readings of several {@link org.newskg.model.Reading readers} are combined, by one rule:
 * <ol>
 *   <li>a reading becomes part of a fact only when its resolved subject and object fit the
 *       relation's domain and range, and are two different entities;</li>
 *   <li>readings of one fact in one sentence (by several rules or readers) are one piece of
 *       evidence, that of the most confident reading;</li>
 *   <li>a fact's confidence is the chance that at least one of its sentences is right,
 *       1 − ∏(1 − cᵢ), taking the sentences as independent witnesses.</li>
 * </ol>
 */
final class FactAssembler {
    /** Where the mention a reading names resolves to. */
    interface EntityLookup {
        /** The entity of mention {@code mention} of article {@code article}, or null when it became none. */
        Entity entity(int article, int mention);
    }

    List<Fact> assemble(List<ArticleExtraction> articles, EntityLookup entities) {
        Map<String, FactBuilder> facts = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            ArticleExtraction ax = articles.get(a);
            for (Reading r : ax.readings()) {
                Entity subject = entities.entity(a, r.subject());
                Signature sig = Signature.of(r.property());
                if (subject == null || !sig.subjectFits(subject.type())) {
                    continue;
                }
                FactObject object;
                if (r.value() != null) {
                    object = r.value();
                } else {
                    Entity o = entities.entity(a, r.object());
                    if (o == null || o.key().equals(subject.key()) || !sig.objectFits(o.type())) {
                        continue;
                    }
                    object = new FactObject.EntityRef(o.key());
                }
                Entity asserter = r.assertedBy() < 0 ? null : entities.entity(a, r.assertedBy());
                add(facts, subject.key(), r.property(), object, evidence(ax, r, asserter == null ? null : asserter.key()));
            }
        }
        List<Fact> out = new ArrayList<>();
        facts.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static void add(Map<String, FactBuilder> facts, String subject, Property p, FactObject object, Evidence ev) {
        String objectKey = object instanceof FactObject.EntityRef ref ? ref.key() : ((FactObject.Value) object).lexical();
        facts.computeIfAbsent(subject + "\u0000" + p.getURI() + "\u0000" + objectKey, k -> new FactBuilder(subject, p, object)).add(ev);
    }

    private static Evidence evidence(ArticleExtraction ax, Reading r, String assertedBy) {
        Sentence s = ax.sentences().get(r.sentence());
        return new Evidence(ax.article().id(), r.sentence(), ax.body().originalOffset(s.start()), ax.body().originalEnd(s.end()),
                s.text(), r.reader(), r.rule(), assertedBy, r.hedged(), r.confidence());
    }

    /** Collects the evidence of one fact; one evidence per sentence, the most confident reading kept. */
    private static final class FactBuilder {
        private final String subject;
        private final Property property;
        private final FactObject object;
        private final Map<String, Evidence> bySentence = new LinkedHashMap<>();

        FactBuilder(String subject, Property property, FactObject object) {
            this.subject = subject;
            this.property = property;
            this.object = object;
        }

        void add(Evidence e) {
            bySentence.merge(e.articleId() + "#" + e.sentenceIndex(), e, (x, y) -> x.confidence() >= y.confidence() ? x : y);
        }

        Fact build() {
            List<Evidence> evidence = new ArrayList<>(bySentence.values());
            evidence.sort((x, y) -> x.articleId().equals(y.articleId())
                    ? Integer.compare(x.sentenceIndex(), y.sentenceIndex()) : x.articleId().compareTo(y.articleId()));
            return new Fact(subject, property, object, evidence, Fact.combine(evidence));
        }
    }
}
