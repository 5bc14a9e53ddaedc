package org.newskg.relations.patterns;

import org.junit.jupiter.api.Test;

/** Patterns of {@link AssetsUnderManagement}, one sentence each, run through the whole extractor. */
class AssetsUnderManagementTest extends RelationPatternTest {
    @Override
    String property() {
        return "assetsUnderManagement";
    }

    @Test
    void managesAssets() {
        assertReads("Acme Capital manages about $8 billion in assets, a filing shows.", "Acme Capital", "8000000000");
    }

    @Test
    void underManagement() {
        assertReads("Harbor Capital, which has $2.5 billion under management, declined to comment.", "Harbor Capital", "2500000000");
    }

    @Test
    void nothingFromNegative() {
        assertNothing("Harbor Capital lost $2 billion in a bad year for funds.");
    }

    @Test
    void oversees() {
        assertReads("Harbor Capital, which oversees $40 billion, is one of the largest investors in Europe.", "Harbor Capital", "40000000000");
    }
}
