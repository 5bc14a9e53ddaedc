package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;

class MentionTyperTest {
    private final OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter(TestModels.SHARED_MODELS);
    private final ShapeNameDetector detector = new ShapeNameDetector(new OpenNlpPosTagger(TestModels.SHARED_MODELS));
    private final MentionTyper typer = new MentionTyper();

    private List<Mention> typed(String text) {
        List<Sentence> sentences = splitter.split(text);
        return typer.type(sentences, detector.detect(sentences));
    }

    @Test
    void speechAloneTypesAFullNameButNotAOneWordName() {
        List<Mention> found = typed("Orbitex said prices would rise, Marisol Vance said.");
        assertNull(found.get(0).type());
        assertEquals(EntityType.PERSON, found.get(1).type());
    }

    @Test
    void detectorTypeStandsUnlessAStrongerCueSaysOtherwise() {
        List<Mention> found = typed("Zentek sells the Q900 to labs. The startup Zentek makes chips.");
        assertEquals(EntityType.CHIP, found.get(1).type());
        assertEquals(EntityType.COMPANY, found.get(2).type());
    }

    @Test
    void aChipNounHeadingAnAppositionTypesAChipButNotAPersonOrFirmThatDealsInChips() {
        List<Mention> found = typed("Orbitex showed Kestrel Rubicon, the company's next-generation graphics processing unit. "
                + "\"Prices will rise,\" said Marisol Vance, a semiconductor analyst at Tamsin Capital. "
                + "Quillby Partners, a consultancy that advises chip investors, agreed.");
        assertEquals(EntityType.CHIP, typeOf(found, "Kestrel Rubicon"));
        assertEquals(EntityType.PERSON, typeOf(found, "Marisol Vance"));
        assertNotEquals(EntityType.CHIP, typeOf(found, "Quillby Partners"));
    }

    private static EntityType typeOf(List<Mention> mentions, String name) {
        return mentions.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().type();
    }

    @Test
    void aNameTypedOnceKeepsItsTypeAcrossTheArticle() {
        List<Mention> found = typed("Orbitex released a coding model called Quillby on Monday. Critics liked Quillby.");
        assertEquals(EntityType.AI_MODEL, found.get(1).type());
        assertEquals(EntityType.AI_MODEL, found.get(2).type());
        assertEquals(MentionTyper.SAME_NAME, found.get(2).typedBy());
    }

    @Test
    void aNameTheArticleTypesAsTwoKindsStaysUntypedWhereNothingSaysWhich() {
        List<Mention> found = typed("Tamsin Vance said prices would rise. The startup Tamsin Vance makes chips. Critics liked Tamsin Vance.");
        assertEquals(EntityType.PERSON, found.get(0).type());
        assertEquals(EntityType.COMPANY, found.get(1).type());
        assertNull(found.get(2).type());
    }

    @Test
    void anOrganizationsNameEndingInANounIsNoAppositionToThePersonAfterIt() {
        String text = "Prior to joining Zentrix Labs, Michael Stevens was a partner at a law firm.";
        assertEquals(EntityType.PERSON, typesOf(text, recognized(text, "Zentrix Labs", EntityType.ORGANIZATION),
                recognized(text, "Michael Stevens", EntityType.PERSON)).get(1));
        String apposition = "It was built by the lab, Zentrix Labs.";
        assertEquals(EntityType.RESEARCH_LAB, typesOf(apposition, recognized(apposition, "Zentrix Labs", null)).get(0));
    }

    @Test
    void aLoneFirstOrLastNameOfOnePersonOfTheArticleIsThatPerson() {
        String text = "Tamsin Okafor joined Orbitex. Okafor now leads its lab. Tamsin says it grew. Quill rose.";
        List<Mention> found = typer.type(splitter.split(text), List.of(recognized(text, "Tamsin Okafor", EntityType.PERSON),
                guessed(text, "Okafor", EntityType.ORGANIZATION), guessed(text, "Tamsin", null), guessed(text, "Quill", null)));
        assertEquals(EntityType.PERSON, typeOf(found, "Okafor"), "a recognizer's guess gives way");
        assertEquals(MentionTyper.PART_OF_PERSONS_NAME, found.get(1).typedBy());
        assertEquals(EntityType.PERSON, typeOf(found, "Tamsin"));
        assertNull(typeOf(found, "Quill"), "a word of no person's name");
        String modifier = "Tamsin Okafor joined Orbitex. Critics called it an Okafor plan.";
        List<Mention> asModifier = typer.type(splitter.split(modifier), List.of(recognized(modifier, "Tamsin Okafor", EntityType.PERSON),
                guessed(modifier, "Okafor", null)));
        assertNull(typeOf(asModifier, "Okafor"), "a person's name takes no article");
        // two people share the surname: it says neither
        String two = "Tamsin Okafor met Ravi Okafor. Okafor now leads the lab.";
        List<Mention> shared = typer.type(splitter.split(two), List.of(recognized(two, "Tamsin Okafor", EntityType.PERSON),
                recognized(two, "Ravi Okafor", EntityType.PERSON), guessed(two, "Okafor", null)));
        assertNull(typeOf(shared, "Okafor"));
    }

