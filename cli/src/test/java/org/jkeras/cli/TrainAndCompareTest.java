package org.jkeras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code train} and {@code compare} run end to end on cpu-java and the test backends. */
class TrainAndCompareTest {

    private static final Pattern ACCURACY = Pattern.compile("Test accuracy: (\\d\\.\\d{4})");

    @Test
    void trainPrintsTheTestLossAndAccuracy() {
        Cli cli = Cli.run("train", "--example", "seed", "--epochs", "2", "--backend", "cpu-java");

        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("Example: seed on backend cpu-java, 2 epochs"), cli.out());
        assertTrue(cli.out().contains("\nTest loss: "), cli.out());
        Matcher accuracy = ACCURACY.matcher(cli.out());
        assertTrue(accuracy.find(), cli.out());
        // Ten balanced classes: chance is 0.1, and two epochs learn far more than that.
        assertTrue(Double.parseDouble(accuracy.group(1)) > 0.3, cli.out());
    }

    @Test
    void compareOfABackendWithItselfAgreesExactly() {
        Cli cli =
                Cli.run(
                        "compare",
                        "--example",
                        "seed",
                        "--epochs",
                        "1",
                        "--backends",
                        "cpu-java,cpu-java");

        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(
                cli.out()
                        .lines()
                        .anyMatch(
                                line ->
                                        line.matches(
                                                "EPOCH +METRIC +cpu-java +cpu-java#2 +SPREAD")),
                cli.out());
        assertTrue(
                cli.out()
                        .contains(
                                "Largest spread: loss at epoch 0 (the initial weights) differs by"
                                        + " 0.0e+00"),
                cli.out());
        assertTrue(
                cli.out()
                        .contains(
                                "The backends agree: within 1.0e-04 on the initial weights, and"
                                        + " within 5.0e-03 on the training loss and metrics of"
                                        + " every epoch."),
                cli.out());
    }

    @Test
    void compareTrainsTwoEpochsUnlessToldOtherwise() {
        Cli cli = Cli.run("compare", "--example", "seed", "--backends", "cpu-java,cpu-java");

        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("Example: seed, 2 epochs, batch size 32"), cli.out());
        assertTrue(cli.out().lines().anyMatch(line -> line.startsWith("2      loss ")), cli.out());
        assertTrue(cli.out().lines().noneMatch(line -> line.startsWith("3 ")), cli.out());
    }

    @Test
    void compareFailsNamingTheFirstEpochWhereAWrongBackendDiverges() {
        Cli cli =
                Cli.run(
                        "compare",
                        "--example",
                        "seed",
                        "--epochs",
                        "2",
                        "--backends",
                        "cpu-java," + PerturbedBackendProvider.NAME);

        assertEquals(Main.FAILED, cli.exitCode(), cli.out());
        assertTrue(
                cli.firstErrorLine()
                        .startsWith("jkeras compare: the backends diverge from epoch 0: "),
                cli.err());
        assertTrue(cli.firstErrorLine().endsWith(", past --initial-tolerance 1.0e-04."), cli.err());
    }

    @Test
    void compareNamesALaterEpochWhenOnlyTheOptimizerUpdateIsWrong() {
        Cli cli =
                Cli.run(
                        "compare",
                        "--example",
                        "seed",
                        "--epochs",
                        "2",
                        "--backends",
                        "cpu-java," + PerturbedUpdateBackendProvider.NAME);

        assertEquals(Main.FAILED, cli.exitCode(), cli.out());
        // The forward pass is exact, so the initial weights agree to the last bit.
        assertTrue(cli.out().lines().anyMatch(line -> line.matches("0 +loss .* 0\\.0e\\+00")));
        assertTrue(
                cli.firstErrorLine()
                        .startsWith("jkeras compare: the backends diverge from epoch 1: "),
                cli.err());
        assertTrue(cli.firstErrorLine().endsWith(", past --tolerance 5.0e-03."), cli.err());
    }

    @Test
    void compareOfAWrongBackendPassesUnderALooseEnoughTolerance() {
        Cli cli =
                Cli.run(
                        "compare",
                        "--example",
                        "seed",
                        "--epochs",
                        "1",
                        "--tolerance",
                        "10",
                        "--initial-tolerance",
                        "10",
                        "--backends",
                        "cpu-java," + PerturbedBackendProvider.NAME);

        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(
                cli.out()
                        .contains(
                                "The backends agree: within 1.0e+01 on the initial weights, and"
                                        + " within 1.0e+01 on the training loss and metrics of"
                                        + " every epoch."),
                cli.out());
    }

    @Test
    void compareRunsMnistMlpOnTheEmbeddedData() {
        Cli cli =
                Cli.run(
                        "compare",
                        "--example",
                        "mnist-mlp",
                        "--epochs",
                        "1",
                        "--backends",
                        "cpu-java,cpu-java");

        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("8000 training and 2000 test images."), cli.out());
        assertTrue(cli.out().contains("\n1      val_accuracy "), cli.out());
    }
}
