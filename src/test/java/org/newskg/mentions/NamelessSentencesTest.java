package org.newskg.mentions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sentences the recognizer is spared, on sentences written for the test. */
class NamelessSentencesTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "The company said it would double its spending on chips next year.",
        "\"It was never about the money,\" one engineer said.",
        "According to two people familiar with the plan, the talks stalled in 2024.",
        "But the model costs 7.5 times less to run, and 40% of users prefer it.",
        "I think the startup will raise again, a former employee said.",
        "in the end, nobody knew who had trained it.",
        "Meanwhile, investors sold shares worth $1.2 billion on the news.",
        "",
    })
    void aSentenceWithoutANameLikeWordCannotHoldAName(String sentence) {
        assertTrue(NamelessSentences.cannotHoldName(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Quillon said it would double its spending on chips next year.", // a name opens the sentence
        "The deal was signed by Marta Okonkwo on Tuesday.", // a capitalized word inside
        "The startup trained its model on the Zephyr X900 cluster.", // a product number
        "Shares of iQuanta rose after the deal.", // a capital inside a word
        "the lab released o7-mini to paying users.", // a digit beside a letter
        "The lab's new model, brx4, was released quietly.",
        "TALON LABS RAISES MONEY FOR ROBOTS", // all capitals
        "Funding Round Closes For Orbital Foundry", // a headline in title case
        "The engineer said: \"We will ship it in spring.\"", // a quotation opening inside
        "\"Quillon was never about the money,\" one engineer said.", // a name after the opening quote
        "The model was trained in 北京 last year.", // a script without case
        "Acme's engineers were not told.", // a possessive name opening the sentence
    })
    void aSentenceWithANameLikeWordMayHoldAName(String sentence) {
        assertFalse(NamelessSentences.cannotHoldName(sentence), sentence);
    }
}