    /** The last occurrence of a name in {@code text}, as a recognizer's guess of the type (below {@link Mention#FIRM_WEIGHT}). */
    private NameSpan guessed(String text, String name, EntityType type) {
        int at = text.lastIndexOf(name);
        int sentence = splitter.split(text).stream().filter(s -> s.start() <= at && at < s.end()).findFirst().orElseThrow().index();
        return new NameSpan(sentence, at, at + name.length(), name, name, type, type == null ? 0 : 0.2, 0.55, "recognizer");
    }

    /** A name the recognizer found in {@code text}, with the type it gave (null for none). */
    private static NameSpan recognized(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new NameSpan(0, at, at + name.length(), name, name, type, type == null ? 0 : 1.5, 0.9, "recognizer");
    }

    /** The types of the names of a one-sentence text, after typing from context. */
    private List<EntityType> typesOf(String text, NameSpan... names) {
        return typer.type(splitter.split(text), List.of(names)).stream().map(Mention::type).toList();
    }

    @Test
    void aNameHeadedLikeAnOrganizationIsOneThoughARecognizerCalledItAPlace() {
        String text = "She teaches at the University of Tamsin Valley, near West Tamsin.";
        assertEquals(List.of(EntityType.UNIVERSITY, EntityType.PLACE), typesOf(text,
                recognized(text, "University of Tamsin Valley", EntityType.PLACE), recognized(text, "West Tamsin", EntityType.PLACE)));
    }

    @Test
    void europeanHoldingAndGroupeNamesAreCompanies() {
        // what the recognizer says of such names when the first word reads like a given name
        String text = "Varnet Holding and Lumière Groupe also backed the round.";
        assertEquals(List.of(EntityType.COMPANY, EntityType.COMPANY), typesOf(text,
                recognized(text, "Varnet Holding", EntityType.PERSON), recognized(text, "Lumière Groupe", EntityType.PERSON)));
    }

    @Test
    void aWhoAfterAPlaceIsAboutTheNameBefore() {
        String text = "She hired Marisol Vance, a designer at Zentrix Labs in Port Tamsin, who became Orbit AI’s chief engineer.";
        assertEquals(List.of(EntityType.PLACE), typesOf(text, recognized(text, "Port Tamsin", EntityType.PLACE)));
        String person = "She hired Marisol Vance, who became Orbit AI’s chief engineer.";
        assertEquals(List.of(EntityType.PERSON), typesOf(person, recognized(person, "Marisol Vance", null)));
    }

    @Test
    void anAiToolOrAMakersProductIsNoPersonThoughARecognizerCalledItOne() {
        String tool = "Developers praise Marcel Code, the agentic coding tool from Zentrix Labs.";
        assertEquals(List.of(EntityType.AI_MODEL), typesOf(tool, recognized(tool, "Marcel Code", EntityType.PERSON)));
        String own = "Zentrix Labs updated its coding assistant Marcel on Monday.";
        assertEquals(List.of(EntityType.AI_MODEL), typesOf(own, recognized(own, "Marcel", EntityType.PERSON)));
        String maker = "Marcel maker Zentrix Labs raised $2 billion.";
        assertEquals(List.of(EntityType.PRODUCT), typesOf(maker, recognized(maker, "Marcel", EntityType.PERSON)));
        // a research assistant is a person's job
        String job = "Marcel Roe, a research assistant at Zentrix Labs, said so.";
        assertEquals(List.of(EntityType.PERSON), typesOf(job, recognized(job, "Marcel Roe", EntityType.PERSON)));
    }

    @Test
    void aChipIsWhatTheMakersChipNounSaysButTheMakerOfChipsIsNone() {
        String copula = "Kestrel is Orbitex’s first custom CPU design.";
        assertEquals(EntityType.CHIP, typesOf(copula, recognized(copula, "Kestrel", EntityType.ORGANIZATION)).get(0));
        String family = "Its chief revealed Kestrel Ultra, a family of chips shipping in May.";
        assertEquals(EntityType.CHIP, typesOf(family, recognized(family, "Kestrel Ultra", EntityType.PERSON)).get(0));
        String maker = "Orbitex is the maker of GPUs.";
        assertEquals(List.of(EntityType.ORGANIZATION), typesOf(maker, recognized(maker, "Orbitex", EntityType.ORGANIZATION)));
    }

    @Test
    void theCreatorOfAProductIsNoPersonAndTheProductNoOrganization() {
        List<Mention> found = typed("While Orbitex Labs, the creator of Quillby, stays private, Zentrix went public.");
        assertNotEquals(EntityType.PERSON, typeOf(found, "Orbitex Labs"));
        assertEquals(EntityType.PRODUCT, typeOf(found, "Quillby"));
    }

    @Test
    void aPluralAfterACommaOpensAClauseAndTypesNoModel() {
        String clause = "According to Orbitex, the models outperform its older ones.";
        assertEquals(List.of(EntityType.ORGANIZATION), typesOf(clause, recognized(clause, "Orbitex", EntityType.ORGANIZATION)));
        String apposition = "Developers praise Kestrel, an open-weight model from Orbitex.";
        assertEquals(EntityType.AI_MODEL, typesOf(apposition, recognized(apposition, "Kestrel", EntityType.ORGANIZATION)).get(0));
    }
}
