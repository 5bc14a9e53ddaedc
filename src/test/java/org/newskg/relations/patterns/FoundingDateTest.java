package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link FoundingDate}, one sentence each, run through the whole extractor. */
class FoundingDateTest extends RelationPatternTest {
    @Override
    String property() {
        return "foundingDate";
    }

    @Test
    void foundedIn() {
        assertReads("Harbor Capital was established in 2011 in Boston.", "Harbor Capital", "2011");
    }

    @Test
    void foundedInFronted() {
        assertReads("Founded in 2011, Harbor Capital invests in robotics.", "Harbor Capital", "2011");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Harbor Capital moved to Boston in 2011.");
    }

    @Test
    void foundedByThenYear() {
        assertReads("Orbit AI, which was founded by Ana Ruiz and Ben Cole in 2020, raised money.", "Orbit AI", "2020");
    }

    @Test
    void foundedByThenYearFronted() {
        assertReads("Founded by a group of former Zentrix Labs engineers in 2019, Orbit AI sells chips to carmakers.", "Orbit AI", "2019");
    }

    @Test
    void afterLaunchingTheCompanyInAYear() {
        assertReads("Orbit AI makes chips for drones. After launching the company in 2020, Ana Ruiz raised $20 million.", "Orbit AI", "2020");
    }
}
