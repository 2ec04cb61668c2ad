package org.jkeras.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.jkeras.ndarray.NDArray;
import org.jkeras.utils.NpUtils;
import org.junit.jupiter.api.Test;

/**
 * The real MNIST files of the shared data folder ({@code ../shared/data/mnist} beside the
 * repository, or the folder of {@code -Djkeras.mnist=...}), checked against their SHA256SUMS;
 * skipped when the folder is absent.
 */
class MnistFilesTest {

    private static final Path FOLDER =
            Path.of(System.getProperty("jkeras.mnist", "../../shared/data/mnist"));

    @Test
    void loadsSixtyThousandTrainingAndTenThousandTestDigits() {
        assumeTrue(Mnist.isPresent(FOLDER), "MNIST files not found in " + FOLDER.toAbsolutePath());
        Mnist mnist = Mnist.load(FOLDER);
        assertArrayEquals(new int[] {60000, 784}, mnist.trainImages().shape());
        assertArrayEquals(new int[] {10000, 784}, mnist.testImages().shape());
        assertEquals(5, mnist.trainLabels().toIntArray()[0]);
        assertEquals(7, mnist.testLabels().toIntArray()[0]);
        NDArray counts = NpUtils.toCategorical(mnist.trainLabels(), 10);
        assertEquals(60000, sum(counts.toFloatArray()));
    }

    private static double sum(float[] values) {
        double total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }
}
