package org.newskg.link;

import java.util.List;

/**
 * Where the linker gets the Wikidata items that might be an entity: an extract on disk
 * ({@link OfflineSource}) or the Wikidata web API ({@link OnlineSource}). A source only has to find
 * plausible items by name; {@link EntityLinker} decides among them.
 */
public interface CandidateSource {
    /** Items whose label or an alias matches one of the query's names, in no particular order. */
    List<Candidate> candidates(LinkQuery query);
}
