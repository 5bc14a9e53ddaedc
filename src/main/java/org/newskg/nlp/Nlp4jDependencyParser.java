package org.newskg.nlp;

import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newskg.model.DependencyParse;

/**
 * {@link DependencyParser} on NLP4J's English parser ({@code edu.emory.mathcs.nlp:nlp4j-english}
 * 1.1.3, Apache-2.0; a greedy transition parser trained on OntoNotes, with the relations of
 * ClearNLP's style of Stanford dependencies). It stands on the same tokenizer, lexica and tagger as
 * the recognizer ({@link Nlp4jEnglish}), loaded once for both; its own model adds about 0.5 GB of
 * heap. It costs about twice what the recognizer does per sentence, so callers parse only the
 * sentences they need.
 */
public final class Nlp4jDependencyParser implements DependencyParser {
    public static final String NAME = "nlp4j-english-dep 1.1.3";
    private static final LoadedOnce<Nlp4jDependencyParser> ENGLISH =
            new LoadedOnce<>("dependency parser (" + NAME + ", once per process, about 20 s)", Nlp4jDependencyParser::load);

    private final Nlp4jEnglish nlp4j;
    private final NLPComponent<NLPNode> parser;

    private Nlp4jDependencyParser(Nlp4jEnglish nlp4j, NLPComponent<NLPNode> parser) {
        this.nlp4j = nlp4j;
        this.parser = parser;
    }

    /** The English parser, loaded on first use and shared by the whole process. */
    public static Nlp4jDependencyParser english() {
        return english(message -> {});
    }

    /** The English parser, saying on {@code progress} when it starts and ends loading (the first time only). */
    public static Nlp4jDependencyParser english(Consumer<String> progress) {
        return ENGLISH.get(progress);
    }

    private static Nlp4jDependencyParser load() {
        Nlp4jEnglish.Loaded<NLPComponent<NLPNode>> loaded = Nlp4jEnglish.load(DecodeConfig::getDependencyParsing);
        return new Nlp4jDependencyParser(loaded.english(), loaded.component());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DependencyParse parse(String sentence) {
        NLPNode[] n = nlp4j.tagged(sentence);
        if (n == null) {
            return new DependencyParse(List.of());
        }
        parser.process(n);
        List<DependencyParse.Word> words = new ArrayList<>(n.length - 1);
        for (int i = 1; i < n.length; i++) {
            NLPNode head = n[i].getDependencyHead();
            // NLP4J numbers its words from 1 under an artificial root 0; a word it left unattached is a root too
            int h = head == null ? -1 : head.getID() - 1;
            String lemma = n[i].getLemma() != null ? n[i].getLemma() : n[i].getWordForm().toLowerCase(Locale.ROOT);
            String relation = n[i].getDependencyLabel() == null ? "root" : n[i].getDependencyLabel();
            words.add(new DependencyParse.Word(n[i].getStartOffset(), n[i].getEndOffset(), lemma, h, relation));
        }
        return new DependencyParse(words);
    }
}
