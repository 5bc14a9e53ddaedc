package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models, loaded once from the {@code opennlp-models-*-en} jars on the class
 * path. Models are immutable and thread-safe; the taggers built from them are not.
 */
public record OpenNlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
    private static final String VERSION = "1.3-2.5.4";

    /** The English models, loaded on first use and shared by the whole process: they are immutable. */
    public static OpenNlpModels english() {
        return English.MODELS;
    }

    /** Holds the models; the JVM loads them once, when {@link #english()} is first called. */
    private static final class English {
        static final OpenNlpModels MODELS = loadEnglish();
    }

    /** Loads the models shipped with the {@code opennlp-models-*-en} 1.3.0 jars. */
    private static OpenNlpModels loadEnglish() {
        try {
            return new OpenNlpModels(
                    new SentenceModel(open("sentence")),
                    new TokenizerModel(open("tokens")),
                    new POSModel(open("pos")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream open(String kind) throws IOException {
        String name = "/opennlp-en-ud-ewt-" + kind + "-" + VERSION + ".bin";
        InputStream in = OpenNlpModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " is not on the class path (opennlp-models-*-en jar missing?)");
        }
        return in;
    }
}
