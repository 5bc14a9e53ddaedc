package org.newskg.cli;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code java -jar newskg.jar <command>}: the newskg command line. */
@Command(name = "newskg",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns news articles into an RDF knowledge graph and serves it over SPARQL.",
        subcommands = {
            UpCommand.class,
            ExtractCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            EvaluateCommand.class,
            ExportCommand.class,
            LinkCommand.class,
            TrainCommand.class,
            WikidataExtractCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new Main())
                .setExecutionExceptionHandler(Main::failure)
                .setParameterExceptionHandler(Main::badCommandLine);
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the handler; by here the command's objects are unreachable
            CommandLine.ParseResult parsed = cmd.getParseResult();
            String name = parsed != null && parsed.subcommand() != null ? parsed.subcommand().commandSpec().name() : "";
            cmd.getErr().println(outOfMemory(name, Runtime.getRuntime().maxMemory()));
            cmd.getErr().flush();
            return 1;
        }
    }

    /** The line a run out of heap ends with: how much heap it had, how to give it more, and what is known to be enough. */
    static String outOfMemory(String command, long maxHeapBytes) {
        long mb = maxHeapBytes >> 20;
        return String.format(Locale.ROOT, "newskg%s: out of memory: the Java heap of at most %d MB is too small for this run; "
                + "give Java more with -Xmx (java -Xmx%dm -jar newskg.jar ..., or JAVA_TOOL_OPTIONS=-Xmx%dm for a script); "
                + "the entity recognizer needs about 1.5 GB, and 10,000 news articles were extracted and loaded in -Xmx2g",
                command.isEmpty() ? "" : " " + command, mb, mb * 2, mb * 2);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Any failure ends in one line that says why, on standard error, and exit code 1. */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        cmd.getErr().println("newskg " + cmd.getCommandName() + ": " + message);
        return 1;
    }

    /**
     * A command line that cannot be parsed (missing option, unknown option, bad value) gets one line
     * naming the problem and where the rest is, not the whole usage text, and exit code 2.
     */
    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String command = cmd.getCommandSpec().qualifiedName();
        String problem = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        cmd.getErr().println(command + ": " + problem + "; see " + command + " --help");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newskg " + (v != null ? v : "(development build)")};
        }
    }
}
