package org.newskg.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;
import org.newskg.model.Reading;
import org.newskg.vocab.NKG;

/** Readings of one sentence that state an asymmetric relation both ways. */
class OneDirectionTest {
    private final OneDirection oneDirection = new OneDirection(Set.of(NKG.parentOrganization));

    private static Reading reading(int subject, Property p, int object, String reader, double confidence) {
        return new Reading(subject, p, object, null, 0, reader, p.getLocalName() + "/rule", -1, false, confidence);
    }

    @Test
    void theEarlierReadersDirectionStands() {
        Reading byPattern = reading(1, NKG.parentOrganization, 2, "patterns", 0.85);
        Reading reverseByModel = reading(2, NKG.parentOrganization, 1, "learned@1", 0.95);
        assertEquals(List.of(byPattern), oneDirection.of(List.of(byPattern, reverseByModel)));
    }

    @Test
    void ofOneReadersTwoDirectionsTheMoreConfidentStands() {
        Reading likely = reading(1, NKG.parentOrganization, 2, "learned@1", 0.9);
        Reading unlikely = reading(2, NKG.parentOrganization, 1, "learned@1", 0.7);
        assertEquals(List.of(likely), oneDirection.of(List.of(unlikely, likely)));
    }

    @Test
    void otherRelationsAndOtherPairsAreLeftAlone() {
        Reading parent = reading(1, NKG.parentOrganization, 2, "patterns", 0.85);
        Reading otherPair = reading(2, NKG.parentOrganization, 3, "learned@1", 0.95);
        Reading invested = reading(1, NKG.investedIn, 2, "patterns", 0.85);
        Reading investedBack = reading(2, NKG.investedIn, 1, "learned@1", 0.95);
        List<Reading> all = List.of(parent, otherPair, invested, investedBack);
        assertEquals(all, oneDirection.of(all));
    }
}
