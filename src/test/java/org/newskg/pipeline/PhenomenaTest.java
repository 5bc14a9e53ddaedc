package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels.Extracted;
import org.newskg.TestModels;
import org.newskg.model.Article;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;

/** What news text throws at the extractor, one phenomenon per test, on articles written for the test. */
class PhenomenaTest {
    /** The pipeline without the learned reader, for what the patterns alone must read. */
    private static final Pipeline RULES_ONLY = TestModels.pipeline().relationModel(null).build();

    private static Fact fact(Extracted x, String subject, String property, String object) {
        return x.fact(subject, property, object).orElseThrow(
                () -> new AssertionError("missing " + subject + " " + property + " " + object + "; got " + x.facts(property) + " " + x));
    }

    private static Entity entity(Extracted x, String name) {
        return x.entity(name).orElseThrow(() -> new AssertionError("no entity named " + name + " in " + x));
    }

    @Nested
    class PageFurniture {
        private static final String PAGE = """
                Acme Robotics unveils Nimbus-2

                By Jane Doe

                https://cdn.example.com/images/2025/nimbus.jpg
                Photo: Reuters/John Smith

                Acme Robotics, founded in 2019 by Jane Okafor, said its Nimbus-2 model cost \\$6 million to train.

                Buyers want <u>Zentek</u>'s Q900 chips for training.

                Read More
                Zentek shares fall after Orca-9 launch
                Why Zentek spun off Harbor Labs

                Correction: An earlier version of this story wrongly said Nimbus-2 was trained on Q700 chips.
                """;

        @Test
        void factsComeOutWithOffsetsIntoTheOriginalText() {
            Extracted x = TestModels.extract(PAGE);
            Evidence founded = fact(x, "Acme Robotics", "foundedBy", "Jane Okafor").evidence().get(0);
            assertTrue(x.original(founded).contains("Acme Robotics") && x.original(founded).contains("Jane Okafor"), x.original(founded));
            Evidence cost = fact(x, "Nimbus-2", "trainingCost", "6000000").evidence().get(0);
            assertTrue(x.original(cost).contains("\\$6 million"), x.original(cost));
            Evidence maker = fact(x, "Q900", "manufacturedBy", "Zentek").evidence().get(0);
            assertTrue(x.original(maker).contains("<u>Zentek</u>'s Q900"), x.original(maker));
        }

        @Test
        void teasersAndCorrectionsGiveNothing() {
            Extracted x = TestModels.extract(PAGE);
            assertTrue(x.entity("Orca-9").isEmpty(), x::toString);
            assertEquals(List.of(), x.facts("spunOutOf"));
            assertEquals(List.of(), x.facts("usedChip"));
            assertTrue(x.entity("Jane Doe").flatMap(e -> x.fact("Acme Robotics", "foundedBy", "Jane Doe")).isEmpty());
        }
    }

    @Test
    void hardWrappedParagraphIsJoined() {
        String text = """
                Acme Robotics, a warehouse automation company based in Lyon, said on
                Tuesday that its newest model had cost less than any rival system to
                build and that the company would release it to customers in the spring,
                according to a statement sent to reporters by its founder Jane
                Okafor. The company said its new Nimbus-2 model cost $5.6 million
                to train, a figure that analysts in the industry found surprisingly low
                for a system of that size and ambition in the current market for robots.
                """;
        Extracted x = TestModels.extract(text);
        assertTrue(x.entity("Jane Okafor").isPresent(), x::toString);
        Evidence cost = fact(x, "Nimbus-2", "trainingCost", "5600000").evidence().get(0);
        assertTrue(x.original(cost).contains("Nimbus-2 model cost $5.6 million\nto train"), x.original(cost));
    }

    @Nested
    class NameVariants {
        @Test
        void caseVariantAndSurnameMergeIntoOnePerson() {
            Extracted x = TestModels.extract("Acme Robotics was founded by Jane Okafor. Okafor said the company grew fast. "
                    + "Jane OkaFor later became the company's chief executive.");
            Entity jane = entity(x, "Jane Okafor");
            assertEquals(jane, entity(x, "Jane OkaFor"));
            assertEquals(jane, entity(x, "Okafor"));
            assertEquals(2, jane.altLabels().size(), jane::toString);
        }

        @Test
        void oneLetterTypoMerges() {
            Extracted x = TestModels.extract("Brightwave invested in Acme Robotics. Jane Okafor, a partner at Brightwove, said so.");
            assertEquals(entity(x, "Brightwave"), entity(x, "Brightwove"));
        }

