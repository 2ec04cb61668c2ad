package org.jkeras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} on every command prints its usage and exits with 0. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"backends", "train", "compare"})
    void everyCommandPrintsItsUsage(String command) {
        Cli cli = Cli.run(command, "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().startsWith("Usage: jkeras " + command + " "), cli.out());
        assertTrue(cli.out().contains("--classpath=PATHS"), cli.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void topCommandListsTheCommands(String flag) {
        Cli cli = Cli.run(flag);
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().startsWith("Usage: jkeras "), cli.out());
        for (String command : new String[] {"backends", "train", "compare"}) {
            assertTrue(cli.out().contains("\n  " + command + " "), cli.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--example", "--epochs", "--batch-size", "--data", "--backend"})
    void trainDocumentsItsOptions(String option) {
        assertTrue(Cli.run("train", "--help").out().contains(option + "="), option);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"--backends", "--tolerance", "--initial-tolerance", "--epochs", "--example"})
    void compareDocumentsItsOptions(String option) {
        assertTrue(Cli.run("compare", "--help").out().contains(option + "="), option);
    }
}
