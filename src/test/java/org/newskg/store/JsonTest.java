package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParseException;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.vocab.NKG;

class JsonTest {
    private static final Evidence EVIDENCE = new Evidence("a", 2, 10, 40, "Vexa put $5 million into Acme; training cost $5 million.", "patterns", "raised", null, false, 0.8);

    @Test
    void factsWithAnEntityOrAValueAsObjectComeBackEqual() {
        Fact toEntity = new Fact("acme", NKG.investedIn, new FactObject.EntityRef("vexa"), List.of(EVIDENCE), 0.8);
        Fact toValue = new Fact("acme", NKG.trainingCost, new FactObject.Value("5000000", XSDDatatype.XSDdecimal), List.of(EVIDENCE), 0.8);
        for (Fact f : List.of(toEntity, toValue)) {
            assertEquals(f, Json.read(Json.write(f), Fact.class));
        }
    }

    @Test
    void anObjectThatIsNeitherIsRefused() {
        String json = Json.write(new Fact("acme", NKG.investedIn, new FactObject.EntityRef("vexa"), List.of(), 0))
                .replace("{\"entity\":\"vexa\"}", "{\"lexical\":\"5\"}");
        assertThrows(JsonParseException.class, () -> Json.read(json, Fact.class));
    }
}
