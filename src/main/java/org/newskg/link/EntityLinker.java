package org.newskg.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.KnowledgeGraph;

/**
 * Links entities to Wikidata items, or leaves them unlinked (NIL) when the evidence is not strong
 * enough: a wrong link is worse than none.
 *
 * <p>Each candidate is scored from its name match (exact label, then alias, then fuzzy), how its
 * kind fits the entity's type (a person links only to a human, an organization to a company or
 * institution, a model to a model or software; a fruit, constellation or app is never a company),
 * the entity's context (the item's country against the entity's {@code nkg:country}, the item's
 * description or statements naming entities the entity shares facts or articles with) and, as a
 * tie-breaker, how well known the item is. The best candidate is linked when it scores at least
 * {@link #THRESHOLD} and beats the runner-up by {@link #MARGIN}.
 */
public final class EntityLinker {
    /** Lowest score of a link. */
    public static final double THRESHOLD = 0.7;
    /** How far the best candidate must be ahead of the next one; closer is ambiguous. */
    public static final double MARGIN = 0.08;

    private static final double EXACT_LABEL = 1.0;
    private static final double ALIAS = 0.9;
    /** A fuzzy match scores this times its similarity: below the threshold without context. */
    private static final double FUZZY = 0.65;
    /** A match through one of the entity's other names rather than its label is a little weaker. */
    private static final double OTHER_NAME = 0.95;
    /** A bare surname needs context: only with it does it reach the threshold. */
    private static final double BARE_NAME_CAP = 0.62;
    /** A person whose name only resembles an item's is another person: never enough, whatever the context. */
    private static final double PERSON_FUZZY_CAP = 0.4;
    private static final double FIT_CLASS = 1.0;
    private static final double FIT_DESCRIPTION = 0.85;
    private static final double FIT_UNKNOWN = 0.4;
    private static final double COUNTRY_MATCH = 0.1;
    private static final double COUNTRY_CONFLICT = -0.25;
    private static final double RELATED = 0.1;
    private static final double COOCCURRING = 0.05;
    private static final double POPULARITY = 0.02;

    private final CandidateSource source;
    private final ItemTyping typing;

    public EntityLinker(CandidateSource source) {
        this.source = source;
        this.typing = ItemTyping.standard();
    }

    /** A linker on the Wikidata extract bundled with newskg. */
    public static EntityLinker offline() {
        return new EntityLinker(OfflineSource.bundled());
    }

    /** A linker on a Wikidata extract file (Turtle or N-Triples in Wikidata's RDF shape). */
    public static EntityLinker offline(Path extract) throws IOException {
        return new EntityLinker(OfflineSource.load(extract));
    }

    /** A linker on the Wikidata web API. */
    public static EntityLinker online(OnlineSource.Settings settings) {
        return new EntityLinker(new OnlineSource(settings));
    }

    /** Decides one entity. */
    public LinkDecision decide(LinkQuery query) {
        return rank(query, source.candidates(query));
    }

    /**
     * Decides every entity of a graph, keyed by entity key in the graph's order. Entities are
     * decided twice: the first round links what names and types settle, the second uses those
     * links as context (the item of the entity's country, the items of its neighbours).
     */
    public Map<String, LinkDecision> decide(KnowledgeGraph kg) {
        GraphContext graph = new GraphContext(kg);
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        Map<String, LinkDecision> decisions = new LinkedHashMap<>();
        for (Entity e : kg.entities()) {
            LinkQuery q = graph.query(e, Map.of());
            candidates.put(e.key(), source.candidates(q));
            decisions.put(e.key(), rank(q, candidates.get(e.key())));
        }
        Map<String, String> firstRound = new LinkedHashMap<>();
        decisions.forEach((key, d) -> d.qid().ifPresent(q -> firstRound.put(key, q)));
        for (Entity e : kg.entities()) {
            decisions.put(e.key(), rank(graph.query(e, firstRound), candidates.get(e.key())));
        }
        return decisions;
    }

