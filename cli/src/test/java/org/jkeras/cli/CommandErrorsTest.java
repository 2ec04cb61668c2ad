package org.jkeras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeras.datasets.Mnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error of the command line: its message, the hint that follows, and exit code 2. */
class CommandErrorsTest {

    @TempDir Path folder;

    @Test
    void unknownOptionIsNamed() {
        Cli cli = Cli.run("train", "--epoch", "3");
        assertUsageError(cli, "jkeras train: Unknown options: '--epoch', '3'");
    }

    @Test
    void unknownCommandIsNamed() {
        Cli cli = Cli.run("fit");
        assertUsageError(cli, "jkeras: Unmatched argument at index 0: 'fit'");
    }

    @Test
    void nonNumericEpochsIsRejected() {
        Cli cli = Cli.run("train", "--epochs", "many");
        assertUsageError(
                cli, "jkeras train: Invalid value for option '--epochs': 'many' is not an int");
    }

    @Test
    void optionWithoutItsValueIsRejected() {
        Cli cli = Cli.run("train", "--backend");
        assertUsageError(
                cli, "jkeras train: Missing required parameter for option '--backend' (NAME)");
    }

    @Test
    void unknownExampleListsTheExamples() {
        Cli cli = Cli.run("train", "--example", "cifar");
        assertUsageError(
                cli,
                "jkeras train: Invalid value for option '--example': expected one of mnist-mlp,"
                        + " seed. Received: cifar");
    }

    @Test
    void unknownBackendListsTheBackendsFound() {
        Cli cli = Cli.run("train", "--example", "seed", "--backend", "tpu");
        assertUsageError(
                cli,
                "jkeras train: --backend must name a backend found on the classpath (cpu-java,"
                        + " perturbed-cpu-java, perturbed-update-cpu-java, unavailable-test;"
                        + " add a backend's jars with --classpath or JKERAS_CLASSPATH)."
                        + " Received: tpu");
    }

    @Test
    void backendNamedWhenNoneIsFoundSaysSo() {
        Cli cli = Cli.runWithNoBackend("train", "--example", "seed", "--backend", "cpu-java");
        assertUsageError(
                cli,
                "jkeras train: --backend must name a backend found on the classpath (none found;"
                        + " add a backend's jars with --classpath or JKERAS_CLASSPATH)."
                        + " Received: cpu-java");
    }

    @Test
    void unavailableBackendGivesTheReason() {
        Cli cli =
                Cli.run("train", "--example", "seed", "--backend", UnavailableBackendProvider.NAME);
        assertUsageError(
                cli,
                "jkeras train: --backend must name an available backend (unavailable-test is not:"
                        + " its native library is missing on this machine). Received:"
                        + " unavailable-test");
    }

    @Test
    void zeroEpochsIsRejected() {
        Cli cli = Cli.run("train", "--epochs", "0");
        assertUsageError(
                cli, "jkeras train: --epochs must be a positive number of epochs. Received: 0");
    }

    @Test
    void negativeBatchSizeIsRejected() {
        Cli cli = Cli.run("compare", "--backends", "cpu-java,cpu-java", "--batch-size", "-4");
        assertUsageError(
                cli,
                "jkeras compare: --batch-size must be a positive number of samples. Received: -4");
    }

    @Test
    void missingDataFolderIsNamed() {
        Path missing = folder.resolve("nowhere");
        Cli cli = Cli.run("train", "--data", missing.toString());
        assertUsageError(
                cli,
                "jkeras train: --data: folder must be a directory holding "
                        + Mnist.FILES
                        + ". Received: "
                        + missing
                        + " (no such folder)");
    }

    @Test
    void dataFolderWithoutTheFilesNamesTheMissingOnes() throws IOException {
        Files.write(folder.resolve(Mnist.TRAIN_IMAGES), new byte[] {1});
        Files.write(folder.resolve(Mnist.TRAIN_LABELS), new byte[] {1});
        Cli cli = Cli.run("train", "--data", folder.toString());
        assertUsageError(
                cli,
                "jkeras train: --data: folder "
                        + folder
                        + " must hold "
                        + Mnist.FILES
                        + "; ["
                        + Mnist.TEST_IMAGES
                        + ", "
                        + Mnist.TEST_LABELS
                        + "] missing. Received: a folder without them");
    }

    @Test
    void corruptDataFileIsNamed() throws IOException {
        for (String name : Mnist.FILES) {
            Files.write(folder.resolve(name), "not gzip".getBytes());
        }
        Cli cli = Cli.run("train", "--data", folder.toString());
        assertUsageError(
                cli,
                "jkeras train: --data: "
                        + folder.resolve(Mnist.TRAIN_IMAGES)
                        + " must be gzip-compressed, starting with the bytes 1f8b. Received: 6e6f");
    }

    @Test
    void dataFileFailingItsChecksumIsNamed() throws IOException {
        for (String name : Mnist.FILES) {
            Files.write(folder.resolve(name), "not gzip".getBytes());
        }
        String listed = "0".repeat(64);
        Files.writeString(folder.resolve("SHA256SUMS"), listed + "  " + Mnist.TRAIN_IMAGES + "\n");
        Cli cli = Cli.run("train", "--data", folder.toString());
        assertEquals(Main.USAGE, cli.exitCode());
        String line = cli.firstErrorLine();
        assertTrue(
                line.startsWith(
                        "jkeras train: --data: "
                                + folder.resolve(Mnist.TRAIN_IMAGES)
                                + " does not match its checksum"),
                line);
        assertTrue(line.contains("expected SHA-256 " + listed + ". Received: "), line);
    }

