package org.jkeras.cli;

import picocli.CommandLine.Command;

/** The top command, {@code jkeras}, which only holds the subcommands. */
@Command(
        name = "jkeras",
        mixinStandardHelpOptions = true,
        versionProvider = JkerasVersion.class,
        description = "The Keras 2 Sequential API on the JVM: list backends, train, compare.",
        subcommands = {BackendsCommand.class, TrainCommand.class, CompareCommand.class},
        footer = {
            "",
            "Backends come from the classpath; add a backend's jars with --classpath on a"
                    + " command, or with the JKERAS_CLASSPATH variable the launcher reads."
        })
final class JkerasCommand implements Runnable {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // With no subcommand there is nothing to do but say what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
