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
        /** The entity of mention {@code mention} of the article, or null when it became none. */
        Entity entity(int mention);
    }

    /**
     * The facts one article states, each with the evidence of this article alone; {@link #merge}
     * combines the parts of one fact from several articles.
     */
    List<Fact> assemble(ArticleExtraction ax, EntityLookup entities) {
        Map<String, FactBuilder> facts = new LinkedHashMap<>();
        for (Reading r : ax.readings()) {
            Entity subject = entities.entity(r.subject());
            Signature sig = Signature.of(r.property());
            if (subject == null || !sig.subjectFits(subject.type())) {
                continue;
            }
            FactObject object;
            if (r.value() != null) {
                object = r.value();
            } else {
                Entity o = entities.entity(r.object());
                if (o == null || o.key().equals(subject.key()) || !sig.objectFits(o.type())) {
                    continue;
                }
                object = new FactObject.EntityRef(o.key());
            }
            Entity asserter = r.assertedBy() < 0 ? null : entities.entity(r.assertedBy());
            Fact part = new Fact(subject.key(), r.property(), object, List.of(), 0);
            facts.computeIfAbsent(key(part), k -> new FactBuilder(part))
                    .add(evidence(ax, r, asserter == null ? null : asserter.key()));
        }
        List<Fact> out = new ArrayList<>();
        facts.values().forEach(b -> out.add(b.build()));
        return out;
    }

    /** What identifies a fact: its subject, property and object; parts of one fact have one key. */
    static String key(Fact f) {
        String object = f.object() instanceof FactObject.EntityRef ref ? ref.key() : ((FactObject.Value) f.object()).lexical();
        return f.subject() + "\u0000" + f.property().getURI() + "\u0000" + object;
    }

    /** The parts of one fact from different articles as one fact: all their evidence, in article and sentence order. */
    static Fact merge(List<Fact> parts) {
        FactBuilder b = new FactBuilder(parts.get(0));
        parts.forEach(p -> p.evidence().forEach(b::add));
        return b.build();
    }

    private static Evidence evidence(ArticleExtraction ax, Reading r, String assertedBy) {
        Sentence s = ax.sentences().get(r.sentence());
        return new Evidence(ax.article().id(), r.sentence(), ax.body().originalOffset(s.start()), ax.body().originalEnd(s.end()),
                s.text(), r.reader(), r.rule(), assertedBy, r.hedged(), r.confidence());
    }

    /** Collects the evidence of one fact; one evidence per sentence, the most confident reading kept (the first of equals). */
    private static final class FactBuilder {
        private final String subject;
        private final Property property;
        private final FactObject object;
        private final Map<String, Evidence> bySentence = new LinkedHashMap<>();

        FactBuilder(Fact fact) {
            this.subject = fact.subject();
            this.property = fact.property();
            this.object = fact.object();
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