    @Test
    void dataWithTheSeedExampleIsRejected() {
        Cli cli = Cli.run("train", "--example", "seed", "--data", folder.toString());
        assertUsageError(
                cli,
                "jkeras train: --data and --download apply to --example mnist-mlp only."
                        + " Received: --data "
                        + folder
                        + " with --example seed");
    }

    @Test
    void dataAndDownloadTogetherAreRejected() {
        Cli cli = Cli.run("train", "--download", "--data", folder.toString());
        assertUsageError(
                cli,
                "jkeras train: --data and --download must not be given together. Received: both");
    }

    @Test
    void compareNeedsItsBackends() {
        Cli cli = Cli.run("compare", "--example", "seed");
        assertUsageError(cli, "jkeras compare: Missing required option: '--backends=NAME'");
    }

    @Test
    void compareNeedsTwoBackends() {
        Cli cli = Cli.run("compare", "--backends", "cpu-java");
        assertUsageError(
                cli,
                "jkeras compare: --backends must name at least two backends, separated by"
                        + " commas (a backend may be named twice to check it against itself)."
                        + " Received: cpu-java");
    }

    @Test
    void compareChecksEveryBackendName() {
        Cli cli = Cli.run("compare", "--backends", "cpu-java,cpu-jvm");
        assertEquals(Main.USAGE, cli.exitCode());
        assertTrue(
                cli.firstErrorLine().startsWith("jkeras compare: --backends must name a backend"),
                cli.firstErrorLine());
        assertTrue(cli.firstErrorLine().endsWith("Received: cpu-jvm"), cli.firstErrorLine());
    }

    @Test
    void negativeToleranceIsRejected() {
        Cli cli = Cli.run("compare", "--backends", "cpu-java,cpu-java", "--tolerance", "-0.1");
        assertUsageError(
                cli,
                "jkeras compare: --tolerance must be a finite number of at least 0. Received:"
                        + " -0.1");
    }

    @Test
    void infiniteInitialToleranceIsRejected() {
        Cli cli =
                Cli.run(
                        "compare",
                        "--backends",
                        "cpu-java,cpu-java",
                        "--initial-tolerance",
                        "Infinity");
        assertUsageError(
                cli,
                "jkeras compare: --initial-tolerance must be a finite number of at least 0."
                        + " Received: Infinity");
    }

    @Test
    void missingClasspathEntryIsNamed() {
        Path missing = folder.resolve("vendor.jar");
        Cli cli = Cli.run("backends", "--classpath", missing.toString());
        assertUsageError(
                cli,
                "jkeras backends: --classpath entries must be existing jars or folders."
                        + " Received: "
                        + missing
                        + " (no such file)");
    }

    @Test
    void classpathFileThatIsNotAJarIsNamed() throws IOException {
        Path notAJar = Files.writeString(folder.resolve("vendor.jar"), "not a jar");
        Cli cli = Cli.run("backends", "--classpath", notAJar.toString());
        assertUsageError(
                cli,
                "jkeras backends: --classpath entries must be readable jars or folders."
                        + " Received: "
                        + notAJar
                        + " (cannot read it as a jar)");
    }

    @Test
    void brokenJarInAClasspathFolderIsNamed() throws IOException {
        Path broken = Files.write(folder.resolve("vendor.jar"), new byte[0]);
        Cli cli = Cli.run("compare", "--backends", "cpu-java,cpu-java", "--classpath", "" + folder);
        assertUsageError(
                cli,
                "jkeras compare: --classpath entries must be readable jars or folders."
                        + " Received: "
                        + broken
                        + " (cannot read it as a jar)");
    }

    @Test
    void classpathFolderThatCannotBeListedIsNamed() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        assumeTrue(locked.toFile().setReadable(false, false), "no permissions on this file system");
        try {
            assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root)");
            Cli cli = Cli.run("train", "--classpath", locked.toString());
            assertUsageError(
                    cli,
                    "jkeras train: --classpath entries must be readable jars or folders."
                            + " Received: "
                            + locked
                            + " (cannot list the folder)");
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void unreachableMirrorFailsTheDownloadWithExitCodeOne() {
        // Port 1 on the loopback address refuses the connection at once.
        System.setProperty("jkeras.mnist.mirror", "http://127.0.0.1:1/mnist/");
        try {
            Cli cli = Cli.run("train", "--download");
            assertEquals(Main.FAILED, cli.exitCode(), cli.err());
            assertTrue(
                    cli.firstErrorLine()
                            .startsWith(
                                    "jkeras train: cannot reach http://127.0.0.1:1/mnist/"
                                            + Mnist.TRAIN_IMAGES
                                            + " (check the network or the mirror). Received: "),
                    cli.err());
        } finally {
            System.clearProperty("jkeras.mnist.mirror");
        }
    }

    private static void assertUsageError(Cli cli, String message) {
        assertEquals(Main.USAGE, cli.exitCode(), cli.err());
        String[] lines = cli.err().split("\\R");
        assertEquals(message, lines[0]);
        String command = message.substring(0, message.indexOf(':'));
        assertEquals("Try '" + command + " --help' for more information.", lines[lines.length - 1]);
    }
}
