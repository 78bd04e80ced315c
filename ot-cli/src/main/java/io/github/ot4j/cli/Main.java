package io.github.ot4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The {@code ot4j} command. Each subcommand prints its result on standard output (one JSON line
 * for {@code solve}); errors are one line on standard error with a non-zero exit code: 2 for
 * bad input (arguments, files, shapes), 1 for anything else.
 */
@Command(name = "ot4j", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Optimal transport for the JVM, with information-maximizing OT (InfoOT).",
        subcommands = {SolveCommand.class, AlignCommand.class, BarycenterCommand.class, DemoCommand.class,
            io.github.ot4j.cli.reproduce.ReproduceCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Run 'ot4j help <command>' for a command's options and an example."})
public final class Main {

    /** Exit code for bad input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for other failures. */
    public static final int EXIT_FAILURE = 1;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs a command line in-process (used by tests and by {@link #main}).
     *
     * @param args arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** @return the configured picocli command line */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String message = ex.getMessage().replaceFirst("^Error: ", "");
            c.getErr().println(prefix(c) + message + " (see 'ot4j help " + c.getCommandName() + "')");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            Throwable t = ex;
            boolean badInput = t instanceof IllegalArgumentException || t instanceof IOException;
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            c.getErr().println(prefix(c) + message.replace('\n', ' '));
            return badInput ? EXIT_BAD_INPUT : EXIT_FAILURE;
        });
        return cl;
    }

    private static String prefix(CommandLine c) {
        return "ot4j " + (c.getParent() == null ? "" : c.getCommandName()) + ": error: ";
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ot4j " + (v == null ? "(development build)" : v), "Java " + System.getProperty("java.version")
                    + " (" + System.getProperty("java.vm.name") + "), kernels: "
                    + io.github.ot4j.internal.Vectorization.kernels().name()};
        }
    }
}
