package org.newskg.relations.patterns;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Patterns of {@link Country}, one sentence each, run through the whole extractor. */
class CountryTest extends RelationPatternTest {
    @Override
    String property() {
        return "country";
    }

    @Test
    void demonymOrgNoun() {
        assertReads("The French startup Acme Robotics builds warehouse robots.", "Acme Robotics", "France");
    }

    @Test
    void orgFromCountry() {
        assertReads("Acme Robotics, an AI research lab from France, hired engineers.", "Acme Robotics", "France");
    }

    @Test
    void isADemonym() {
        assertReads("Acme Robotics is a German company that makes robots.", "Acme Robotics", "Germany");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Acme Robotics sells its robots to customers in France and Germany.");
    }

    @Test
    void headquarteredIn() {
        assertReads("Orbit AI is headquartered in France.", "Orbit AI", "France");
    }

    @Test
    void countryPossessive() {
        assertReads("The deal makes South Korea's Orbit AI the largest chip designer in Asia.", "Orbit AI", "South Korea");
    }

    @Test
    void aCountrysRegulatorActingOnACompanyIsNoCountryOfIt() {
        assertNothing("Last year the UK's competition regulator reviewed Orbit AI's deal.");
    }

    @Test
    void countryPossessiveDescribingTheName() {
        assertReads("The deal with Orbit Telecom, France's largest mobile operator by revenue, closed in May.", "Orbit Telecom", "France");
        assertReads("Orbit AI, one of France's best-funded startups, hired engineers.", "Orbit AI", "France");
        assertDoesNotRead("Its customers include Orbit AI, France's largest chipmaker Quillon and Vexa.", "Orbit AI", "France");
    }

    @Test
    void demonymBeforeWhatTheCompanyDoes() {
        assertReads("Orbit AI partnered with Taiwanese electronics assembler Quillon to build servers.", "Quillon", "Taiwan");
    }

    @Test
    void demonymRightBeforeTheName() {
        assertReads("The servers are assembled by Taiwanese Orbit AI in its plant.", "Orbit AI", "Taiwan");
    }

    @Test
    void aDemonymBeforeAPluralNounIsEveryItemsCountry() {
        for (String investor : List.of("Varnet Capital", "Orbit Partners", "Lumen Holding")) {
            assertReads("The round also drew Italian investors Varnet Capital, Orbit Partners and Lumen Holding.", investor, "Italy");
        }
    }

    @Test
    void aDemonymBeforeASingularNounIsOnlyTheFirstItemsCountry() {
        assertDoesNotRead("The French startup Acme Robotics and Orbit Partners signed a deal.", "Orbit Partners", "France");
    }

    @Test
    void aPlaceBeforeADescriptionOfTheSubject() {
        String article = "Quillon raised $40 million on Tuesday. Everyone wants a piece of the U.K. startup, which is now valued at $2 billion.";
        assertReads(article, "Quillon", "United Kingdom");
        assertReads("Orbit AI hired engineers last year. The Paris-based company plans to double in size. "
                + "The French startup said its robots sell well.", "Orbit AI", "France");
    }
}
