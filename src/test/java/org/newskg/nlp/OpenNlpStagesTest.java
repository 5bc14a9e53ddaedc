package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.model.Sentence;

class OpenNlpStagesTest {
    private final SentenceSplitter splitter = new OpenNlpSentenceSplitter(TestModels.SHARED_MODELS);
    private final PosTagger tagger = new OpenNlpPosTagger(TestModels.SHARED_MODELS);

    @Test
    void sentencesHaveOffsetsAndNeverCrossAParagraphBreak() {
        String text = "Orbit Labs was founded in 2019. It builds chips\n\nfor phones. Analysts liked it.";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(List.of("Orbit Labs was founded in 2019.", "It builds chips", "for phones.", "Analysts liked it."),
                sentences.stream().map(Sentence::text).toList());
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertEquals(sentences.indexOf(s), s.index());
        }
    }

    @Test
    void aMiddleOrFirstInitialEndsNoSentence() {
        String text = "Orbit Labs hired Jane Q. Roe in 2019. Its parent is H. K. Tamsin & Company, LLC. She left.";
        assertEquals(List.of("Orbit Labs hired Jane Q. Roe in 2019.", "Its parent is H. K. Tamsin & Company, LLC.", "She left."),
                splitter.split(text).stream().map(Sentence::text).toList());
    }

    @Test
    void aDecimalNumberEndsNoSentence() {
        String text = "The total raise could reach $1.5 billion thanks to another $300 million from Kestrel. "
                + "Orbit's Lumo-4.5 scored well on coding, and the Zest-2.5 release did too. Critics shrugged.";
        assertEquals(List.of("The total raise could reach $1.5 billion thanks to another $300 million from Kestrel.",
                        "Orbit's Lumo-4.5 scored well on coding, and the Zest-2.5 release did too.", "Critics shrugged."),
                splitter.split(text).stream().map(Sentence::text).toList());
    }

    @Test
    void aClosingQuoteEndsTheSentenceItCloses() {
        String text = "Analysts were unmoved. “The number is likely hyperbole, as it was last year.” CEO Jane Roe said demand was strong.";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(List.of("Analysts were unmoved.", "“The number is likely hyperbole, as it was last year.”", "CEO Jane Roe said demand was strong."),
                sentences.stream().map(Sentence::text).toList());
        sentences.forEach(s -> assertEquals(s.text(), text.substring(s.start(), s.end())));
    }

    @Test
    void aNumberAfterAWordCanEndASentence() {
        String text = "The round was led by Kite Ventures and Orbit Fund 2. New investors include Lumen Capital. "
                + "The model scored 3.5 on the test. It costs $2.5 million.";
        assertEquals(List.of("The round was led by Kite Ventures and Orbit Fund 2.", "New investors include Lumen Capital.",
                        "The model scored 3.5 on the test.", "It costs $2.5 million."),
                splitter.split(text).stream().map(Sentence::text).toList());
    }

    @Test
    void aPeriodBeforeACapitalizedWordWithoutASpaceEndsASentence() {
        String text = "Its biggest customer is Zentek.In early 2026 Orbit Labs will ship chips from orbitlabs.com to Zentek.";
        assertEquals(List.of("Its biggest customer is Zentek.", "In early 2026 Orbit Labs will ship chips from orbitlabs.com to Zentek."),
                splitter.split(text).stream().map(Sentence::text).toList());
    }

    @Test
    void aLineWithoutSentenceEndsIsCutIntoBoundedSentencesAtWhiteSpace() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 20 * OpenNlpSentenceSplitter.MAX_CHARS; i++) {
            line.append("item ").append(i).append(" of the list, ");
        }
        String text = line.append("the end.").toString();
        List<Sentence> sentences = splitter.split(text);
        assertTrue(sentences.size() >= 20, () -> sentences.size() + " sentences");
        int covered = 0;
        for (Sentence s : sentences) {
            assertTrue(s.text().length() <= OpenNlpSentenceSplitter.MAX_CHARS, () -> s.text().length() + " characters");
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertEquals(sentences.indexOf(s), s.index());
            assertTrue(text.substring(covered, s.start()).isBlank(), "nothing but white space is left out between pieces");
            covered = s.end();
        }
        assertEquals(text.length(), covered);
    }

    @Test
    void openingWordsAreTaggedWithOffsetsIntoTheText() {
        String text = "Intro. Marisol Vance, who runs Orbit Labs, said on Monday that sales rose.";
        Sentence second = splitter.split(text).get(1);
        List<Token> opening = tagger.tagOpening(second, 3);
        assertEquals(List.of("Marisol", "Vance", ","), opening.stream().map(Token::text).toList());
        assertTrue(opening.get(0).isProperNoun());
        for (Token t : opening) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void capitalizedCommonWordOpeningASentenceIsNotAProperNoun() {
        Sentence s = splitter.split("Analysts expect the company to raise prices next year.").get(0);
        assertFalse(tagger.tagOpening(s, 1).get(0).isProperNoun());
    }

    @Test
    void shortSentenceGivesAsManyTokensAsItHas() {
        Sentence s = splitter.split("Thanks!").get(0);
        assertEquals(List.of("Thanks", "!"), tagger.tagOpening(s, 5).stream().map(Token::text).toList());
    }
}
