package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.eval.KnowledgeNetFold;
import org.newskg.eval.Relation;
import org.apache.jena.rdf.model.Property;
import org.newskg.nlp.DependencyParser;
import org.newskg.nlp.Nlp4jDependencyParser;
import org.newskg.pipeline.Pipeline;
import org.newskg.relations.learned.RelationModel;
import org.newskg.relations.learned.RelationTrainer;
import org.newskg.training.TrainingSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {
            "Trains the learned relation reader's model from annotated articles: KnowledgeNet folds and folders in newskg's gold format.",
            "The same data, recognizer, parser and seed give the same model, byte for byte. To ship it, write it to "
                    + "src/main/resources" + RelationModel.BUNDLED + " and rebuild."
        })
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--knowledgenet", paramLabel = "DIR",
            description = "A KnowledgeNet fold (facts.tsv and articles/); repeat for several.")
    List<Path> knowledgeNet = new ArrayList<>();

    @Option(names = "--annotated", paramLabel = "DIR",
            description = "Articles with gold in newskg's format (articles/ and gold/ with entities.tsv and triples.tsv); repeat for several.")
    List<Path> annotated = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the model (a zip).")
    Path output;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the choice of negative examples. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--negatives", paramLabel = "SHARE", defaultValue = "1",
            description = "Share of the negative examples to keep, chosen at random with --seed (for very large data). Default: ${DEFAULT-VALUE}")
    double negatives;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "" + RelationTrainer.DEFAULT_THRESHOLD,
            description = "Probability from which the reader states a relation. Default: ${DEFAULT-VALUE}")
    double threshold;

    @Option(names = "--min-positives", paramLabel = "N", defaultValue = "" + RelationTrainer.DEFAULT_MIN_POSITIVES,
            description = "Fewest positive examples a relation needs for a classifier; one with fewer is left to the patterns. "
                    + "Default: ${DEFAULT-VALUE}")
    int minPositives;

    @Option(names = "--recognizer", paramLabel = "NAME", defaultValue = "nlp4j",
            description = "Entity recognizer whose mentions the model learns from (use the one you extract with): "
                    + "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    InputOptions.Recognizer recognizer;

    /** Whether the model also learns from a dependency parse; the constants are spelled as typed. */
    enum Parser { nlp4j, none }

    @Option(names = "--parser", paramLabel = "NAME", defaultValue = "nlp4j",
            description = "Dependency parser whose paths between two names the model learns from besides the words: ${COMPLETION-CANDIDATES}. "
                    + "nlp4j (NLP4J's English parser) adds about 0.5 GB of heap to training and extraction; none learns from the words alone. "
                    + "Default: ${DEFAULT-VALUE}")
    Parser parser;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (knowledgeNet.isEmpty() && annotated.isEmpty()) {
            throw new IllegalArgumentException("nothing to train on: give --knowledgenet DIR or --annotated DIR");
        }
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("--threshold must be between 0 and 1, got " + threshold);
        }
        if (minPositives < 1) {
            throw new IllegalArgumentException("--min-positives must be at least 1, got " + minPositives);
        }
        OutputFiles.checkWritable(output);
        List<KnowledgeNetFold> folds = new ArrayList<>();
        for (Path dir : knowledgeNet) {
            folds.add(KnowledgeNetFold.read(dir));
        }
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.Builder b = Pipeline.create().readers(List.of()).progress(m -> {
            err.println(m);
            err.flush();
        });
        if (recognizer == InputOptions.Recognizer.none) {
            b.recognizer(null);
        }
        TrainingSets sets = new TrainingSets(b.build(), err::println);
        List<RelationTrainer.Example> examples = new ArrayList<>();
        Map<String, String> info = new LinkedHashMap<>();
        for (KnowledgeNetFold fold : folds) {
            examples.addAll(sets.knowledgeNet(fold));
        }
        for (Path dir : annotated) {
            examples.addAll(sets.goldFormat(dir));
        }
        info.put("trainedOn", String.join(", ", knowledgeNet.stream().map(p -> "knowledgenet:" + p.getFileName()).toList())
                + (annotated.isEmpty() ? "" : ", " + String.join(", ", annotated.stream().map(p -> "gold:" + p.getFileName()).toList())));
        info.put("recognizer", recognizer.name());
        info.put("articles", Integer.toString(examples.size()));
        List<Property> properties = new ArrayList<>(KnowledgeNetFold.properties());
        if (!annotated.isEmpty()) {
            for (Relation r : Relation.values()) {
                if (r.objectKind() == Relation.ObjectKind.ENTITY && !properties.contains(r.property())) {
                    properties.add(r.property());
                }
            }
        }
        DependencyParser paths = parser == Parser.nlp4j ? Nlp4jDependencyParser.english(err::println) : null;
        RelationModel model = new RelationTrainer(seed, negatives, paths).minPositives(minPositives).train(examples, properties, threshold, info);
        try (OutputStream out = Files.newOutputStream(output)) {
            model.write(out);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("model " + model.version() + " -> " + output);
        model.info().forEach((k, v) -> out.println("  " + k + ": " + v));
        out.flush();
        return 0;
    }
}
