package org.jkeras.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs the {@code jkeras} command. Exit codes: 0 on success, 1 when a command fails (backends that
 * diverge, a download that fails), 2 for a usage error (a bad flag, an unknown backend or example,
 * a data folder that cannot be read).
 */
public final class Main {

    /** The exit code of a command that ran and failed. */
    static final int FAILED = 1;

    /** The exit code of a command line that could not be run as given. */
    static final int USAGE = 2;

    private Main() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line, writing to {@code out} and {@code err}, and returns its exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new JkerasCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler(
                (error, failed, parseResult) -> {
                    failed.getErr().println(qualifiedName(failed) + ": " + error.getMessage());
                    return FAILED;
                });
        return commandLine.execute(args);
    }

    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine failed = error.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(qualifiedName(failed) + ": " + error.getMessage());
        err.println("Try '" + qualifiedName(failed) + " --help' for more information.");
        return USAGE;
    }

    private static String qualifiedName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }
}
