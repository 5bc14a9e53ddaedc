package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;
import org.newskg.model.Sentence;

/**
 * {@link PosTagger} on OpenNLP's maxent tokenizer and POS tagger. It tags a prefix of the sentence a
 * few tokens longer than asked for: the tagger's features look two tokens to either side, so the
 * tags of the opening words come out as they would from the whole sentence, at a fraction of the cost.
 * Safe to share between threads (OpenNLP's thread-safe wrappers keep one tagger per thread).
 */
public final class OpenNlpPosTagger implements PosTagger {
    /** Tokens tagged beyond those asked for, so that each returned token has its right-hand context. */
    private static final int LOOKAHEAD = 3;

    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    public OpenNlpPosTagger(OpenNlpModels models) {
        this.tokenizer = new ThreadSafeTokenizerME(models.tokens());
        this.tagger = new ThreadSafePOSTaggerME(models.pos());
    }

    @Override
    public List<Token> tagOpening(Sentence sentence, int words) {
        String prefix = prefixOfWords(sentence.text(), words + LOOKAHEAD);
        Span[] spans = tokenizer.tokenizePos(prefix);
        String[] forms = Span.spansToStrings(spans, prefix);
        String[] tags = tagger.tag(forms);
        int n = Math.min(words, forms.length);
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add(new Token(sentence.start() + spans[i].getStart(), sentence.start() + spans[i].getEnd(), forms[i], tags[i]));
        }
        return tokens;
    }

    /** The text up to the end of its {@code count}th whitespace-separated word; each word is one token or more. */
    private static String prefixOfWords(String text, int count) {
        int i = 0;
        for (int word = 0; word < count; word++) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == text.length()) {
                break;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return text.substring(0, i);
    }
}
