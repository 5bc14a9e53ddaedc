package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;

class NameExtentsTest {
    private static List<String> complete(String text, NameSpan... spans) {
        Sentence s = new Sentence(0, 0, text.length(), text);
        return new NameExtents().complete(List.of(s), List.of(spans)).stream()
                .map(n -> n.text() + "=" + n.name() + "/" + n.type()).toList();
    }

    private static NameSpan span(String text, String name, EntityType type) {
        int at = TEXT.indexOf(name);
        return new NameSpan(0, at, at + name.length(), name, name, type, type == null ? 0 : 1, 0.9, "test");
    }

    private static final String TEXT = "Orbit Widgets, Inc. hired Jo Vale, Jr. from a unit of The Harbor Group last year.";

    @Test
    void legalFormAndGenerationalSuffixJoinTheNameBeforeThem() {
        NameSpan inc = new NameSpan(0, 15, 19, "Inc.", "Inc.", EntityType.ORGANIZATION, 1, 0.9, "test");
        NameSpan jr = new NameSpan(0, 35, 38, "Jr.", "Jr.", EntityType.ORGANIZATION, 1, 0.9, "test");
        assertEquals(List.of("Orbit Widgets, Inc.=Orbit Widgets, Inc./ORGANIZATION", "Jo Vale, Jr.=Jo Vale, Jr./PERSON",
                        "The Harbor Group=Harbor Group/COMPANY"),
                complete(TEXT, span("Orbit Widgets", "Orbit Widgets", null), inc, span("Jo Vale", "Jo Vale", EntityType.PERSON), jr,
                        span("Harbor Group", "Harbor Group", EntityType.COMPANY)));
    }

