package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;
import org.newskg.model.Sentence;

/** {@link SentenceSplitter} on OpenNLP's maxent sentence detector, run paragraph by paragraph; safe to share between threads. */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    private final ThreadSafeSentenceDetectorME detector;

    public OpenNlpSentenceSplitter(OpenNlpModels models) {
        this.detector = new ThreadSafeSentenceDetectorME(models.sentences());
    }

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            String paragraph = text.substring(paragraphStart, paragraphEnd);
            for (Span s : detector.sentPosDetect(paragraph)) {
                int start = paragraphStart + s.getStart();
                int end = paragraphStart + s.getEnd();
                sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
            }
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }
}
