package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void ignoresCase() {
        assertEquals(NameKey.of("Liang Wenfeng"), NameKey.of("Liang WenFeng"));
        assertEquals("nvidia", NameKey.of("NVIDIA"));
    }

    @Test
    void ignoresPossessive() {
        assertEquals("a100", NameKey.of("A100's"));
        assertEquals("nvidia h100", NameKey.of("Nvidia\u2019s H100"));
    }

    @Test
    void hyphensSeparateWords() {
        assertEquals(NameKey.of("DeepSeek R1"), NameKey.of("DeepSeek-R1"));
        assertEquals(NameKey.of("Claude 3.5 Sonnet"), NameKey.of("Claude-3.5-Sonnet"));
        assertEquals(NameKey.of("mixture of experts"), NameKey.of("Mixture\u2013of\u2013Experts"));
    }

    @Test
    void dropsPunctuationAndRepeatedSpaces() {
        assertEquals("us", NameKey.of("U.S."));
        assertEquals("alphabet inc", NameKey.of("  Alphabet   Inc. "));
        assertEquals("01ai", NameKey.of("01.AI"));
        assertEquals("liang wenfeng", NameKey.of("Liang\u00a0Wenfeng"));
    }

    @Test
    void keepsDistinctNamesApart() {
        assertNotEquals(NameKey.of("GPT-4"), NameKey.of("GPT-4o"));
        assertNotEquals(NameKey.of("DeepSeek R1"), NameKey.of("DeepSeek R1 Zero"));
    }
}
