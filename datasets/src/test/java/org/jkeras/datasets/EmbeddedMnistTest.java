package org.jkeras.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** The MNIST test set the jar carries, split 8,000 for training and 2,000 for testing. */
class EmbeddedMnistTest {

    private static final Mnist EMBEDDED = Mnist.loadEmbedded();

    @Test
    void splitsTheTenThousandTestImagesIntoEightThousandAndTwoThousand() {
        assertArrayEquals(new int[] {8000, 784}, EMBEDDED.trainImages().shape());
        assertArrayEquals(new int[] {2000, 784}, EMBEDDED.testImages().shape());
        assertArrayEquals(new int[] {8000}, EMBEDDED.trainLabels().shape());
        assertArrayEquals(new int[] {2000}, EMBEDDED.testLabels().shape());
    }

    @Test
    void startsWithTheFirstDigitsOfTheCanonicalTestSet() {
        // The canonical t10k labels begin 7, 2, 1, 0, 4, 1, 4, 9, 5, 9.
        int[] first = Arrays.copyOf(EMBEDDED.trainLabels().toIntArray(), 10);
        assertArrayEquals(new int[] {7, 2, 1, 0, 4, 1, 4, 9, 5, 9}, first);
    }

    @Test
    void holdsOutTheLastTwoThousandImages() {
        // The canonical t10k labels end 5, 6 (items 9998 and 9999).
        int[] test = EMBEDDED.testLabels().toIntArray();
        assertArrayEquals(new int[] {5, 6}, Arrays.copyOfRange(test, 1998, 2000));
    }

    @Test
    void scalesPixelsIntoTheUnitInterval() {
        float[] pixels = EMBEDDED.testImages().toFloatArray();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (float pixel : pixels) {
            min = Math.min(min, pixel);
            max = Math.max(max, pixel);
        }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
    }

    @Test
    void givesEveryDigitInBothParts() {
        assertEquals(10, distinct(EMBEDDED.trainLabels()));
        assertEquals(10, distinct(EMBEDDED.testLabels()));
    }

    @Test
    void shapesImagesAsMatricesWithTheGridLayout() {
        NDArray grid = Mnist.loadEmbedded(ImageLayout.GRID).testImages();
        assertArrayEquals(new int[] {2000, 28, 28}, grid.shape());
    }

    private static long distinct(NDArray labels) {
        return Arrays.stream(labels.toIntArray()).distinct().count();
    }
}
