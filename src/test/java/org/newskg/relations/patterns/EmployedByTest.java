package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link EmployedBy}, one sentence each, run through the whole extractor. */
class EmployedByTest extends RelationPatternTest {
    @Override
    String property() {
        return "employedBy";
    }

    @Test
    void nameTitleAt() {
        assertReads("Tom Brennan, a senior analyst at Harbor Capital, said the deal was good.", "Tom Brennan", "Harbor Capital");
    }

    @Test
    void orgTitleName() {
        assertReads("Harbor Capital analyst Tom Brennan said the deal was good.", "Tom Brennan", "Harbor Capital");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Tom Brennan criticised Harbor Capital in a letter.");
    }

    @Test
    void isNowTitleAt() {
        assertReads("Ana Ruiz is now chief scientist at Orbit AI.", "Ana Ruiz", "Orbit AI");
    }

    @Test
    void beforeJoiningAnOrganization() {
        assertReads("Before joining Orbit AI in 2022, Ana Ruiz led research at a bank.", "Ana Ruiz", "Orbit AI");
        assertReads("Prior to joining Zentrix Labs, Michael Stevens was a partner at a law firm.", "Michael Stevens", "Zentrix Labs");
        assertReads("Marisol Vance joined the Harbor Capital team in May.", "Marisol Vance", "Harbor Capital");
        assertDoesNotRead("Marisol Vance joined the Harbor-backed startup in May.", "Marisol Vance", "Harbor");
    }

    @Test
    void hiredAs() {
        assertReads("Orbit AI hired Ben Cole, a veteran of Zentrix Labs, as its head of research.", "Ben Cole", "Orbit AI");
    }

    @Test
    void nameThenPossessiveTitle() {
        assertReads("Marisol Vance, Acme Robotics' VP of software, said on Monday that sales doubled.", "Marisol Vance", "Acme Robotics");
    }

    @Test
    void whoBecameThePossessiveTitle() {
        assertReads("He started the company with Jo Ames, a former designer at a chip lab, who became Orbit AI's chief technology officer.",
                "Jo Ames", "Orbit AI");
    }

    @Test
    void nameThenTheOrganizationsTitle() {
        assertReads("The idea came from Marisol Vance, the famed Zentrix engineer who built its first chip.", "Marisol Vance", "Zentrix");
    }

    @Test
    void anOrganizationsAlumnusIsNotItsEmployee() {
        assertDoesNotRead("She started it with Marisol Vance, a Zentrix alumnus and former principal engineer at Orbit AI.",
                "Marisol Vance", "Zentrix");
    }

    @Test
    void nameThenTheOrganizationAsNoTitleGivesNothing() {
        assertDoesNotRead("The idea came from Marisol Vance, the Zentrix critic.", "Marisol Vance", "Zentrix");
    }

    @Test
    void officerWithoutOrganizationIsTheSubjectsJustNamed() {
        assertReads("Orbit Partners raised a new $900 million fund. Orbit Partners will invest it over three years. "
                + "Most of it is for Brazil, managing director Marisol Vance said.",
                "Marisol Vance", "Orbit Partners");
    }

    @Test
    void aPresidentWithoutOrganizationIsNotTheSubjects() {
        assertDoesNotRead("Orbit Partners raised a new $900 million fund. Orbit Partners will invest it over three years. "
                + "The money arrives as President Marisol Vance visits Lyon.",
                "Marisol Vance", "Orbit Partners");
    }

    @Test
    void anOfficersTitleInAppositionWithoutAnOrganizationIsTheSubjects() {
        assertReads("Zentrix Labs sells chips to carmakers. Zentrix Labs opened an office in Lyon. Marisol Vance, CEO, and Tobias Hale, CTO, met in school.",
                "Tobias Hale", "Zentrix Labs");
        assertReads("Zentrix Labs sells chips to carmakers. Zentrix Labs opened an office in Lyon. Vance and her co-founders Tobias Hale (CTO) and Ana Reyes (COO) met in school.",
                "Ana Reyes", "Zentrix Labs");
    }
}
