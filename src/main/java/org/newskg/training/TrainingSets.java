package org.newskg.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Property;
import org.newskg.eval.GoldEntity;
import org.newskg.eval.GoldFact;
import org.newskg.eval.GoldSet;
import org.newskg.eval.KnowledgeNetFold;
import org.newskg.eval.Relation;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Article;
import org.newskg.model.ArticleExtraction;
import org.newskg.pipeline.Pipeline;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.ValueContext;
import org.newskg.relations.learned.RelationTrainer;

/**
 * Annotated articles as training examples for the learned relation reader, from the two formats
 * newskg reads: a KnowledgeNet fold ({@code facts.tsv} and {@code articles/}) and a folder in
 * newskg's gold format ({@code articles/} and {@code gold/} with {@code entities.tsv} and
 * {@code triples.tsv}, as {@code gold/README.md} describes). The articles go through the
 * pipeline's per-article stages, so that the model learns from the mentions it will see.
 */
public final class TrainingSets {
    public static final String ARTICLES_FOLDER = "articles";
    public static final String GOLD_FOLDER = "gold";

    private final Pipeline pipeline;
    private final Consumer<String> problems;

    /** @param pipeline the pipeline whose mention stages the model will read after */
    public TrainingSets(Pipeline pipeline, Consumer<String> problems) {
        this.pipeline = pipeline;
        this.problems = problems;
    }

    /** The documents of a KnowledgeNet fold, each annotated for the properties its rows name. */
    public List<RelationTrainer.Example> knowledgeNet(KnowledgeNetFold fold) throws IOException {
        Map<String, List<KnowledgeNetFold.Fact>> facts = fold.factsByDoc();
        List<RelationTrainer.Example> out = new ArrayList<>();
        for (Article a : articles(fold.articles())) {
            Set<Property> annotated = fold.annotated().getOrDefault(a.id(), Set.of());
            List<RelationTrainer.GoldPair> gold = facts.getOrDefault(a.id(), List.of()).stream()
                    .map(f -> new RelationTrainer.GoldPair(f.property(), List.of(f.subject()), List.of(f.object())))
                    .toList();
            out.add(example(a, annotated, gold));
        }
        return out;
    }

    /**
     * The articles of a folder in newskg's gold format, each annotated for every relation between
     * entities (the gold lists all facts an article states). A gold fact belongs to the articles its
     * {@code docs} name (an article id or its prefix before "_"), to all when it names none.
     */
    public List<RelationTrainer.Example> goldFormat(Path folder) throws IOException {
        GoldSet gold = GoldSet.read(folder.resolve(GOLD_FOLDER));
        Set<Property> annotated = new LinkedHashSet<>();
        for (Relation r : Relation.values()) {
            if (r.objectKind() == Relation.ObjectKind.ENTITY) {
                annotated.add(r.property());
            }
        }
        List<RelationTrainer.Example> out = new ArrayList<>();
        for (Article a : articles(folder.resolve(ARTICLES_FOLDER))) {
            List<RelationTrainer.GoldPair> pairs = new ArrayList<>();
            for (GoldFact f : gold.facts()) {
                if (f.relation().objectKind() == Relation.ObjectKind.ENTITY && states(f, a.id())) {
                    pairs.add(new RelationTrainer.GoldPair(f.relation().property(), names(gold, f.subject()), names(gold, f.object())));
                }
            }
            out.add(example(a, annotated, pairs));
        }
        return out;
    }

    private static boolean states(GoldFact f, String articleId) {
        return f.docs().isEmpty() || f.docs().stream().anyMatch(d -> articleId.equals(d) || articleId.startsWith(d + "_"));
    }

    private static List<String> names(GoldSet gold, String entity) {
        List<String> names = new ArrayList<>(List.of(entity));
        gold.entity(entity).map(GoldEntity::aliases).ifPresent(names::addAll);
        return names;
    }

    private List<Article> articles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": no such folder of articles");
        }
        return new ArticleReader(p -> problems.accept("skipped " + p)).readFolder(folder);
    }

    private RelationTrainer.Example example(Article a, Set<Property> annotated, List<RelationTrainer.GoldPair> gold) {
        ArticleExtraction ax = pipeline.process(a);
        List<ArticleSentence> sentences = ArticleSentence.of(ax.sentences(), ax.mentions(), new ValueContext(ax.metadata().published()));
        return new RelationTrainer.Example(a.id(), sentences, Set.copyOf(annotated), gold);
    }
}
