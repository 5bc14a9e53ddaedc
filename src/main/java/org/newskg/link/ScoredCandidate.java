package org.newskg.link;

/**
 * A candidate as the linker ranked it.
 *
 * @param candidate   the item
 * @param match       how its names met the entity's
 * @param score       0..1; links need {@link EntityLinker#THRESHOLD}
 * @param explanation the evidence behind the score, for a person reviewing links
 */
public record ScoredCandidate(Candidate candidate, MatchKind match, double score, String explanation) {
    public String qid() {
        return candidate.qid();
    }
}