    @Test
    void sentenceInitialTheAndLowerCaseTheStayOutside() {
        String text = "The Harbor Group said the Orbit Widgets line sold well.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        List<NameSpan> spans = List.of(new NameSpan(0, 4, 16, "Harbor Group", "Harbor Group", null, 0, 0.9, "test"),
                new NameSpan(0, 26, 39, "Orbit Widgets", "Orbit Widgets", null, 0, 0.9, "test"));
        assertEquals(spans, new NameExtents().complete(List.of(s), spans));
    }

    @Test
    void capitalizedWordsOpeningASentenceThatDescribeTheNameAfterThemAreNoName() {
        Sentence first = new Sentence(0, 0, 45, "Enterprise AI company Orbit launched a model.");
        Sentence second = new Sentence(1, 46, 89, "Acme Robotics said Quill company Vexa grew.");
        NameSpan description = new NameSpan(0, 0, 13, "Enterprise AI", "Enterprise AI", EntityType.COMPANY, 1, 0.9, "test");
        NameSpan orbit = new NameSpan(0, 22, 27, "Orbit", "Orbit", EntityType.COMPANY, 1, 0.9, "test");
        NameSpan acme = new NameSpan(1, 46, 59, "Acme Robotics", "Acme Robotics", EntityType.COMPANY, 1, 0.9, "test");
        NameSpan quill = new NameSpan(1, 65, 70, "Quill", "Quill", EntityType.COMPANY, 1, 0.9, "test");
        NameSpan vexa = new NameSpan(1, 79, 83, "Vexa", "Vexa", EntityType.COMPANY, 1, 0.9, "test");
        assertEquals(List.of(orbit, acme, quill, vexa),
                new NameExtents().complete(List.of(first, second), List.of(description, orbit, acme, quill, vexa)),
                "only words that open their sentence are taken for a description");
    }

    @Test
    void aNameDashedToAnOrganizationsNameIsItsFirstWord() {
        String text = "The Vale–Marlow Commission met the U.S.-Kite Council and the Orbit-Harbor deal and Orbit–Kite Energy merger closed.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        NameSpan vale = at(text, "Vale", EntityType.PERSON);
        NameSpan commission = at(text, "Marlow Commission", EntityType.GOVERNMENT);
        NameSpan us = new NameSpan(0, text.indexOf("U.S."), text.indexOf("U.S.") + 4, "U.S.", "United States", EntityType.COUNTRY, 3, 0.9, "test");
        NameSpan council = at(text, "Kite Council", null);
        NameSpan orbit = at(text, "Orbit", EntityType.COMPANY);
        NameSpan harbor = at(text, "Harbor", EntityType.COMPANY);
        int second = text.lastIndexOf("Orbit");
        NameSpan orbitAgain = new NameSpan(0, second, second + 5, "Orbit", "Orbit", EntityType.COMPANY, 1, 0.9, "test");
        NameSpan kiteEnergy = at(text, "Kite Energy", EntityType.COMPANY);
        assertEquals(List.of("Vale–Marlow Commission=Vale–Marlow Commission/GOVERNMENT", "U.S.-Kite Council=U.S.-Kite Council/null",
                        "Orbit=Orbit/COMPANY", "Harbor=Harbor/COMPANY", "Orbit=Orbit/COMPANY", "Kite Energy=Kite Energy/COMPANY"),
                new NameExtents().complete(List.of(s), List.of(vale, commission, us, council, orbit, harbor, orbitAgain, kiteEnergy)).stream()
                        .map(n -> n.text() + "=" + n.name() + "/" + n.type()).toList(),
                "two one-word names dashed together stay two, and so do two companies");
    }

    @Test
    void aPersonsNameBeforeProfessorNamesAChairNotThePerson() {
        String text = "Jo Vale is the Tom Marlow Professor of History and Ann Kite is now Ed Roe Chair at Orbit University; "
                + "the board named Lee Park Chair of its audit committee.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        NameSpan jo = at(text, "Jo Vale", EntityType.PERSON);
        NameSpan marlow = at(text, "Tom Marlow", EntityType.PERSON);
        NameSpan kite = at(text, "Ann Kite", EntityType.PERSON);
        NameSpan roe = at(text, "Ed Roe", EntityType.PERSON);
        NameSpan university = at(text, "Orbit University", EntityType.UNIVERSITY);
        NameSpan park = at(text, "Lee Park", EntityType.PERSON);
        assertEquals(List.of(jo, kite, university, park), new NameExtents().complete(List.of(s), List.of(jo, marlow, kite, roe, university, park)));
    }

    private static NameSpan at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new NameSpan(0, start, start + name.length(), name, name, type, type == null ? 0 : 1, 0.9, "test");
    }

    @Test
    void legalFormsOfProfessionalFirmsJoinToo() {
        String text = "Vale Eyecare Associates, P.A. and Orbit Widgets, PLLC merged.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        List<NameSpan> spans = List.of(new NameSpan(0, 0, 23, "Vale Eyecare Associates", "Vale Eyecare Associates", EntityType.ORGANIZATION, 1, 0.9, "test"),
                new NameSpan(0, 25, 29, "P.A.", "P.A.", null, 0, 0.5, "test"),
                new NameSpan(0, 34, 47, "Orbit Widgets", "Orbit Widgets", EntityType.ORGANIZATION, 1, 0.9, "test"),
                new NameSpan(0, 49, 53, "PLLC", "PLLC", null, 0, 0.5, "test"));
        assertEquals(List.of("Vale Eyecare Associates, P.A.", "Orbit Widgets, PLLC"),
                new NameExtents().complete(List.of(s), spans).stream().map(NameSpan::name).toList());
    }

    @Test
    void aPluralPossessiveInsideAnOrganizationsNameJoinsItsParts() {
        String text = "The Lakeshore Teachers’ Retirement Fund, Charles’ Orbit Widgets and Zentrix Robotics’ Falcon Ultra 3 all count.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        List<NameSpan> spans = List.of(
                new NameSpan(0, 4, 22, "Lakeshore Teachers", "Lakeshore Teachers", null, 0, 0.9, "shape"),
                new NameSpan(0, 24, 39, "Retirement Fund", "Retirement Fund", EntityType.ORGANIZATION, 1.5, 0.9, "recognizer"),
                new NameSpan(0, 41, 48, "Charles", "Charles", null, 0, 0.9, "shape"),
                new NameSpan(0, 50, 63, "Orbit Widgets", "Orbit Widgets", EntityType.ORGANIZATION, 1.5, 0.9, "recognizer"),
                new NameSpan(0, 68, 84, "Zentrix Robotics", "Zentrix Robotics", EntityType.COMPANY, 1.5, 0.9, "recognizer"),
                new NameSpan(0, 86, 100, "Falcon Ultra 3", "Falcon Ultra 3", EntityType.ORGANIZATION, 1.5, 0.9, "recognizer"));
        assertEquals(List.of("Lakeshore Teachers’ Retirement Fund=Lakeshore Teachers’ Retirement Fund/ORGANIZATION", "Charles=Charles/null",
                        "Orbit Widgets=Orbit Widgets/ORGANIZATION", "Zentrix Robotics=Zentrix Robotics/COMPANY", "Falcon Ultra 3=Falcon Ultra 3/ORGANIZATION"),
                new NameExtents().complete(List.of(s), spans).stream().map(n -> n.text() + "=" + n.name() + "/" + n.type()).toList());
    }
}
