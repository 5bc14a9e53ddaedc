package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;

/**
 * {@code load --add} and {@code --remove} on real TDB2 stores: the result is the graph a full load
 * of the same articles gives, with the same IRIs, whatever the steps that led to it; re-adding an
 * article changes nothing; the articles loaded before are read from the store's archive, not from
 * their files. The articles are invented; two name the same company, so that entities are
 * resolved across them.
 */
class IncrementalLoadTest {
    private static final String FIRST = """
            Zentrix Robotics raises money

            Zentrix Robotics, a startup founded by Mira Okafor in 2019, said on Tuesday it had raised $40 million \
            in a round led by Halvard Capital. Okafor is the chief executive of Zentrix Robotics.
            """;
    private static final String SECOND = """
            Halvard Capital closes a fund

            Halvard Capital, an investment firm based in Boston, said on Monday it had closed a fund of $900 million. \
            Its founder, Tomas Reyes, said the fund would back robotics companies.
            """;
    private static final String THIRD = """
            Zentrix Robotics opens a factory

            Zentrix Robotics will open a factory in Ohio, its chief executive Mira Okafor said on Friday. \
            Zentrix Robotics was founded by Mira Okafor and Tomas Reyes.
            """;

    @TempDir
    Path tmp;

    @Test
    void addingArticlesGivesTheGraphOfAFullLoadAndReAddingChangesNothing() throws IOException {
        Path first = folder("first", "a-zentrix.txt", FIRST, "b-halvard.txt", SECOND);
        Path more = folder("more", "c-factory.txt", THIRD);
        Path union = folder("union", "a-zentrix.txt", FIRST, "b-halvard.txt", SECOND, "c-factory.txt", THIRD);

        Path full = tmp.resolve("full");
        ok(Run.of("load", "--input", union.toString(), "--data", full.toString(), "--recognizer", "none"));
        Path grown = tmp.resolve("grown");
        ok(Run.of("load", "--input", first.toString(), "--data", grown.toString(), "--recognizer", "none"));
        // the articles loaded before are read from the store's archive only: their folder may be gone
        deleteTree(first);
        Run added = ok(Run.of("load", "--add", more.toString(), "--data", grown.toString(), "--recognizer", "none"));
        assertTrue(added.out().startsWith("3 articles, "), added.out());
        assertEquals(List.of("a-zentrix.json.gz", "b-halvard.json.gz", "c-factory.json.gz"), archived(grown));
        assertFalse(Files.exists(grown.resolve("extractions.new")), "the new article's extraction joined the archive");
        assertTrue(content(full).isIsomorphicWith(content(grown)), "load --add gives the graph of a full load of the union");
        assertTrue(content(full).listSubjects().toList().stream().anyMatch(s -> s.getURI() != null && s.getURI().endsWith("entity/Zentrix_Robotics")),
                "the company of two articles is one entity");

        Run again = ok(Run.of("load", "--add", more.toString(), "--data", grown.toString(), "--recognizer", "none"));
        assertTrue(again.err().contains("already loaded, unchanged: c-factory.txt"), again.err());
        assertTrue(again.out().contains("the store is unchanged"), again.out());
        assertTrue(content(full).isIsomorphicWith(content(grown)));
    }

