package org.newskg.relations.patterns;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.newskg.TestModels;

/** Patterns of {@link FoundedBy}, one sentence each, run through the whole extractor. */
class FoundedByTest extends RelationPatternTest {
    @Override
    String property() {
        return "foundedBy";
    }

    @Test
    void foundedBy() {
        assertReads("Acme Robotics, founded in 2019 by Jane Okafor, builds robots.", "Acme Robotics", "Jane Okafor");
    }

    @Test
    void nameFounded() {
        assertReads("Tom Brennan founded Harbor Capital in 2011.", "Harbor Capital", "Tom Brennan");
    }

    @Test
    void orgFounderName() {
        assertReads("Harbor Capital founder Tom Brennan spoke to reporters.", "Harbor Capital", "Tom Brennan");
    }

    @Test
    void nameFounderOf() {
        assertReads("Tom Brennan, a co-founder of Harbor Capital, declined to comment.", "Harbor Capital", "Tom Brennan");
    }

    @Test
    void nameFounderOfWithANameDescribingThePerson() {
        String s = "Brennan, a Vance supporter and co-founder of venture capital firm Harbor Capital, praised the model.";
        assertReads(s, "Harbor Capital", "Brennan");
        assertNotFounder(s, "Harbor Capital", "Vance");
        String list = "Tom Brennan, Marisol Vance and the co-founder of Harbor Capital, Ravi Okafor, spoke at the event.";
        assertNotFounder(list, "Harbor Capital", "Tom Brennan");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Tom Brennan left Harbor Capital in 2011.");
    }

    @Test
    void foundedInAYearByTwoPeopleInAnApposition() {
        String s = "Orbit AI, a startup founded in 2021 by Marisol Vance and Tomas Reyes, builds language models.";
        assertReads(s, "Orbit AI", "Marisol Vance");
        assertReads(s, "Orbit AI", "Tomas Reyes");
    }

    @Test
    void foundersDescribedByTheirFormerEmployer() {
        String s = "Orbit AI was founded in 2020 by former Zentrix Labs researchers Ana Ruiz and Ben Cole.";
        assertReads(s, "Orbit AI", "Ana Ruiz");
        assertReads(s, "Orbit AI", "Ben Cole");
        assertNotFounder(s, "Orbit AI", "Zentrix Labs");
    }

    @Test
    void coFoundedWith() {
        assertReads("Ana Ruiz, who co-founded Orbit AI with Ben Cole, previously worked at Zentrix Labs.", "Orbit AI", "Ben Cole");
    }


    @Test
    void descriptionInAppositionIsTheNameBeforeIt() {
        String text = "Quanta Labs grew fast. Quanta Labs hired Tomas Reyes. "
                + "Vexa AI, the startup founded in 2023 by Marisol Vance, said it would stop training models.";
        assertReads(text, "Vexa AI", "Marisol Vance");
        assertNotFounder(text, "Quanta Labs", "Marisol Vance");
    }


    private void assertNotFounder(String text, String organization, String person) {
        assertFalse(TestModels.extract(text).fact(organization, property(), person).isPresent(),
                () -> person + " did not found " + organization + " in: " + text);
    }

    @Test
    void possessiveCeoAndCoFounder() {
        assertReads("Orbit AI builds robots for farms. The startup's CEO and co-founder Marisol Vance said sales doubled.",
                "Orbit AI", "Marisol Vance");
    }

    @Test
    void cofounderAndCeoOfADescribedCompany() {
        assertReads("Marisol Vance, cofounder and CEO of Lyon-based AI chip design firm Orbit AI, said orders doubled.",
                "Orbit AI", "Marisol Vance");
    }

    @Test
    void aNewVentureCofoundedByAPerson() {
        String text = "Zentrix Labs, the new venture cofounded by Kepler Medal winner Marisol Vance, has raised $1 billion.";
        assertReads(text, "Zentrix Labs", "Marisol Vance");
        assertDoesNotRead(text, "Zentrix Labs", "Kepler Medal");
    }

    @Test
    void nameAndTheCompanysCeoAndCofounder() {
        assertReads("“What will these models do?” asks Tom Brennan, Harbor Capital’s CEO and co-founder.", "Harbor Capital", "Tom Brennan");
    }

    @Test
    void leftToStartACompanyWithSomeone() {
        assertReads("Two years later, Ana Ruiz returned home to start Orbit AI with Ben Cole, a former designer at Zentrix Labs.", "Orbit AI", "Ben Cole");
    }

    @Test
    void herCofoundersInAStoryAboutTheCompany() {
        String article = "Orbit AI raised $10 million on Monday. The startup builds chips for drones. "
                + "Ruiz, along with her co-founders Ben Cole and Ivo Marsh, met at university.";
        assertReads(article, "Orbit AI", "Ben Cole");
        assertReads(article, "Orbit AI", "Ivo Marsh");
    }

    @Test
    void coFoundersWithAsidesAndTheOneWhoseCoFoundersTheyAre() {
        String article = "Orbit AI raised $10 million on Monday. The startup builds chips for drones. "
                + "Ana Ruiz, along with her co-founders Ben Cole (CTO) and Ivo Marsh (chief scientist), met at university.";
        assertReads(article, "Orbit AI", "Ana Ruiz");
        assertReads(article, "Orbit AI", "Ben Cole");
        assertReads(article, "Orbit AI", "Ivo Marsh");
    }
}