    private LinkDecision rank(LinkQuery query, List<Candidate> candidates) {
        List<ScoredCandidate> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            score(query, c).ifPresent(ranked::add);
        }
        ranked.sort(Comparator.comparingDouble(ScoredCandidate::score).reversed()
                .thenComparing(ScoredCandidate::match)
                .thenComparing(s -> s.candidate().sitelinks().orElse(0), Comparator.reverseOrder())
                .thenComparing(ScoredCandidate::qid));
        if (ranked.isEmpty()) {
            return new LinkDecision(Optional.empty(), LinkMethod.NO_CANDIDATE, Optional.empty());
        }
        ScoredCandidate best = ranked.get(0);
        Optional<ScoredCandidate> second = ranked.size() > 1 ? Optional.of(ranked.get(1)) : Optional.empty();
        if (best.score() < THRESHOLD) {
            return new LinkDecision(Optional.empty(), LinkMethod.BELOW_THRESHOLD, Optional.of(best));
        }
        if (second.isPresent() && best.score() - second.get().score() < MARGIN) {
            return new LinkDecision(Optional.empty(), LinkMethod.AMBIGUOUS, Optional.of(best));
        }
        return new LinkDecision(Optional.of(best), LinkMethod.of(best.match()), second);
    }

    /** The candidate's score, or empty when none of its names meets the entity's. */
    private Optional<ScoredCandidate> score(LinkQuery q, Candidate c) {
        Optional<NameMatch> found = NameMatch.best(q, c);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NameMatch m = found.get();
        List<String> why = new ArrayList<>();
        why.add(m.describe());

        double name = switch (m.kind()) {
            case EXACT_LABEL -> EXACT_LABEL;
            case ALIAS -> ALIAS;
            case FUZZY -> FUZZY * m.similarity();
        };
        if (!m.throughLabel()) {
            name *= OTHER_NAME;
        }
        if (q.type().isA(EntityType.PERSON) && m.kind() == MatchKind.FUZZY) {
            name = Math.min(name, PERSON_FUZZY_CAP);
            why.add("a person's name must match exactly");
        } else if (q.bareName()) {
            name = Math.min(name, BARE_NAME_CAP);
            why.add("one-word person name needs context");
        }

        ItemKind wanted = ItemKind.of(q.type());
        ItemTyping.Fit fit = typing.fit(c, wanted);
        why.add(switch (fit) {
            case CLASS -> wanted.label() + " by class";
            case DESCRIPTION -> wanted.label() + " by description";
            case UNKNOWN -> "kind unknown";
            case MISMATCH -> "not of kind " + wanted.label();
        });
        if (fit == ItemTyping.Fit.MISMATCH) {
            return Optional.of(new ScoredCandidate(c, m.kind(), 0.0, String.join("; ", why)));
        }
        double score = name * switch (fit) {
            case CLASS -> FIT_CLASS;
            case DESCRIPTION -> FIT_DESCRIPTION;
            default -> FIT_UNKNOWN;
        };
        score += context(q.context(), c, why);
        if (c.sitelinks().isPresent()) {
            score += POPULARITY * Math.min(1.0, Math.log10(1 + c.sitelinks().getAsInt()) / 3);
        }
        return Optional.of(new ScoredCandidate(c, m.kind(), Math.max(0, Math.min(1, score)), String.join("; ", why)));
    }

    private static double context(LinkQuery.Context ctx, Candidate c, List<String> why) {
        double bonus = 0;
        if (!ctx.countryItems().isEmpty() && !c.countries().isEmpty()) {
            boolean shared = c.countries().stream().anyMatch(ctx.countryItems()::contains);
            bonus += shared ? COUNTRY_MATCH : COUNTRY_CONFLICT;
            why.add(shared ? "same country" : "other country " + new TreeSet<>(c.countries()));
        }
        Optional<String> related = evidenceOf(ctx.relatedNames(), ctx.relatedItems(), c);
        if (related.isPresent()) {
            bonus += RELATED;
            why.add("related to " + related.get());
        } else {
            Optional<String> cooccurring = evidenceOf(ctx.cooccurringNames(), ctx.cooccurringItems(), c);
            if (cooccurring.isPresent()) {
                bonus += COOCCURRING;
                why.add("appears with " + cooccurring.get());
            }
        }
        return bonus;
    }

    /** A neighbour the item points to, or that its description names; the first in order, for stable output. */
    private static Optional<String> evidenceOf(Set<String> names, Set<String> items, Candidate c) {
        for (String qid : new TreeSet<>(items)) {
            if (c.relatedItems().contains(qid) || c.countries().contains(qid)) {
                return Optional.of(qid);
            }
        }
        for (String name : new TreeSet<>(names)) {
            if (Names.mentions(c.description(), name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