        @Test
        void organizationWithAndWithoutDesignatorMerge() {
            Extracted x = TestModels.extract("Acme Holdings, a hedge fund, manages about $8 billion in assets. "
                    + "Acme Holdings founder Tom Brennan spoke. Acme later opened an office in Lyon.");
            Entity fund = entity(x, "Acme Holdings");
            assertEquals(fund, entity(x, "Acme"));
            assertTrue(fund.altLabels().contains("Acme"), fund::toString);
        }

        @Test
        void makerPrefixedModelNameMerges() {
            Extracted x = TestModels.extract("Zentek on Monday released Nimbus-2. Zentek Nimbus-2 beats Orca-1 on math.");
            Entity model = entity(x, "Nimbus-2");
            assertEquals(model, entity(x, "Zentek Nimbus-2"));
            assertEquals(1, x.facts("outperforms").size(), () -> x.facts("outperforms").toString());
        }

        @Test
        void pluralOfAModelNameIsTheModel() {
            Extracted x = TestModels.extract("Acme Robotics released Nimbus-2. Buyers of Nimbus-2s were happy.");
            assertEquals(1, x.kg().entities().stream().filter(e -> e.label().startsWith("Nimbus")).count(), x::toString);
        }

        @Test
        void lookAlikeModelsStayApart() {
            Extracted x = TestModels.extract("Acme Robotics released Nimbus-2 in May. Acme Robotics released Nimbus-2-Lite in June. "
                    + "Harbor Labs released Orca 3.1. Harbor Labs released its Orca model in 2023.");
            assertNotEquals(entity(x, "Nimbus-2"), entity(x, "Nimbus-2-Lite"));
            assertNotEquals(entity(x, "Orca"), entity(x, "Orca 3.1"));
        }
    }

    @Nested
    class Coreference {
        @Test
        void theCompanyFoundedBy() {
            Extracted x = TestModels.extract("Acme Robotics is a French startup. The company, founded in 2019 by Jane Okafor, builds robots.");
            fact(x, "Acme Robotics", "foundedBy", "Jane Okafor");
            fact(x, "Acme Robotics", "foundingDate", "2019");
        }

        @Test
        void aDescriptionBeforeAnApposedNameIsThatName() {
            // the patterns alone, which read "a subsidiary of [the new company]" and need to know what it refers to
            String text = "Orbit Foods Inc. grew fast. In 2019, Orbit Foods became a subsidiary of the new company, "
                    + "Harbor Resources Group, after a merger.";
            Extracted x = new Extracted(text, RULES_ONLY.extract(List.of(new Article("t", "t.txt", text))));
            fact(x, "Orbit Foods Inc.", "parentOrganization", "Harbor Resources Group");
        }

        @Test
        void theHedgeFund() {
            Extracted x = TestModels.extract("Tom Brennan runs a hedge fund called Harbor Capital. The hedge fund manages about $8 billion in assets.");
            fact(x, "Harbor Capital", "assetsUnderManagement", "8000000000");
        }

        @Test
        void theStartupIsTheCompanyTheStoryIsAboutNotTheOneNamedLast() {
            Extracted x = TestModels.extract("Quillon's robotics software has drawn investors into the company's latest round, including Harbor Capital. "
                    + "The raise could reach $2 billion thanks to more money from Harbor Capital. "
                    + "Everyone wants a piece of the U.K. startup, which is now valued at $9 billion.");
            assertEquals(List.of("Quillon -> United Kingdom"), x.facts("country"));
        }

        @Test
        void itBeganAs() {
            Extracted x = TestModels.extract("Acme Robotics builds robots. It began as a research group inside Harbor Capital.");
            fact(x, "Acme Robotics", "spunOutOf", "Harbor Capital");
        }
    }

    @Test
    void appositionsAndTitles() {
        Extracted x = TestModels.extract("Jane Okafor, a robotics professor at Lakeside University, reviewed the design. "
                + "Acme Robotics CEO Tom Brennan agreed.");
        fact(x, "Jane Okafor", "employedBy", "Lakeside University");
        fact(x, "Tom Brennan", "ceoOf", "Acme Robotics");
        assertEquals("PERSON", entity(x, "Tom Brennan").type().name());
    }

    @Nested
    class ClaimsAndNegatives {
        @Test
        void claimIsAttributedAndHedged() {
            Extracted x = TestModels.extract("Acme Robotics claims that Nimbus-2 cost $5.6 million to train.");
            Evidence e = fact(x, "Nimbus-2", "trainingCost", "5600000").evidence().get(0);
            assertEquals("Acme Robotics", x.label(e.assertedBy()));
            assertTrue(e.hedged());
        }

