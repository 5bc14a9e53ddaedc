package org.newskg.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Reading;
import org.newskg.model.Sentence;

class MakerPrefixReaderTest {
    private final MakerPrefixReader reader = new MakerPrefixReader();

    private static Mention name(String text, int at, EntityType type) {
        return new Mention(0, at, at + text.length(), text, text, type, type == null ? 0 : 2, type == null ? null : Mention.CONTEXT, -1);
    }

    private List<String> read(String text, List<Mention> mentions) {
        Sentence s = new Sentence(0, 0, text.length(), text);
        List<Reading> readings = reader.read(new ArticleSentence(s, mentions, 0, mentions.size(), new ValueContext(Optional.empty())));
        return readings.stream().map(r -> mentions.get(r.subject()).name() + " " + r.property().getLocalName() + " "
                + mentions.get(r.object()).name()).toList();
    }

    @Test
    void productNamedWithItsMakerIsMadeByIt() {
        String text = "Acme Inc showed the Acme X1 chip and the Acme Bolt-2 model.";
        assertEquals(List.of("Acme X1 manufacturedBy Acme Inc", "Acme Bolt-2 developedBy Acme Inc"), read(text, List.of(
                name("Acme Inc", 0, EntityType.COMPANY), name("Acme X1", 20, EntityType.CHIP), name("Acme Bolt-2", 40, EntityType.AI_MODEL))));
    }

    @Test
    void untypedProductMayBeEitherAndEntityResolutionKeepsTheOneThatFits() {
        String text = "Acme makes the Acme Q7.";
        assertEquals(List.of("Acme Q7 developedBy Acme", "Acme Q7 manufacturedBy Acme"),
                read(text, List.of(name("Acme", 0, EntityType.COMPANY), name("Acme Q7", 15, null))));
    }

    @Test
    void prefixThatIsNotAnOrganizationOfTheArticleIsNoMaker() {
        String text = "Orca beat Orca 3 and Blue Lake.";
        assertEquals(List.of(), read(text, List.of(name("Orca", 0, EntityType.AI_MODEL), name("Orca 3", 10, EntityType.AI_MODEL))));
        assertEquals(List.of(), read(text, List.of(name("Orca", 0, null), name("Orca 3", 10, EntityType.AI_MODEL))));
        assertEquals(List.of(), read(text, List.of(name("Blue Lake", 21, EntityType.COMPANY))), "no digit, no product");
    }

    @Test
    void aProductWithoutADigitIsOneWhenItsContextTypedIt() {
        String text = "Acme showed the Acme Falcon Ultra chip at Acme Cloud.";
        assertEquals(List.of("Acme Falcon Ultra manufacturedBy Acme"), read(text, List.of(name("Acme", 0, EntityType.COMPANY),
                name("Acme Falcon Ultra", 16, EntityType.CHIP), name("Acme Cloud", 43, null))));
    }
}
