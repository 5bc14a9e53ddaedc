package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.link.WikidataExtract;
import org.newskg.link.WikidataTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "wikidata-extract", mixinStandardHelpOptions = true,
        description = "Builds the Wikidata extract used for offline linking (Wikidata's RDF shape: wd:Q… with "
                + "rdfs:label, skos:altLabel, schema:description, wdt:P31, wdt:P17) from the verified table.")
final class WikidataExtractCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "TSV",
            description = "Verified table of items, such as wikidata/entities.tsv (columns qid, label, aliases, "
                    + "description, instance_of, country, role, gold_entity).")
    Path from;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "Extract to write: .ttl (Turtle) or .nt (N-Triples), such as wikidata/extract.ttl.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WikidataTable table = WikidataTable.read(from);
        int items = WikidataExtract.write(table, output, from.getFileName().toString());
        spec.commandLine().getOut().printf("%d items -> %s%n", items, output);
        return 0;
    }
}
