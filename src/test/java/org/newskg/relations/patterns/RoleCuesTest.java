package org.newskg.relations.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.pipeline.Pipeline;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.RelationReader;
import org.newskg.vocab.NKG;

/**
 * Words before a mention that rule it out as one end of a relation, whichever reader read it. The
 * pipeline here has one careless reader that reads every person and organization of a sentence as
 * employee and employer, and every two organizations as subsidiary and parent both ways, as an
 * overconfident classifier might: what is left is what the cues let through.
 */
class RoleCuesTest {
    private static final RelationReader EVERY_PAIR = new RelationReader() {
        @Override
        public String name() {
            return "every-pair";
        }

        @Override
        public List<Reading> read(ArticleSentence s) {
            List<Reading> out = new ArrayList<>();
            for (int i = s.first(); i < s.end(); i++) {
                for (int j = s.first(); j < s.end(); j++) {
                    Mention a = s.mentions().get(i);
                    Mention b = s.mentions().get(j);
                    if (i == j || !a.isName() || !b.isName() || !organization(b)) {
                        continue;
                    }
                    if (a.type() == EntityType.PERSON) {
                        out.add(new Reading(i, NKG.employedBy, j, null, s.sentence().index(), name(), "employedBy/any", -1, false, 0.9));
                    } else if (organization(a)) {
                        out.add(new Reading(i, NKG.parentOrganization, j, null, s.sentence().index(), name(), "parentOrganization/any", -1, false, 0.9));
                    }
                }
            }
            return out;
        }

        private static boolean organization(Mention m) {
            return m.type() != null && m.type().isA(EntityType.ORGANIZATION);
        }
    };
    private static final Pipeline PIPELINE = TestModels.pipeline().readers(List.of(EVERY_PAIR)).build();

    private static List<String> facts(String sentence, String property) {
        return new TestModels.Extracted(sentence, PIPELINE.extract(List.of(new Article("t", "t.txt", sentence)))).facts(property);
    }

    @Test
    void whereAPersonStudiedIsNotWhereTheyWork() {
        assertEquals(List.of("Jane Doe -> Brightline Labs"),
                facts("A graduate of Northfield University, Jane Doe now leads research at Brightline Labs.", "employedBy"));
        assertEquals(List.of("Jane Doe -> Brightline Labs"),
                facts("Jane Doe studied physics at Northfield University before joining Brightline Labs.", "employedBy"));
        assertEquals(List.of("Jane Doe -> Eastbrook College"),
                facts("Jane Doe holds a master's degree in economics from Northfield University and teaches at Eastbrook College.", "employedBy"));
    }

    @Test
    void anOrganizationCalledTheParentOwnsTheOther() {
        assertEquals(List.of("Tarn Resources -> HEG", "Tarn Resources -> Harbor Energy Group"),
                facts("Tarn Resources raised money for parent company Harbor Energy Group (HEG) last year.", "parentOrganization"));
        assertEquals(List.of("Tarn Resources -> Harbor Energy"),
                facts("Harbor Energy and its subsidiary Tarn Resources reported higher sales.", "parentOrganization"));
    }

    @Test
    void withoutACueBothDirectionsAreLeftToTheReaders() {
        assertEquals(List.of("Harbor Energy -> Tarn Resources", "Tarn Resources -> Harbor Energy"),
                facts("Harbor Energy and Tarn Resources reported higher sales.", "parentOrganization"));
    }
}
