package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the command line says when it cannot be parsed, and the examples its help gives. */
class CommandLineTest {
    @Test
    void aCommandLineThatCannotBeParsedGetsOneLineAndExitCode2() {
        assertBadCommandLine("newskg export: Missing required options: '--format=FORMAT', '--output=FILE'; see newskg export --help",
                "export");
        assertBadCommandLine("newskg serve: Invalid value for option '--port': 'abc' is not an int; see newskg serve --help",
                "serve", "--port", "abc");
        assertBadCommandLine("newskg query: Unknown options: '--fromat', 'csv'; see newskg query --help",
                "query", "q.rq", "--fromat", "csv");
        assertBadCommandLine("newskg: Unmatched argument at index 0: 'serv'; see newskg --help", "serv");
    }

    private static void assertBadCommandLine(String message, String... args) {
        Run run = Run.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of(message), run.err().lines().toList());
        assertEquals("", run.out());
    }

    /**
     * Every example of {@code export --help} is printed whole (a line ending in a backslash goes on
     * on the next, as in a shell) and is a command line the parser accepts.
     */
    @Test
    void exportHelpExamplesAreWholeCommands() {
        Run help = Run.of("export", "--help");
        assertEquals(0, help.exitCode(), help.err());
        List<String> lines = help.out().lines().toList();
        List<String> examples = new ArrayList<>();
        for (int i = lines.indexOf("Examples (a line ending in \\ goes on on the next):") + 1; i < lines.size(); i++) {
            StringBuilder command = new StringBuilder(lines.get(i).strip());
            while (command.toString().endsWith("\\")) {
                command.setLength(command.length() - 1);
                command.append(lines.get(++i).strip());
            }
            examples.add(command.toString());
        }
        assertTrue(examples.size() >= 3, help.out());
        for (String example : examples) {
            assertTrue(example.startsWith("newskg export "), example);
            List<String> args = shellWords(example.substring("newskg ".length()));
            CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
            assertTrue(parsed.hasSubcommand(), example);
            assertFalse(parsed.subcommand().matchedOptions().isEmpty(), example);
        }
    }

    /** Splits at spaces outside double quotes, as a shell does for these examples. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
