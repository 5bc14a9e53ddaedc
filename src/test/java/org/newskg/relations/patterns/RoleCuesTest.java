package org.newskg.relations.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.pipeline.Pipeline;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.RelationReader;
import org.newskg.relations.ValueContext;
import org.newskg.vocab.NKG;

/**
 * Words before a mention that rule it out as one end of a relation, whichever reader read it. The
 * pipeline here has one careless reader that reads every person and organization of a sentence as
 * employee and employer, and every two organizations as subsidiary and parent both ways, as an
 * overconfident classifier might: what is left is what the cues let through, and of two directions
 * of ownership then the surer one.
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
                    // surer of a subject named after its object, so that the direction a cue rules out is at times the surer one
                    double confidence = i > j ? 0.95 : 0.9;
                    if (a.type() == EntityType.PERSON) {
                        out.add(new Reading(i, NKG.employedBy, j, null, s.sentence().index(), name(), "employedBy/any", -1, false, confidence));
                    } else if (organization(a)) {
                        out.add(new Reading(i, NKG.parentOrganization, j, null, s.sentence().index(), name(), "parentOrganization/any", -1, false, confidence));
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
                facts("Jane Doe holds a master’s degree in economics from Northfield University and teaches at Eastbrook College.", "employedBy"));
        assertEquals(List.of("Jane Doe -> Brightline Labs"),
                facts("Jane Doe attended Northfield University and her alma mater, Eastbrook College, before Brightline Labs hired her.", "employedBy"));
        assertEquals(List.of("Jane Doe -> Brightline Labs"),
                facts("Jane Doe attended Management Program at Northfield University before Brightline Labs hired her.", "employedBy"));
    }

    @Test
    void aSchoolWhereSomeoneTeachesOrWorksIsAnEmployer() {
        assertEquals(List.of("Jane Doe -> Northfield University"),
                facts("Jane Doe, a professor of religious studies at Northfield University, said the findings held.", "employedBy"));
        assertEquals(List.of("Jane Doe -> Northfield University"),
                facts("Jane Doe, who directs the MBA program at Northfield University, said applications rose.", "employedBy"));
    }

    @Test
    void anOrganizationCalledTheParentOwnsTheOne() {
        assertEquals(List.of("Tarn Resources -> Harbor Energy Group"),
                facts("Tarn Resources raised money for parent company Harbor Energy Group last year.", "parentOrganization"));
        assertEquals(List.of("Tarn Resources -> Harbor Energy"),
                facts("Harbor Energy and its subsidiary Tarn Resources reported higher sales.", "parentOrganization"));
    }

    @Test
    void aRelativeRoleSaysNothingOfOrganizationsNamedAfterIt() {
        ArticleSentence s = sentence("Tarn Resources’ parent company, Harbor Energy Group, a unit of Orbit Holdings, reported higher sales.");
        int tarn = mention(s, "Tarn Resources");
        int harbor = mention(s, "Harbor Energy Group");
        int orbit = mention(s, "Orbit Holdings");
        Reading tarnOwnsHarbor = parentOf(harbor, tarn);
        Reading orbitOwnsHarbor = parentOf(harbor, orbit);
        Reading harborOwnsOrbit = parentOf(orbit, harbor);
        assertEquals(List.of(orbitOwnsHarbor, harborOwnsOrbit), new RoleCues().of(s, List.of(tarnOwnsHarbor, orbitOwnsHarbor, harborOwnsOrbit)),
                "the parent of Tarn Resources may be anything to Orbit Holdings");
    }

    @Test
    void aNameInBracketsAfterAnotherTakesTheWordsBeforeThatName() {
        ArticleSentence s = sentence("Tarn Resources raised money for its parent company Harbor Energy Group (HEG) last year.");
        assertEquals(" raised money for its parent company ", RoleCues.wordsBefore(s, mention(s, "Harbor Energy Group")));
        assertEquals(" raised money for its parent company ", RoleCues.wordsBefore(s, mention(s, "HEG")));
    }

    /** The first sentence of a one-sentence article, with the mentions the pipeline finds in it. */
    private static ArticleSentence sentence(String text) {
        ArticleExtraction x = PIPELINE.process(new Article("t", "t.txt", text));
        return ArticleSentence.of(x.sentences(), x.mentions(), new ValueContext(Optional.empty())).get(0);
    }

    private static int mention(ArticleSentence s, String text) {
        for (int i = s.first(); i < s.end(); i++) {
            if (s.mentions().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is no mention of " + s.inSentence());
    }

    /** "{@code subject} parentOrganization {@code object}": the object owns the subject. */
    private static Reading parentOf(int subject, int object) {
        return new Reading(subject, NKG.parentOrganization, object, null, 0, "test", "parentOrganization/test", -1, false, 0.9);
    }
}