    @Test
    void removingAnArticleGivesTheGraphOfTheOthersAlone() throws IOException {
        Path two = folder("two", "a-zentrix.txt", FIRST, "b-halvard.txt", SECOND);
        Path three = folder("three", "a-zentrix.txt", FIRST, "b-halvard.txt", SECOND, "c-factory.txt", THIRD);
        Path expected = tmp.resolve("expected");
        ok(Run.of("load", "--input", two.toString(), "--data", expected.toString(), "--recognizer", "none"));
        Path store = tmp.resolve("store");
        ok(Run.of("load", "--input", three.toString(), "--data", store.toString(), "--recognizer", "none"));
        Model before = content(store);

        ok(Run.of("load", "--remove", "c-factory.txt", "--data", store.toString()));
        assertTrue(content(expected).isIsomorphicWith(content(store)), "the facts only the removed article stated are gone");
        assertFalse(before.isIsomorphicWith(content(store)));
        assertEquals(List.of("a-zentrix.json.gz", "b-halvard.json.gz"), archived(store));

        Run unknown = Run.of("load", "--remove", "c-factory", "--data", store.toString());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("--remove c-factory: no such article in the store"), unknown.err());
        assertTrue(content(expected).isIsomorphicWith(content(store)), "a refused removal changes nothing");
    }

    @Test
    void removalsAndAdditionsInTurnOnOneThreadOrTwoGiveTheGraphOfAFullLoad() throws IOException {
        Path union = folder("union", "a-zentrix.txt", FIRST, "b-halvard.txt", SECOND, "c-factory.txt", THIRD);
        Path full = tmp.resolve("full");
        ok(Run.of("load", "--input", union.toString(), "--data", full.toString(), "--recognizer", "none"));
        for (String threads : new String[] {"1", "2"}) {
            Path store = tmp.resolve("store" + threads);
            ok(Run.of("load", "--input", folder("first" + threads, "a-zentrix.txt", FIRST).toString(), "--data", store.toString(),
                    "--recognizer", "none", "--threads", threads));
            ok(Run.of("load", "--add", folder("more" + threads, "b-halvard.txt", SECOND, "c-factory.txt", THIRD).toString(),
                    "--data", store.toString(), "--recognizer", "none", "--threads", threads));
            ok(Run.of("load", "--remove", "a-zentrix", "--remove", "b-halvard.txt", "--data", store.toString(), "--threads", threads));
            assertEquals(List.of("c-factory.json.gz"), archived(store));
            ok(Run.of("load", "--add", folder("again" + threads, "a-zentrix.txt", FIRST, "b-halvard.txt", SECOND).toString(),
                    "--data", store.toString(), "--recognizer", "none", "--threads", threads));
            assertTrue(content(full).isIsomorphicWith(content(store)), threads + " thread(s): the store is that of a full load");
        }
    }

    @Test
    void anArticleWhoseTextChangedIsReplacedAndAnIdTakenByAnotherFileIsRefused() throws IOException {
        Path store = tmp.resolve("store");
        ok(Run.of("load", "--input", folder("v1", "a-zentrix.txt", FIRST).toString(), "--data", store.toString(), "--recognizer", "none"));
        Run changed = ok(Run.of("load", "--add", folder("v2", "a-zentrix.txt", THIRD).toString(), "--data", store.toString(),
                "--recognizer", "none"));
        assertTrue(changed.err().contains("loaded before with another text, replaced: a-zentrix.txt"), changed.err());
        assertTrue(changed.out().startsWith("1 articles, "), changed.out());

        Path clash = tmp.resolve("clash");
        Files.createDirectories(clash);
        Files.writeString(clash.resolve("a-zentrix.html"), "<html><body><p>" + SECOND + "</p></body></html>");
        Run refused = Run.of("load", "--add", clash.toString(), "--data", store.toString(), "--recognizer", "none");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("a-zentrix.html would get the id a-zentrix of the loaded article a-zentrix.txt"), refused.err());
    }

    @Test
    void aStoreWithoutItsArchiveOrAnEmptyFolderIsRefusedSayingWhy() throws IOException {
        Path store = tmp.resolve("store");
        ok(Run.of("load", "--input", folder("one", "a.txt", FIRST).toString(), "--data", store.toString(), "--recognizer", "none"));
        deleteTree(store.resolve("extractions"));
        Run old = Run.of("load", "--add", folder("two", "b.txt", SECOND).toString(), "--data", store.toString(), "--recognizer", "none");
        assertEquals(1, old.exitCode());
        assertTrue(old.err().contains("this store keeps no record of its articles"), old.err());

        Run none = Run.of("load", "--remove", "a", "--data", tmp.resolve("nothing").toString());
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no knowledge graph stored here"), none.err());
        Run both = Run.of("load", "--add", tmp.toString(), "--input", tmp.toString(), "--data", store.toString());
        assertEquals(1, both.exitCode());
        assertTrue(both.err().contains("--add: give it alone, not with --input"), both.err());
    }

    private Path folder(String name, String... filesAndTexts) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < filesAndTexts.length; i += 2) {
            Files.writeString(dir.resolve(filesAndTexts[i]), filesAndTexts[i + 1]);
        }
        return dir;
    }

    /** The files of the store's archive of extractions, by name. */
    private static List<String> archived(Path storeDir) throws IOException {
        try (Stream<Path> files = Files.list(storeDir.resolve("extractions"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Run ok(Run run) {
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static Model content(Path storeDir) throws IOException {
        try (GraphStore store = GraphStore.openLoaded(storeDir)) {
            return store.snapshot().getDefaultModel();
        }
    }
}
