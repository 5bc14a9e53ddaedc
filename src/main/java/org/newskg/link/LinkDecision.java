package org.newskg.link;

import java.util.Optional;

/**
 * The linker's decision for one entity: the chosen item, or none (NIL).
 *
 * @param chosen   the linked item, empty for NIL
 * @param method   how the link was made, or why there is none
 * @param runnerUp the best item not chosen: the second best of a link, the best rejected of a NIL
 */
public record LinkDecision(Optional<ScoredCandidate> chosen, LinkMethod method, Optional<ScoredCandidate> runnerUp) {

    public boolean linked() {
        return chosen.isPresent();
    }

    /** The chosen item's id, empty for NIL. */
    public Optional<String> qid() {
        return chosen.map(ScoredCandidate::qid);
    }

    /** The link's score, 0 for NIL. */
    public double score() {
        return chosen.map(ScoredCandidate::score).orElse(0.0);
    }
}
