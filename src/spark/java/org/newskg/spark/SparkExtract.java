package org.newskg.spark;

import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's main class, for {@code spark-submit --class org.newskg.spark.SparkExtract
 * newskg.jar --input PATH --output PATH}; the master, executors and their memory come from
 * {@code spark-submit}.
 */
@Command(name = "newskg-spark-extract", mixinStandardHelpOptions = true,
        description = "Extracts the knowledge graph of the articles under a Hadoop filesystem path into N-Quads files, on Spark.")
public final class SparkExtract implements Callable<Integer> {
    /** The constants are spelled as typed, as in the extract command's options. */
    enum Recognizer { nlp4j, none }

    enum Relations { all, rules }

    enum Link { offline, none }

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Folder of articles (*.txt, *.html, *.htm, subfolders included) on any Hadoop filesystem: a local path, hdfs://, s3a://")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "Folder to create for the graph: articles-*.nq, entities-*.nq, facts-*.nq and links.nq")
    String output;

    @Option(names = "--recognizer", paramLabel = "NAME", defaultValue = "nlp4j",
            description = "Trained entity recognizer beside the name rules: ${COMPLETION-CANDIDATES}, as for extract. Default: ${DEFAULT-VALUE}")
    Recognizer recognizer;

    @Option(names = "--relations", paramLabel = "NAME", defaultValue = "all",
            description = "Relation readers: ${COMPLETION-CANDIDATES}, as for extract. Default: ${DEFAULT-VALUE}")
    Relations relations;

    @Option(names = "--link", paramLabel = "SOURCE", defaultValue = "offline",
            description = "Link entities to the bundled Wikidata extract (offline) or not (none). Default: ${DEFAULT-VALUE}")
    Link link;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Parts the articles are split into. Default: Spark's default parallelism (the executors' cores)")
    Integer partitions;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkExtract()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        JobSettings settings = new JobSettings(recognizer == Recognizer.nlp4j, relations == Relations.all, link == Link.offline);
        try (JavaSparkContext jsc = new JavaSparkContext(new SparkConf().setAppName("newskg extract"))) {
            ExtractJob.Summary s = ExtractJob.run(jsc, input, output, settings, partitions != null ? partitions : jsc.defaultParallelism());
            System.out.printf("%d articles, %d entities (%d linked to Wikidata), %d facts -> %d files in %s%n",
                    s.articles(), s.entities(), s.linked(), s.facts(), s.files(), output);
        }
        return 0;
    }
}
