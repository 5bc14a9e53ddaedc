package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** {@link TextAnalyzer} on OpenNLP's maxent sentence detector, tokenizer, POS tagger and lemmatizer. */
public final class OpenNlpAnalyzer implements TextAnalyzer {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    public OpenNlpAnalyzer(OpenNlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.pos());
        this.lemmatizer = new LemmatizerME(models.lemmas());
    }

    @Override
    public List<Sentence> analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            String paragraph = text.substring(paragraphStart, paragraphEnd);
            for (Span s : sentenceDetector.sentPosDetect(paragraph)) {
                int start = paragraphStart + s.getStart();
                int end = paragraphStart + s.getEnd();
                sentences.add(sentence(sentences.size(), start, text.substring(start, end)));
            }
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }

    private Sentence sentence(int index, int start, String text) {
        Span[] spans = tokenizer.tokenizePos(text);
        String[] forms = Span.spansToStrings(spans, text);
        String[] tags = tagger.tag(forms);
        String[] lemmas = lemmatizer.lemmatize(forms, tags);
        List<Token> tokens = new ArrayList<>(forms.length);
        for (int i = 0; i < forms.length; i++) {
            tokens.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), forms[i], tags[i],
                    lemmas[i].equals("O") ? forms[i].toLowerCase() : lemmas[i]));
        }
        return new Sentence(index, start, start + text.length(), text, tokens);
    }
}
