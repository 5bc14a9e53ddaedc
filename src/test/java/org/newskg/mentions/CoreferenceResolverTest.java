package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Sentence;

class CoreferenceResolverTest {
    /** The one sentence's "the company" and the name it is resolved to, given the sentence's named companies. */
    private static String resolved(String text, String... companies) {
        Sentence s = new Sentence(0, 0, text.length(), text);
        List<Mention> names = new ArrayList<>();
        for (String c : companies) {
            int at = text.indexOf(c);
            names.add(new Mention(0, at, at + c.length(), c, c, EntityType.COMPANY, 3, Mention.CONTEXT, -1));
        }
        names.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Mention> all = new CoreferenceResolver().resolve(List.of(s), names);
        return all.stream().filter(m -> !m.isName() && m.text().endsWith("company"))
                .map(m -> m.text() + " = " + all.get(m.antecedent()).name()).findFirst().orElse("none");
    }

    @Test
    void aDescriptionBeforeAnApposedNameIsThatName() {
        assertEquals("the new company = Harbor Group",
                resolved("Orbit Foods became a subsidiary of the new company, Harbor Group, after a merger.", "Orbit Foods", "Harbor Group"));
        assertEquals("the new company = Harbor Group",
                resolved("Orbit Foods became a unit of the new company, Harbor Group.", "Orbit Foods", "Harbor Group"));
    }

    @Test
    void aNameAfterTheCommaThatEndsAClauseIsNoApposition() {
        assertEquals("the company = Orbit Foods",
                resolved("When Orbit Foods hired her, the company, Harbor Group, its biggest rival, sued.", "Orbit Foods", "Harbor Group"));
        assertEquals("the company = Orbit Foods",
                resolved("Orbit Foods met to discuss the company, Harbor Group said.", "Orbit Foods", "Harbor Group"));
    }
}
