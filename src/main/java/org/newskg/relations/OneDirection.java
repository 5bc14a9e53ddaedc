package org.newskg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.Reading;

/**
 * Of two readings of one sentence that state an asymmetric relation both ways ("Beta's parent
 * company, Acme" read as Beta → Acme by one reader and Acme → Beta by another), at most one can be
 * right: the earlier reader's stands, as readers run most precise first (the patterns before the
 * learned reader), and of one reader's two, the more confident.
 */
public final class OneDirection {
    private final Set<Property> asymmetric;

    /** @param asymmetric the relations for which A p B rules out B p A */
    public OneDirection(Set<Property> asymmetric) {
        this.asymmetric = Set.copyOf(asymmetric);
    }

    /**
     * The readings of one sentence without those contradicted by an earlier or more confident one.
     *
     * @param readings one sentence's readings, grouped by reader in the order the readers ran
     */
    public List<Reading> of(List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            if (!outweighedByReverse(readings, i)) {
                out.add(readings.get(i));
            }
        }
        return out;
    }

    private boolean outweighedByReverse(List<Reading> readings, int i) {
        Reading r = readings.get(i);
        if (!asymmetric.contains(r.property()) || r.object() < 0) {
            return false;
        }
        for (int j = 0; j < readings.size(); j++) {
            Reading other = readings.get(j);
            boolean reverse = other.property().equals(r.property()) && other.subject() == r.object() && other.object() == r.subject();
            if (reverse && (!other.reader().equals(r.reader()) ? j < i : other.confidence() > r.confidence())) {
                return true;
            }
        }
        return false;
    }
}
