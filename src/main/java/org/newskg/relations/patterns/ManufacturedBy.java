package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** A chip is made or designed by an organization. ("Maker X100": the name prefix is read by entity resolution.) */
public final class ManufacturedBy extends RelationDefinition {
    public ManufacturedBy() {
        super(NKG.manufacturedBy);
        // "Maker's X100"
        pattern("possessive", 0.9, "{ORG:o}'s\\s+{W2}{CHIP:s}");
        // "Maker's most efficient AI chip, the X100"; "its own next-gen processor, called X200"
        pattern("possessive-apposition", 0.9, "{ORG:o}'s\\s+{W4}{CHIP_NOUN},\\s+(?:the\\s+|called\\s+|named\\s+)?{CHIP:s}");
        // "X100, the company's next-generation graphics processing unit"; "X200, Maker's newest AI chip";
        // "X300 is Maker's first custom CPU design"
        pattern("apposition-possessive", 0.85, "{CHIP:s}(?:,|\\s+(?:is|was|will be))\\s+{ORG:o}'s\\s+{W4}{CHIP_NOUN}");
        // "chips from Maker called X800s"
        pattern("chips-from-called", 0.9, "{CHIP_NOUN}\\s+from\\s+{ORG:o}\\s+(?:called|named|known as)\\s+{CHIP:s}");
        // "X800 chips, a less capable component developed by Maker"
        // "The X100 is made by Maker"
        pattern("made-by", 0.85, "{CHIP:s}(?:\\s+{CHIP_NOUN})?,?\\s+(?:(?:is|are|was|were)\\s+)?(?:{DET}{W4}(?:{CHIP_NOUN}|components?|parts?)\\s+)?"
                + "(?:developed|made|designed|produced|manufactured|built|sold) by\\s+{ORG:o}");
        // "Maker makes the X100 and X200"; "Maker-made X100s"
        pattern("org-makes", 0.85, "{ORG:o}\\s+(?:makes|made|designs|designed|produces|produced|manufactures|manufactured)\\s+(?:the\\s+)?{CHIP+:s}");
        pattern("x-made", 0.85, "{ORG:o}-(?:made|designed|built)\\s+{CHIP+:s}");
    }
}
