package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newskg.TestModels;
import org.newskg.mentions.LexiconPhraseDetector;
import org.newskg.mentions.MentionDetector;
import org.newskg.mentions.ShapeNameDetector;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;
import org.newskg.model.Mention;
import org.newskg.model.NameSpan;
import org.newskg.model.Reading;
import org.newskg.model.Sentence;
import org.newskg.nlp.OpenNlpPosTagger;
import org.newskg.nlp.OpenNlpSentenceSplitter;
import org.newskg.nlp.SentenceSplitter;

/**
 * An over-long article is read in bounded windows, so that the stages that compare every mention
 * with the article's others cost time in proportion to its length, not its square; what they
 * find keeps the article's numbering.
 */
class SentenceWindowTest {
    private final SentenceSplitter splitter = new OpenNlpSentenceSplitter(TestModels.SHARED_MODELS);

    /** One line of invented news at least {@code chars} long: a founder in every tenth sentence, few names between. */
    private static String longLine(int chars) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < chars; i++) {
            line.append(i % 10 == 0 ? word(i) + " Labs, founded by Marisol " + word(i) + ", builds chips."
                    : i % 10 == 1 ? "It said on Monday that sales rose " + i + " percent."
                    : "the fields were wet and the harvest of row " + i + " came in late.").append(' ');
        }
        return line.toString();
    }

    /** A made-up capitalized word for a number, so that every founder sentence names other people. */
    private static String word(int n) {
        String[] syllables = {"ka", "lo", "mi", "ren", "tu", "sa", "vo", "ne"};
        StringBuilder w = new StringBuilder();
        for (int k = n; k > 0 || w.length() == 0; k /= syllables.length) {
            w.append(syllables[k % syllables.length]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    @Test
    void windowsAreBoundedCoverEverySentenceInOrderAndAShortArticleIsOneWindow() {
        String text = longLine(5 * SentenceWindow.MAX_CHARS);
        List<Sentence> sentences = splitter.split(text);
        List<SentenceWindow> windows = SentenceWindow.of(sentences, text, SentenceWindow.MAX_CHARS);
        assertTrue(windows.size() >= 5, () -> windows.size() + " windows");
        int next = 0;
        for (SentenceWindow w : windows) {
            assertEquals(next, w.firstSentence());
            List<Sentence> local = w.sentences();
            assertTrue(local.get(local.size() - 1).end() - local.get(0).start() <= SentenceWindow.MAX_CHARS);
            for (int i = 0; i < local.size(); i++) {
                assertEquals(i, local.get(i).index());
                assertEquals(sentences.get(next + i).start(), local.get(i).start());
            }
            next += local.size();
        }
        assertEquals(sentences.size(), next);

        String shortText = longLine(SentenceWindow.MAX_CHARS / 3);
        List<Sentence> few = splitter.split(shortText);
        assertEquals(List.of(new SentenceWindow(0, few)), SentenceWindow.of(few, shortText, SentenceWindow.MAX_CHARS));
    }

    @Test
    void theMentionStagesNeverSeeMoreThanAWindowAndFindingsKeepTheArticlesNumbering() {
        AtomicInteger largestInput = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        MentionDetector shapes = new ShapeNameDetector(new OpenNlpPosTagger(TestModels.SHARED_MODELS));
        MentionDetector recording = new MentionDetector() {
            @Override
            public String name() {
                return shapes.name();
            }

            @Override
            public List<NameSpan> detect(List<Sentence> sentences) {
                calls.incrementAndGet();
                largestInput.accumulateAndGet(sentences.get(sentences.size() - 1).end() - sentences.get(0).start(), Math::max);
                return shapes.detect(sentences);
            }
        };
        // the surface patterns read the founders; the learned reader would only add time
        Pipeline pipeline = TestModels.pipeline().detectors(List.of(recording, new LexiconPhraseDetector())).relationModel(null)
                .threads(1).build();
        String text = longLine(2 * SentenceWindow.MAX_CHARS + SentenceWindow.MAX_CHARS / 4);

        ArticleExtraction x = pipeline.process(new Article("long", "long.txt", text));

        assertTrue(calls.get() >= 3, () -> calls.get() + " detector calls");
        assertTrue(largestInput.get() <= SentenceWindow.MAX_CHARS, () -> largestInput.get() + " characters in one call");
        String clean = x.body().text();
        List<Mention> mentions = x.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Sentence s = x.sentences().get(m.sentence());
            assertTrue(s.start() <= m.start() && m.end() <= s.end(), m::toString);
            assertEquals(m.text(), clean.substring(m.start(), m.end()));
            if (!m.isName()) {
                assertTrue(m.antecedent() < i && mentions.get(m.antecedent()).isName(), m::toString);
            }
        }
        List<Integer> founderSentences = new ArrayList<>();
        for (Reading r : x.readings()) {
            Mention subject = mentions.get(r.subject());
            assertEquals(r.sentence(), subject.sentence(), r::toString);
            if (r.property().getLocalName().equals("foundedBy")) {
                assertEquals(subject.name().replace(" Labs", ""), mentions.get(r.object()).name().replace("Marisol ", ""), r::toString);
                founderSentences.add(r.sentence());
            }
        }
        assertFalse(founderSentences.isEmpty());
        int lastSentence = x.sentences().size() - 1;
        assertTrue(founderSentences.get(founderSentences.size() - 1) > lastSentence - 12,
                "the last window's founders are read, in the article's numbering: " + founderSentences);
    }
}
