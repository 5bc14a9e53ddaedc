package org.newskg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.newskg.mentions.Lexicon;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.model.Reading;
import org.newskg.vocab.NKG;

/**
 * Reads the maker of a product from its name: "Acme X1" or "the Acme Falcon chip", with Acme named as an organization
 * elsewhere in the same article, is X1 made by Acme. News names models and chips this way ("the Acme X1 chip"), and the
 * maker is nearly always named on its own too. Which relation it is depends on the product: a
 * model is {@code developedBy} its maker and a chip {@code manufacturedBy} it; for a product the
 * mention stages left untyped both are read, and entity resolution keeps the one that fits the
 * entity's type.
 */
public final class MakerPrefixReader implements RelationReader {
    public static final String NAME = "maker-prefix";
    private static final String RULE = "maker-prefixed-name";
    private static final double CONFIDENCE = 0.8;
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reading> read(ArticleSentence input) {
        List<Reading> out = new ArrayList<>();
        for (int i = input.first(); i < input.end(); i++) {
            Mention product = input.mentions().get(i);
            int cut = product.isName() ? Names.makerBreak(product.name()) : -1;
            if (cut < 0 || !isProduct(product, product.name().substring(cut + 1))) {
                continue;
            }
            int maker = namedElsewhere(input.mentions(), Names.key(product.name().substring(0, cut)), i);
            if (maker < 0) {
                continue;
            }
            for (Property p : relations(product.firmType())) {
                out.add(new Reading(i, p, maker, null, input.sentence().index(), NAME, p.getLocalName() + "/" + RULE, -1, false, CONFIDENCE));
            }
        }
        return out;
    }

    /**
     * A product's name after its maker's has a digit ("X1", "Bolt-2"), or its context typed it as a
     * chip or a model ("the Acme Falcon Ultra chip"); "Acme Cloud" or "Acme Research" without either is
     * a unit of Acme, not its product.
     */
    private static boolean isProduct(Mention product, String afterMaker) {
        EntityType type = product.firmType();
        return HAS_DIGIT.matcher(afterMaker).find() || type == EntityType.CHIP || type == EntityType.AI_MODEL;
    }

    /**
     * The first name of the article with this key that its context types as an organization, other
     * than the product's own mention, with or without its designator ("Acme AI"); -1 if none. An untyped name does not do: "Orca 3" is not made
     * by Orca, the model family.
     */
    private static int namedElsewhere(List<Mention> mentions, String makerKey, int productIndex) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i != productIndex && m.isName() && m.firmType() != null && m.firmType().isOrganization()
                    && (Names.key(m.name()).equals(makerKey) || Lexicon.organizationKey(m.name()).equals(makerKey))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Property> relations(EntityType productType) {
        if (productType == EntityType.CHIP) {
            return List.of(NKG.manufacturedBy);
        }
        if (productType == EntityType.AI_MODEL) {
            return List.of(NKG.developedBy);
        }
        return List.of(NKG.developedBy, NKG.manufacturedBy);
    }
}