        @Test
        void articleVoiceHasNoClaimant() {
            Extracted x = TestModels.extract("Nimbus-2 was trained on clusters of Q900 chips.");
            Evidence e = fact(x, "Nimbus-2", "usedChip", "Q900").evidence().get(0);
            assertNull(e.assertedBy());
            assertFalse(e.hedged());
        }

        @Test
        void exportControlsAreNotChipUse() {
            Extracted x = TestModels.extract("Export controls cut Acme Robotics off from chips like Zentek's Q900. "
                    + "Acme Robotics said it has access to 10,000 Q700 chips.");
            assertEquals(List.of("Acme Robotics -> Q700"), x.facts("usedChip"));
        }

        @Test
        void correctionNoteIsNotEvidence() {
            Extracted x = TestModels.extract("Nimbus-2 was trained on Q900 chips. "
                    + "An earlier version of this story wrongly said Nimbus-2 was trained on Q700 chips.");
            assertEquals(List.of("Nimbus-2 -> Q900"), x.facts("usedChip"));
        }
    }

    @Nested
    class Values {
        @Test
        void lessThanMillionsAbbreviated() {
            Extracted x = TestModels.extract("According to Acme Robotics, Nimbus-2 cost less than $6M to train.");
            fact(x, "Nimbus-2", "trainingCost", "6000000");
        }

        @Test
        void billionsInAssets() {
            Extracted x = TestModels.extract("Harbor Capital, a French hedge fund that manages about $8 billion in assets, hired staff.");
            fact(x, "Harbor Capital", "assetsUnderManagement", "8000000000");
        }

        @Test
        void localCurrencyWithDollarsInBracketsReadsTheDollars() {
            Extracted x = TestModels.extract("Harbor Capital, a hedge fund that manages 100 billion RMB (around $15 billion) in assets, hired staff.");
            assertEquals(List.of("Harbor Capital -> 15000000000"), x.facts("assetsUnderManagement"));
        }

        @Test
        void foundingYear() {
            Extracted x = TestModels.extract("Founded in 2011, Harbor Capital invests in robotics.");
            assertEquals(List.of("Harbor Capital -> 2011"), x.facts("foundingDate"));
        }
    }

    /** Types from the words around a name, beside what the recognizer thinks of it. */
    @Nested
    class TypingFromContext {
        private EntityType type(String text, String name) {
            return entity(TestModels.extract(text), name).type();
        }

        @Test
        void placeBeforeBasedIsNoOrganizationButWhatItModifiesIs() {
            Extracted x = TestModels.extract("Lumora, a Lisbon-based startup, hired twelve engineers.");
            assertEquals(EntityType.COMPANY, entity(x, "Lumora").type());
            assertTrue(x.entity("Lisbon").map(e -> !e.type().isOrganization()).orElse(true), x::toString);
        }

        @Test
        void organizationNounsBeforeAName() {
            assertEquals(EntityType.COMPANY, type("The startup Vexor raised money in May.", "Vexor"));
            assertEquals(EntityType.COMPANY, type("Shares of chipmaker Korvan rose on Monday.", "Korvan"));
            assertEquals(EntityType.INVESTMENT_FIRM, type("The fund Harrow Point bought a stake in the company.", "Harrow Point"));
        }

        @Test
        void modelsByTheirNounAndByVersionNumbers() {
            assertEquals(EntityType.AI_MODEL, type("Vexor released its model Quill in May.", "Quill"));
            assertEquals(EntityType.AI_MODEL, type("Testers said Quill 2.5 writes better code.", "Quill 2.5"));
        }

        @Test
        void theChipOfAProductLineIsAChipAndItsMakerACompany() {
            Extracted x = TestModels.extract("Korvan said the Tarn chip ships in May. Buyers want Korvan chips.");
            assertEquals(EntityType.CHIP, entity(x, "Tarn").type());
            assertEquals(EntityType.COMPANY, entity(x, "Korvan").type());
        }

        @Test
        void aGpuAfterAPossessorIsAChip() {
            Extracted x = TestModels.extract("Labs want Korvan's T7 GPU for training.");
            assertEquals(EntityType.CHIP, entity(x, "T7").type());
        }

        @Test
        void benchmarksByTheirNames() {
            assertEquals(EntityType.BENCHMARK, type("Quill 2 scored well on CodeBench and MathEval.", "CodeBench"));
        }

        @Test
        void investorsOfARoundFromItsList() {
            Extracted x = TestModels.extract("Vexor raised $30 million in a round led by Harrow Point, with participation from Teal Bay, Olmo and Sankt.");
            assertEquals(EntityType.INVESTMENT_FIRM, entity(x, "Harrow Point").type());
            assertEquals(EntityType.INVESTMENT_FIRM, entity(x, "Olmo").type());
        }
    }
}
